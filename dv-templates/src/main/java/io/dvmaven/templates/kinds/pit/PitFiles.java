package io.dvmaven.templates.kinds.pit;

import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.relationships;
import static io.dvmaven.templates.ColumnDocs.test;
import static io.dvmaven.templates.kinds.asof.BusinessVaultDocs.modelTest;
import static io.dvmaven.templates.kinds.asof.BusinessVaultDocs.ref;

import io.dvmaven.model.kinds.asof.AsOfDates;
import io.dvmaven.model.kinds.pit.Pit;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PIT tables: one model per PIT calling {@code dv_pit}, the macro that runs AutomateDV's pit without its
 * deprecation warning, and its tests: one row per key per as-of date, every satellite pointer resolves or is the
 * ghost record.
 */
public final class PitFiles extends AbstractKindFiles {

    static final String TEMPLATE = "pit.sql.mustache";
    static final String MACROS = "dv_pit.sql.mustache";

    /** {@code pit.sql.mustache}. */
    public record PitView(String hubModel, String hashKey, String asOfModel, List<SatelliteItem> satellites,
                          List<Views.Item> stageModels, String loadTimestamp) {
    }

    /** One satellite of {@link PitView}. */
    public record SatelliteItem(String model, boolean last) {
    }

    public PitFiles() {
        super("pit", List.of(TEMPLATE, MACROS));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        List<Pit> pits = context.vault().all(Pit.class);
        for (Pit pit : pits) {
            out.model(pit.folder(), pit.model(), id(), TEMPLATE, () -> view(context, pit), () -> doc(context, pit),
                    List.of(pit.entity()), List.of(), List.of(pit.spec()));
        }
        if (!pits.isEmpty()) {
            out.file("macros/dv/dv_pit.sql", "macro", MACROS, NoView::new, List.of(), List.of(), List.of());
        }
    }

    static PitView view(KindContext context, Pit pit) {
        List<SatelliteItem> satellites = new ArrayList<>();
        for (int i = 0; i < pit.satellites().size(); i++) {
            satellites.add(new SatelliteItem(pit.satellites().get(i).model(), i == pit.satellites().size() - 1));
        }
        return new PitView(pit.hubModel(), pit.hashKey(), pit.asOfModel(), satellites,
                Views.items(pit.stageModels()), context.loadTimestamp());
    }

    static ModelDoc doc(KindContext context, Pit pit) {
        String ldts = context.loadTimestamp();
        StringBuilder md = new StringBuilder("## ").append(ColumnDocs.title(pit.name())).append(" PIT\n\n");
        if (pit.description() != null && !pit.description().isBlank()) {
            md.append(pit.description()).append("\n\n");
        }
        md.append("**Point in time** over ").append(pit.hubModel()).append(": one row per ").append(pit.entity())
                .append(" and as-of date (").append(pit.asOfModel()).append("), pointing to the row of each ")
                .append("satellite in effect at that date, or to the ghost record (all-zero hash key loaded ")
                .append("1900-01-01) when the ").append(pit.entity()).append(" had none yet.\n\n");
        md.append("**Satellites**: ").append(String.join(", ", pit.satellites().stream().map(Pit.PitSatellite::model)
                .toList())).append("\n\n**Spec**: ").append(pit.spec().file()).append('\n');
        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(pit.hashKey(), "Hash key of the " + pit.entity() + "; foreign key to " + pit.hubModel(),
                List.of(test("not_null"), relationships(pit.hubModel(), pit.hashKey()))));
        columns.add(column(AsOfDates.COLUMN, "The as-of date of this row (from " + pit.asOfModel() + ")",
                List.of(test("not_null"))));
        List<TestDoc> tests = new ArrayList<>();
        tests.add(modelTest("dv_unique_combination_of_columns", Map.of("combination_of_columns", "["
                + pit.hashKey() + ", " + AsOfDates.COLUMN + "]")));
        Map<String, String> complete = new LinkedHashMap<>();
        complete.put("hub", ref(pit.hubModel()));
        complete.put("hash_key", pit.hashKey());
        complete.put("as_of_dates", ref(pit.asOfModel()));
        tests.add(modelTest("dv_pit_complete", complete));
        for (Pit.PitSatellite sat : pit.satellites()) {
            columns.add(column(sat.keyColumn(), "Hash key of the " + sat.model() + " row in effect at the as-of "
                    + "date, or of the ghost record", List.of(test("not_null"))));
            columns.add(column(sat.loadColumn(), "Load timestamp of the " + sat.model() + " row in effect at the "
                    + "as-of date, or 1900-01-01 for the ghost record", List.of(test("not_null"))));
            Map<String, String> pointer = new LinkedHashMap<>();
            pointer.put("satellite", ref(sat.model()));
            pointer.put("key_column", sat.keyColumn());
            pointer.put("load_column", sat.loadColumn());
            pointer.put("hash_key", pit.hashKey());
            pointer.put("load_timestamp", ldts);
            tests.add(modelTest("dv_pit_pointer_resolves", pointer));
        }
        return new ModelDoc(pit.model(), YamlText.block(md.toString(), ColumnDocs.MODEL_DESCRIPTION_INDENT), true,
                tests, columns);
    }
}
