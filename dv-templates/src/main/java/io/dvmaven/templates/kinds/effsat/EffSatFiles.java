package io.dvmaven.templates.kinds.effsat;

import static io.dvmaven.templates.ColumnDocs.MODEL_TEST_INDENT;
import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.relationships;
import static io.dvmaven.templates.ColumnDocs.test;
import static io.dvmaven.templates.ColumnDocs.title;

import io.dvmaven.model.kinds.effsat.EffectivitySatellite;
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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Effectivity satellites: one model per link and source, tested tier 1 (keys, relationships to the link and its
 * hubs) and tier 2 (per driving key at most one open relationship at any load, a singular test).
 */
public final class EffSatFiles extends AbstractKindFiles {

    static final String TEMPLATE = "eff_sat.sql.mustache";
    static final String TEST_TEMPLATE = "eff_sat_one_open_test.sql.mustache";

    public EffSatFiles() {
        super("effectivity_satellite", List.of(TEMPLATE, TEST_TEMPLATE));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (EffectivitySatellite eff : context.vault().all(EffectivitySatellite.class)) {
            List<String> entities = Stream.concat(eff.drivingKeys().stream(), eff.secondaryKeys().stream())
                    .map(LinkedHub::entity).sorted().toList();
            out.model(eff.folder(), eff.model(), id(), TEMPLATE, () -> view(context, eff), () -> doc(context, eff),
                    entities, List.of(eff.source()), List.of(eff.spec()));
            out.file("tests/effectivity/" + eff.model() + "_one_open_per_driving_key.sql", "test", TEST_TEMPLATE,
                    () -> view(context, eff), entities, List.of(eff.source()), List.of(eff.spec()));
        }
    }

    static EffSatView view(KindContext context, EffectivitySatellite eff) {
        return new EffSatView(eff.model(), eff.linkHashKey(), keys(eff.drivingKeys()), keys(eff.secondaryKeys()),
                eff.startDate(), eff.endDate(), eff.effectiveFrom(), eff.autoEndDating(), eff.stageModel(),
                context.loadTimestamp(), context.recordSource());
    }

    private static List<Views.Item> keys(List<LinkedHub> hubs) {
        return Views.items(hubs.stream().map(LinkedHub::hashKey).toList());
    }

    static ModelDoc doc(KindContext context, EffectivitySatellite eff) {
        String driving = names(eff.drivingKeys());
        String secondary = names(eff.secondaryKeys());
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(eff.linkName())).append(" Effectivity Satellite (").append(eff.source())
                .append(")\n\n");
        md.append("**Relationship**: ").append(eff.linkName()).append(" (").append(eff.linkModel()).append(")\n\n");
        if (eff.description() != null && !eff.description().isBlank()) {
            md.append("**Description**: ").append(eff.description()).append("\n\n");
        }
        md.append("**Driving Key**: ").append(driving).append("; **Secondary Key**: ").append(secondary)
                .append("\n\n");
        md.append("**Effectivity**: a relationship is open from ").append(eff.startDate()).append(" while ")
                .append(eff.endDate()).append(" is 9999-12-31; at most one relationship per ").append(driving)
                .append(" is open at any time\n\n");
        md.append("**End-Dating**: ").append(eff.autoEndDating()
                ? "automatic: when a " + driving + " appears with another " + secondary + ", the open relationship"
                + " is closed at the new one's " + eff.effectiveFrom()
                : "from the source: the source delivers the end date of a closed relationship").append("\n\n");
        md.append("**Source System**: ").append(eff.source()).append(" via ").append(eff.stageModel()).append("\n\n");
        List<String> recordSources = context.recordSources(List.of(eff.stageModel()));
        md.append("**Record Source**: ").append(String.join(", ", recordSources)).append("\n\n");
        md.append("**Spec**: ").append(eff.spec().file()).append('\n');

        String ldts = context.loadTimestamp();
        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(eff.linkHashKey(), "Hash key of the " + eff.linkName() + " relationship; foreign key to "
                + eff.linkModel(), List.of(test("not_null"), relationships(eff.linkModel(), eff.linkHashKey()))));
        for (LinkedHub hub : eff.drivingKeys()) {
            columns.add(hubColumn(hub, "Driving key: hash key of the " + hub.entity()));
        }
        for (LinkedHub hub : eff.secondaryKeys()) {
            columns.add(hubColumn(hub, "Secondary key: hash key of the " + hub.entity()));
        }
        columns.add(column(eff.startDate(), "Start of the relationship", List.of(test("not_null"))));
        columns.add(column(eff.endDate(), "End of the relationship; 9999-12-31 while it is open",
                List.of(test("not_null"))));
        if (!eff.effectiveFrom().equals(eff.startDate())) {
            columns.add(column(eff.effectiveFrom(), "Business date from which this row is effective",
                    List.of(test("not_null"))));
        }
        columns.add(context.recordSourceColumn("Record source of this row", recordSources));
        columns.add(column(ldts, "Load timestamp of this change of the relationship", List.of(test("not_null"))));
        List<TestDoc> tests = List.of(new TestDoc("dv_unique_combination_of_columns:\n" + MODEL_TEST_INDENT
                + "arguments:\n" + MODEL_TEST_INDENT + "  combination_of_columns: [" + eff.linkHashKey() + ", "
                + ldts + "]"));
        return new ModelDoc(eff.model(), YamlText.block(md.toString(), ColumnDocs.MODEL_DESCRIPTION_INDENT), true,
                tests, columns);
    }

    private static ColumnDoc hubColumn(LinkedHub hub, String what) {
        return column(hub.hashKey(), what + "; foreign key to " + hub.hubModel(), List.of(test("not_null"),
                relationships(hub.hubModel(), hub.hashKey())));
    }

    private static String names(List<LinkedHub> hubs) {
        return String.join(" and ", hubs.stream().map(LinkedHub::entity).toList());
    }
}
