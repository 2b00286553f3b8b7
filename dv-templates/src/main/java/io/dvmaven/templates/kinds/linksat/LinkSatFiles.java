package io.dvmaven.templates.kinds.linksat;

import static io.dvmaven.templates.ColumnDocs.MODEL_TEST_INDENT;
import static io.dvmaven.templates.ColumnDocs.attributeDescription;
import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.test;
import static io.dvmaven.templates.ColumnDocs.title;

import io.dvmaven.model.kinds.linksat.LinkSatellite;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.templates.ColumnDocs;
import io.dvmaven.templates.Views;
import io.dvmaven.templates.Views.ColumnDoc;
import io.dvmaven.templates.Views.ModelDoc;
import io.dvmaven.templates.Views.TestDoc;
import io.dvmaven.templates.YamlText;
import io.dvmaven.templates.kinds.AbstractKindFiles;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindOutput;
import io.dvmaven.templates.kinds.sat.SatFiles;
import io.dvmaven.templates.kinds.sat.SatView;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Link satellites: one model per link, attribute group and source, rendered with the satellite template (the same
 * AutomateDV {@code sat} macro, keyed by the link's hash key) and tested against the link.
 */
public final class LinkSatFiles extends AbstractKindFiles {

    /** The satellite's template: a user's override of it applies to link satellites too. */
    static final String TEMPLATE = "sat.sql.mustache";

    public LinkSatFiles() {
        super("link_satellite", List.of());
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (LinkSatellite sat : context.vault().all(LinkSatellite.class)) {
            Link link = context.link(sat.linkModel());
            List<String> entities = link == null ? List.of(sat.entity())
                    : link.hubs().stream().map(LinkedHub::entity).sorted().toList();
            out.model(sat.folder(), sat.model(), id(), TEMPLATE, () -> new SatView(sat.model(), sat.linkHashKey(),
                            sat.hashdiff(), Views.items(sat.payload().stream().map(Attribute::name).toList()),
                            sat.stageModel(), context.loadTimestamp(), context.recordSource(), null, List.of(),
                            List.of(), context.options().settings().applySourceFilter()),
                    () -> doc(context, sat), entities, List.of(sat.source()), List.of(sat.spec()));
        }
    }

    static ModelDoc doc(KindContext context, LinkSatellite sat) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(sat.linkName())).append(' ').append(title(sat.group()))
                .append(" Link Satellite (").append(sat.source()).append(")\n\n");
        md.append("**Relationship**: ").append(sat.linkName()).append(" (").append(sat.linkModel()).append(")\n\n");
        md.append("**Attribute Group**: ").append(sat.group());
        if (sat.description() != null && !sat.description().isBlank()) {
            md.append(": ").append(sat.description());
        }
        md.append("\n\n**Parent Link**: ").append(sat.linkModel()).append(" (").append(sat.linkHashKey())
                .append(")\n\n");
        md.append("**Source System**: ").append(sat.source()).append(" via ").append(sat.stageModel()).append("\n\n");
        List<String> recordSources = context.recordSources(List.of(sat.stageModel()));
        md.append("**Record Source**: ").append(String.join(", ", recordSources)).append("\n\n");
        md.append("**Change Detection**: a new row is stored when ").append(sat.hashdiff())
                .append(" (hash of the payload) differs from the latest row of the relationship\n\n");
        md.append("**Spec**: ").append(sat.spec().file()).append('\n');

        String ldts = context.loadTimestamp();
        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(sat.linkHashKey(), "Hash key of the " + sat.linkName() + " relationship; foreign key to "
                + sat.linkModel(), SatFiles.parentKeyTests(context, sat.linkModel(), sat.linkHashKey())));
        columns.add(column(sat.hashdiff(), "Hashdiff of the " + sat.group() + " payload ("
                + sat.payload().stream().map(Attribute::name).sorted().collect(Collectors.joining(", "))
                + "); a change creates a new row", List.of(test("not_null"))));
        for (Attribute a : sat.payload()) {
            String description = attributeDescription(a);
            columns.add(column(a.name(), description == null ? null : description + " (from " + sat.source() + "."
                    + a.sourceColumn() + ")", List.of()));
        }
        SatFiles.ghostRecordNote(context, md);
        columns.add(context.recordSourceColumn("Record source of this row", SatFiles.rowRecordSources(context,
                recordSources)));
        columns.add(column(ldts, "Load timestamp of this version of the " + sat.group() + " attributes",
                List.of(test("not_null"))));
        List<TestDoc> tests = List.of(new TestDoc("dv_unique_combination_of_columns:\n" + MODEL_TEST_INDENT
                + "arguments:\n" + MODEL_TEST_INDENT + "  combination_of_columns: [" + sat.linkHashKey() + ", "
                + ldts + "]"));
        return new ModelDoc(sat.model(), YamlText.block(md.toString(), ColumnDocs.MODEL_DESCRIPTION_INDENT), true,
                tests, columns);
    }
}
