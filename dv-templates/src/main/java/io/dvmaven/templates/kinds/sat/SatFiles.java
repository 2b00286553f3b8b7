package io.dvmaven.templates.kinds.sat;

import static io.dvmaven.templates.ColumnDocs.attributeDescription;
import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.relationships;
import static io.dvmaven.templates.ColumnDocs.test;
import static io.dvmaven.templates.ColumnDocs.title;

import io.dvmaven.model.settings.ProjectSettings;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.templates.ColumnDocs;
import io.dvmaven.templates.Views;
import io.dvmaven.templates.Views.ColumnDoc;
import io.dvmaven.templates.Views.ModelDoc;
import io.dvmaven.templates.Views.TestDoc;
import io.dvmaven.templates.YamlText;
import io.dvmaven.templates.kinds.AbstractKindFiles;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Satellites: one model per hub, attribute group and source, keeping the history of a payload. */
public final class SatFiles extends AbstractKindFiles {

    static final String TEMPLATE = "sat.sql.mustache";

    public SatFiles() {
        super("satellite", List.of(TEMPLATE));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (Satellite sat : context.vault().satellites()) {
            out.model(sat.folder(), sat.model(), id(), TEMPLATE, () -> view(context, sat), () -> doc(context, sat),
                    List.of(sat.entity()), List.of(sat.source()), List.of(sat.spec()));
        }
    }

    static SatView view(KindContext context, Satellite sat) {
        return new SatView(sat.model(), sat.hashKey(), sat.hashdiff(),
                Views.items(sat.payload().stream().map(Attribute::name).toList()), sat.stageModel(),
                context.loadTimestamp(), context.recordSource(), sat.effectiveFrom(), Views.items(sat.extraColumns()),
                Views.items(sat.payloadExcludes()), context.options().settings().applySourceFilter());
    }

    static ModelDoc doc(KindContext context, Satellite sat) {
        Entity entity = context.entity(sat.entity());
        Stage stage = context.stage(sat.stageModel());
        RawSource raw = context.rawSource(sat.source());
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(sat.entity())).append(' ').append(title(sat.group()))
                .append(" Satellite (").append(sat.source()).append(")\n\n");
        md.append("**Business Entity**: ").append(sat.entity());
        if (entity != null && entity.description() != null) {
            md.append(": ").append(entity.description());
        }
        md.append("\n\n**Attribute Group**: ").append(sat.group());
        if (sat.description() != null && !sat.description().isBlank()) {
            md.append(": ").append(sat.description());
        }
        md.append("\n\n**Parent Hub**: ").append(sat.hubModel()).append(" (").append(sat.hashKey()).append(")\n\n");
        md.append("**Source System**: ").append(sat.source());
        if (stage != null) {
            md.append(", table ").append(raw == null ? "" : raw.schema() + ".").append(stage.rawTable())
                    .append(" via ").append(sat.stageModel());
        }
        List<String> recordSources = context.recordSources(List.of(sat.stageModel()));
        md.append("\n\n**Record Source**: ").append(String.join(", ", recordSources)).append("\n\n");
        md.append("**Change Detection**: a new row is stored when ").append(sat.hashdiff())
                .append(" (hash of the payload) differs from the latest row of the key\n\n");
        md.append("**Spec**: ").append(sat.spec().file()).append('\n');

        String ldts = context.loadTimestamp();
        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(sat.hashKey(), "Hash key of the " + sat.entity() + "; foreign key to " + sat.hubModel(),
                parentKeyTests(context, sat.hubModel(), sat.hashKey())));
        columns.add(column(sat.hashdiff(), "Hashdiff of the " + sat.group() + " payload ("
                + sat.payload().stream().map(Attribute::name).sorted().collect(Collectors.joining(", "))
                + "); a change creates a new satellite row", List.of(test("not_null"))));
        for (Attribute a : sat.payload()) {
            String description = attributeDescription(a);
            columns.add(column(a.name(), description == null ? null : description + " (from " + sat.source() + "."
                    + a.sourceColumn() + ")", List.of()));
        }
        ghostRecordNote(context, md);
        columns.add(context.recordSourceColumn("Record source of this row", rowRecordSources(context,
                recordSources)));
        columns.add(column(ldts, "Load timestamp of this version of the " + sat.group() + " attributes",
                List.of(test("not_null"))));
        List<TestDoc> tests = List.of(ColumnDocs.uniqueCombination(sat.hashKey(), ldts));
        return new ModelDoc(sat.model(), YamlText.block(md.toString(), ColumnDocs.MODEL_DESCRIPTION_INDENT), true,
                tests, columns);
    }

    /**
     * Tests of a satellite's hash key (the sat macro also loads link satellites): with ghost records on, the ghost
     * row's zero key is left out of the {@code relationships} test to its parent.
     */
    public static List<TestDoc> parentKeyTests(KindContext context, String parentModel, String hashKey) {
        return List.of(test("not_null"), context.options().settings().ghostRecords()
                ? ColumnDocs.relationshipsWithoutGhost(parentModel, hashKey, context.recordSource())
                : relationships(parentModel, hashKey));
    }

    /** The record sources a satellite's rows carry: its stages', and the ghost record's when ghost records are on. */
    public static List<String> rowRecordSources(KindContext context, List<String> recordSources) {
        if (!context.options().settings().ghostRecords()) {
            return recordSources;
        }
        List<String> values = new ArrayList<>(recordSources);
        values.add(ProjectSettings.GHOST_RECORD_SOURCE);
        return values;
    }

    /** Documents the ghost record, when ghost records are on. */
    public static void ghostRecordNote(KindContext context, StringBuilder md) {
        if (context.options().settings().ghostRecords()) {
            md.append("\n**Ghost Record**: one row with record source ").append(ProjectSettings.GHOST_RECORD_SOURCE)
                    .append(" and zero keys (AutomateDV enable_ghost_records)\n");
        }
    }
}
