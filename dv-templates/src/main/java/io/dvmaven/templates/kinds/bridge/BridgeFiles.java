package io.dvmaven.templates.kinds.bridge;

import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.relationships;
import static io.dvmaven.templates.ColumnDocs.test;
import static io.dvmaven.templates.kinds.asof.BusinessVaultDocs.modelTest;
import static io.dvmaven.templates.kinds.asof.BusinessVaultDocs.ref;

import io.dvmaven.model.kinds.asof.AsOfDates;
import io.dvmaven.model.kinds.bridge.Bridge;
import io.dvmaven.model.kinds.bridge.LinkEffectivity;
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
 * Bridge tables: one model per bridge calling {@code dv_bridge}, the macro that runs AutomateDV's bridge without
 * its deprecation warning, the effectivity views of the plain links it walks, and their tests.
 */
public final class BridgeFiles extends AbstractKindFiles {

    static final String TEMPLATE = "bridge.sql.mustache";
    static final String EFFECTIVITY = "bridge_link_effectivity.sql.mustache";
    static final String MACROS = "dv_bridge.sql.mustache";

    /** {@code bridge.sql.mustache}. */
    public record BridgeView(String hubModel, String hashKey, String asOfModel, List<StepItem> steps,
                             List<Views.Item> stageModels, String loadTimestamp) {
    }

    /** One step of {@link BridgeView}. */
    public record StepItem(String link, String linkModel, String linkHashKey, String fromHashKey, String toHashKey,
                           String effectivityModel, String endDateColumn, String loadDateColumn, boolean last) {
    }

    /** {@code bridge_link_effectivity.sql.mustache}. */
    public record EffectivityView(String linkModel, String linkHashKey, String endDateColumn, String loadTimestamp) {
    }

    public BridgeFiles() {
        super("bridge", List.of(TEMPLATE, EFFECTIVITY, MACROS));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        List<Bridge> bridges = context.vault().all(Bridge.class);
        for (Bridge bridge : bridges) {
            out.model(bridge.folder(), bridge.model(), id(), TEMPLATE, () -> view(context, bridge),
                    () -> doc(context, bridge), List.of(bridge.entity()), List.of(), List.of(bridge.spec()));
        }
        for (LinkEffectivity view : context.vault().all(LinkEffectivity.class)) {
            out.model(view.folder(), view.model(), id(), EFFECTIVITY, () -> new EffectivityView(view.linkModel(),
                    view.linkHashKey(), view.endDateColumn(), context.loadTimestamp()), () -> doc(context, view),
                    List.of(), List.of(), List.of(view.spec()));
        }
        if (!bridges.isEmpty()) {
            out.file("macros/dv/dv_bridge.sql", "macro", MACROS, NoView::new, List.of(), List.of(), List.of());
        }
    }

    static BridgeView view(KindContext context, Bridge bridge) {
        List<StepItem> steps = new ArrayList<>();
        for (int i = 0; i < bridge.steps().size(); i++) {
            Bridge.Step s = bridge.steps().get(i);
            steps.add(new StepItem(s.link(), s.linkModel(), s.linkHashKey(), s.fromHashKey(), s.toHashKey(),
                    s.effectivityModel(), s.endDateColumn(), s.loadDateColumn(), i == bridge.steps().size() - 1));
        }
        return new BridgeView(bridge.hubModel(), bridge.hashKey(), bridge.asOfModel(), steps,
                Views.items(bridge.stageModels()), context.loadTimestamp());
    }

    static ModelDoc doc(KindContext context, Bridge bridge) {
        StringBuilder md = new StringBuilder("## ").append(ColumnDocs.title(bridge.name())).append(" Bridge\n\n");
        if (bridge.description() != null && !bridge.description().isBlank()) {
            md.append(bridge.description()).append("\n\n");
        }
        md.append("**Walk**: ").append(bridge.hubModel());
        bridge.steps().forEach(s -> md.append(" -> ").append(s.linkModel()).append(" -> ")
                .append(context.options().naming().hubModelName(s.toEntity())));
        md.append("\n\nOne row per ").append(bridge.entity()).append(", as-of date (").append(bridge.asOfModel())
                .append(") and combination of link keys in effect at that date.\n\n**Spec**: ")
                .append(bridge.spec().file()).append('\n');
        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(bridge.hashKey(), "Hash key of the " + bridge.entity() + "; foreign key to "
                + bridge.hubModel(), List.of(test("not_null"), relationships(bridge.hubModel(), bridge.hashKey()))));
        columns.add(column(AsOfDates.COLUMN, "The as-of date of this row (from " + bridge.asOfModel() + ")",
                List.of(test("not_null"))));
        List<String> key = new ArrayList<>(List.of(bridge.hashKey(), AsOfDates.COLUMN));
        List<TestDoc> tests = new ArrayList<>();
        for (Bridge.Step step : bridge.steps()) {
            columns.add(column(step.linkHashKey(), "Hash key of the " + step.linkModel() + " row walked",
                    List.of(test("not_null"), relationships(step.linkModel(), step.linkHashKey()))));
            key.add(step.linkHashKey());
            Map<String, String> inEffect = new LinkedHashMap<>();
            inEffect.put("link", ref(step.linkModel()));
            inEffect.put("link_hash_key", step.linkHashKey());
            inEffect.put("load_timestamp", context.loadTimestamp());
            tests.add(modelTest("dv_bridge_link_in_effect", inEffect));
        }
        tests.add(0, modelTest("dv_unique_combination_of_columns", Map.of("combination_of_columns",
                "[" + String.join(", ", key) + "]")));
        return new ModelDoc(bridge.model(), YamlText.block(md.toString(), ColumnDocs.MODEL_DESCRIPTION_INDENT), true,
                tests, columns);
    }

    static ModelDoc doc(KindContext context, LinkEffectivity view) {
        String md = "## " + ColumnDocs.title(view.model()) + "\n\n" + view.linkModel() + " in the shape of an "
                + "effectivity satellite, for bridges: every row is in effect from its load on and never ends.\n";
        return new ModelDoc(view.model(), YamlText.block(md, ColumnDocs.MODEL_DESCRIPTION_INDENT), false, List.of(),
                List.of(column(view.linkHashKey(), "Hash key of the link row", List.of(test("not_null"),
                                test("unique"))),
                        column(view.endDateColumn(), "AutomateDV's max_datetime: the row never ends", List.of()),
                        column(context.loadTimestamp(), "Load timestamp of the link row", List.of(test("not_null")))));
    }
}
