package io.dvmaven.model.kinds.bridge;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.asof.AsOfDates;
import io.dvmaven.model.kinds.asof.AsOfDatesKind;
import io.dvmaven.model.kinds.asof.MacroModelNameRule;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.mermaid.DiagramCanvas;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.naming.NamingPattern;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.LinkedHub;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Bridge tables: per entity ({@code bridges}), a walk from its hub over links to further hubs, at the design's
 * as-of dates. AutomateDV's bridge reads an effectivity satellite per link; for a plain link the kind generates a
 * {@link LinkEffectivity} view in that shape.
 */
public final class BridgeKind implements Kind {

    public static final NamingPattern MODEL = new NamingPattern("bridgeModel", "bridge_{bridge}",
            Set.of("bridge", "entity"), Set.of("bridge"), "bridge model name");
    public static final NamingPattern EFFECTIVITY = new NamingPattern("bridgeLinkEffectivityModel",
            "bridge_eff_{link}", Set.of("link"), Set.of("link"), "view giving a plain link the effectivity "
            + "satellite shape a bridge reads");
    static final String END_DATE = "end_date";

    private record Pending(Map<EntitySpec, List<BridgeSpec>> bridges) {
    }

    @Override
    public String id() {
        return "bridge";
    }

    @Override
    public String section() {
        return "bridges";
    }

    @Override
    public void read(SpecDocument document, SpecDocument.Section top, EntityParts entity) {
        new BridgeSection(document).read(top, entity);
    }

    /** Every link of the design by name: the entities of its hubs, the defining entity first. */
    private static Map<String, List<String>> hubsByLink(Collection<EntitySpec> entities) {
        Map<String, List<String>> links = new LinkedHashMap<>();
        for (EntitySpec entity : entities) {
            for (LinkSpec link : entity.links()) {
                List<String> hubs = new ArrayList<>(List.of(entity.name().value()));
                link.relatedHubs().forEach(h -> hubs.add(h.value()));
                links.putIfAbsent(link.name().value(), hubs);
            }
        }
        return links;
    }

    @Override
    public void validate(DesignCheck design) {
        boolean asOfDates = AsOfDatesKind.find(design.entities()) != null;
        Map<String, List<String>> links = hubsByLink(design.byName().values());
        for (EntitySpec entity : design.entities()) {
            for (BridgeSpec bridge : entity.part(BridgeSpec.class)) {
                if (!asOfDates) {
                    design.diagnostics().error(bridge.name().location(), "spec.as-of-dates-missing", "bridge '"
                            + bridge.name().value() + "' needs as-of dates, and no spec of the design defines them",
                            "add as_of_dates: {start: <YYYY-MM-DD>, end: today, grain: day} to one spec");
                }
                BridgePath.walk(bridge.name().value(), entity.name().value(), bridge.path(), links,
                        design.diagnostics());
            }
        }
    }

    @Override
    public void declareModels(EntitySpec entity, DesignCheck design) {
        for (BridgeSpec bridge : entity.part(BridgeSpec.class)) {
            design.model(modelName(design.naming(), entity, bridge), "bridge '" + bridge.name().value() + "'",
                    bridge.name().location());
            for (BridgeSpec.Step step : bridge.path()) {
                design.model(effectivityName(design.naming(), step.link().value()), "effectivity view of link '"
                        + step.link().value() + "' for bridges", step.link().location());
            }
        }
    }

    private static String modelName(NamingConventions naming, EntitySpec entity, BridgeSpec bridge) {
        return naming.name(MODEL, Map.of("bridge", bridge.name().value(), "entity", entity.name().value()));
    }

    private static String effectivityName(NamingConventions naming, String link) {
        return naming.name(EFFECTIVITY, Map.of("link", link));
    }

    @Override
    public void resolve(EntitySpec entity, VaultBuilder vault) {
        if (!entity.part(BridgeSpec.class).isEmpty()) {
            vault.state(Pending.class, () -> new Pending(new LinkedHashMap<>())).bridges()
                    .put(entity, entity.part(BridgeSpec.class));
        }
    }

    @Override
    public void complete(VaultBuilder vault) {
        Map<EntitySpec, List<BridgeSpec>> pending = vault.state(Pending.class,
                () -> new Pending(new LinkedHashMap<>())).bridges();
        if (pending.isEmpty()) {
            return;
        }
        NamingConventions naming = vault.naming();
        String folder = naming.name(AsOfDatesKind.FOLDER, Map.of());
        String asOf = vault.all(AsOfDates.class).stream().map(AsOfDates::model).findFirst().orElse(null);
        Map<String, Link> links = new TreeMap<>();
        Map<String, List<String>> hubsByLink = new LinkedHashMap<>();
        for (Link link : vault.links()) {
            links.put(link.name(), link);
            hubsByLink.put(link.name(), link.hubs().stream().map(LinkedHub::entity).toList());
        }
        Map<String, LinkEffectivity> views = new TreeMap<>();
        pending.forEach((entity, bridges) -> {
            String name = entity.name().value();
            for (BridgeSpec bridge : bridges) {
                List<Bridge.Step> steps = new ArrayList<>();
                Set<String> stages = new TreeSet<>();
                for (BridgePath.Hop hop : BridgePath.walk(bridge.name().value(), name, bridge.path(), hubsByLink,
                        null)) {
                    Link link = links.get(hop.link());
                    LinkEffectivity view = views.computeIfAbsent(link.name(), k -> new LinkEffectivity(
                            effectivityName(naming, k), folder, link.model(), link.hashKey(), END_DATE, link.spec()));
                    steps.add(new Bridge.Step(link.name(), link.model(), link.hashKey(), hashKey(link, hop.from()),
                            hashKey(link, hop.to()), hop.to(), view.model(), END_DATE,
                            naming.loadTimestampColumn()));
                    stages.addAll(link.stageModels());
                }
                vault.add(Bridge.class, new Bridge(modelName(naming, entity, bridge), folder, bridge.name().value(),
                        bridge.description(), name, naming.hubModelName(name), naming.hubHashKeyName(name),
                        List.copyOf(steps), List.copyOf(stages), asOf, VaultBuilder.ref(entity)));
            }
        });
        views.values().forEach(view -> vault.add(LinkEffectivity.class, view));
    }

    private static String hashKey(Link link, String entity) {
        return link.hubs().stream().filter(h -> h.entity().equals(entity)).map(LinkedHub::hashKey).findFirst()
                .orElseThrow();
    }

    @Override
    public List<NamingPattern> namingPatterns() {
        return List.of(MODEL, EFFECTIVITY);
    }

    @Override
    public Optional<KindDiagram> diagram() {
        return Optional.of(new BridgeDiagram());
    }

    @Override
    public void draw(EntitySpec entity, NamingConventions naming, DiagramCanvas canvas) {
        String name = entity.name().value();
        for (BridgeSpec bridge : entity.part(BridgeSpec.class)) {
            String model = modelName(naming, entity, bridge);
            List<String> columns = new ArrayList<>(List.of("binary " + naming.hubHashKeyName(name) + " FK",
                    "timestamp " + AsOfDates.COLUMN));
            bridge.path().forEach(step -> columns.add("binary " + naming.linkHashKeyName(step.link().value())
                    + " FK"));
            canvas.table(model, DiagramCanvas.Style.BUSINESS, columns);
            canvas.relationship(naming.hubModelName(name), model, "bridges from");
            for (BridgeSpec.Step step : bridge.path()) {
                canvas.relationship(naming.linkModelName(step.link().value()), model, "walks");
            }
        }
    }

    @Override
    public List<NamingRule> rules() {
        return List.of(new MacroModelNameRule("DV041", "bridge", "dv_bridge", MODEL));
    }
}
