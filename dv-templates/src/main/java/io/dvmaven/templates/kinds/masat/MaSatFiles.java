package io.dvmaven.templates.kinds.masat;

import static io.dvmaven.templates.ColumnDocs.MODEL_TEST_INDENT;
import static io.dvmaven.templates.ColumnDocs.attributeDescription;
import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.relationships;
import static io.dvmaven.templates.ColumnDocs.test;
import static io.dvmaven.templates.ColumnDocs.title;

import io.dvmaven.model.kinds.masat.MultiActiveSatellite;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.templates.ColumnDocs;
import io.dvmaven.templates.Views;
import io.dvmaven.templates.Views.ColumnDoc;
import io.dvmaven.templates.Views.ModelDoc;
import io.dvmaven.templates.Views.NoView;
import io.dvmaven.templates.Views.TestDoc;
import io.dvmaven.templates.YamlText;
import io.dvmaven.templates.kinds.AbstractKindFiles;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Multi-active satellites: one model per hub, attribute group and source, keeping the history of sets of rows
 * (a customer's phone numbers), and the generic test that a stored set differs from the one before it.
 */
public final class MaSatFiles extends AbstractKindFiles {

    static final String TEMPLATE = "ma_sat.sql.mustache";
    static final String SET_TEST = "dv_ma_sat_repeated_sets";

    public MaSatFiles() {
        super("multi_active_satellite", List.of(TEMPLATE, SET_TEST + ".sql.mustache"));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        List<MultiActiveSatellite> satellites = context.vault().all(MultiActiveSatellite.class);
        for (MultiActiveSatellite sat : satellites) {
            out.model(sat.folder(), sat.model(), id(), TEMPLATE, () -> view(context, sat), () -> doc(context, sat),
                    List.of(sat.entity()), List.of(sat.source()), List.of(sat.spec()));
        }
        if (!satellites.isEmpty()) {
            out.file("macros/dv/" + SET_TEST + ".sql", "macro", SET_TEST + ".sql.mustache", NoView::new, List.of(),
                    List.of(), List.of());
        }
    }

    static MaSatView view(KindContext context, MultiActiveSatellite sat) {
        return new MaSatView(sat.model(), sat.hashKey(), Views.items(names(sat.childKeys())), sat.hashdiff(),
                Views.items(names(sat.payload())), sat.stageModel(), context.loadTimestamp(), context.recordSource());
    }

    private static List<String> names(List<Attribute> attributes) {
        return attributes.stream().map(Attribute::name).toList();
    }

    static ModelDoc doc(KindContext context, MultiActiveSatellite sat) {
        Entity entity = context.entity(sat.entity());
        Stage stage = context.stage(sat.stageModel());
        RawSource raw = context.rawSource(sat.source());
        String childKeys = String.join(", ", names(sat.childKeys()));
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(sat.entity())).append(' ').append(title(sat.group()))
                .append(" Multi-Active Satellite (").append(sat.source()).append(")\n\n");
        md.append("**Business Entity**: ").append(sat.entity());
        if (entity != null && entity.description() != null) {
            md.append(": ").append(entity.description());
        }
        md.append("\n\n**Attribute Group**: ").append(sat.group());
        if (sat.description() != null && !sat.description().isBlank()) {
            md.append(": ").append(sat.description());
        }
        md.append("\n\n**Parent Hub**: ").append(sat.hubModel()).append(" (").append(sat.hashKey()).append(")\n\n");
        md.append("**Child Key**: ").append(childKeys).append(" (several rows of one key are valid at once, one per ")
                .append(childKeys).append(")\n\n");
        md.append("**Source System**: ").append(sat.source());
        if (stage != null) {
            md.append(", table ").append(raw == null ? "" : raw.schema() + ".").append(stage.rawTable())
                    .append(" via ").append(sat.stageModel());
        }
        List<String> recordSources = context.recordSources(List.of(sat.stageModel()));
        md.append("\n\n**Record Source**: ").append(String.join(", ", recordSources)).append("\n\n");
        md.append("**Change Detection**: the rows of one key at one load form a set; the whole set is stored again ")
                .append("when a row's ").append(sat.hashdiff()).append(" (hash of ").append(childKeys)
                .append(" and the payload) is new, a row is gone, or the number of rows changed\n\n");
        md.append("**Spec**: ").append(sat.spec().file()).append('\n');

        String ldts = context.loadTimestamp();
        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(sat.hashKey(), "Hash key of the " + sat.entity() + "; foreign key to " + sat.hubModel(),
                List.of(test("not_null"), relationships(sat.hubModel(), sat.hashKey()))));
        for (Attribute key : sat.childKeys()) {
            String description = attributeDescription(key);
            columns.add(column(key.name(), (description == null ? "" : description + "; ") + "Child key telling the "
                    + "rows of one set apart (from " + sat.source() + "." + key.sourceColumn() + ")",
                    List.of(test("not_null"))));
        }
        for (Attribute a : sat.payload()) {
            String description = attributeDescription(a);
            columns.add(column(a.name(), description == null ? null : description + " (from " + sat.source() + "."
                    + a.sourceColumn() + ")", List.of()));
        }
        columns.add(column(sat.hashdiff(), "Hashdiff of one row of the " + sat.group() + " set ("
                + Stream.concat(sat.childKeys().stream(), sat.payload().stream()).map(Attribute::name).sorted()
                .collect(Collectors.joining(", ")) + ")", List.of(test("not_null"))));
        columns.add(context.recordSourceColumn("Record source of this row", recordSources));
        columns.add(column(ldts, "Load timestamp of the set this row belongs to", List.of(test("not_null"))));
        List<String> unique = new ArrayList<>();
        unique.add(sat.hashKey());
        unique.addAll(names(sat.childKeys()));
        unique.add(ldts);
        String indent = MODEL_TEST_INDENT;
        List<TestDoc> tests = List.of(
                new TestDoc("dv_unique_combination_of_columns:\n" + indent + "arguments:\n" + indent
                        + "  combination_of_columns: [" + String.join(", ", unique) + "]"),
                new TestDoc(SET_TEST + ":\n" + indent + "arguments:\n" + indent + "  hash_key: " + sat.hashKey()
                        + "\n" + indent + "  child_keys: [" + childKeys + "]\n" + indent + "  hashdiff: "
                        + sat.hashdiff() + "\n" + indent + "  load_timestamp: " + ldts + "\n" + indent
                        + "config:\n" + indent + "  severity: warn"));
        return new ModelDoc(sat.model(), YamlText.block(md.toString(), ColumnDocs.MODEL_DESCRIPTION_INDENT), true,
                tests, columns);
    }
}
