package io.dvmaven.model.kinds;

import io.dvmaven.model.Decision;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.BusinessRule;
import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.HubSource;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.Vault;
import io.dvmaven.model.vault.VaultObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The vault while every kind adds its resolved objects to it; {@link #build()} sorts every list, so the order
 * in which kinds and entities are resolved does not show in the result.
 */
public final class VaultBuilder {

    private final NamingConventions naming;
    private final Map<String, EntitySpec> byName;
    private final List<Decision> decisions;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private final List<Hub> hubs = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Satellite> satellites = new ArrayList<>();
    private final List<BusinessRule> rules = new ArrayList<>();
    private final List<RawSource> rawSources = new ArrayList<>();
    private final Map<String, List<HubSource>> hubSources = new TreeMap<>();
    private final Map<String, Set<String>> hubLinks = new TreeMap<>();
    private final Map<String, Set<SpecRef>> hubSpecs = new TreeMap<>();
    private final Map<Class<?>, Object> states = new HashMap<>();
    private final Map<Class<? extends VaultObject>, List<VaultObject>> objects = new LinkedHashMap<>();
    /** Position of each stage in {@link #stages} by model; stages are only appended or replaced in place. */
    private final Map<String, Integer> stagePositions = new HashMap<>();
    private int stagesIndexed;

    /** @param byName the entities to resolve, by name */
    public VaultBuilder(Map<String, EntitySpec> byName, NamingConventions naming, List<Decision> decisions) {
        this.byName = byName;
        this.naming = naming;
        this.decisions = decisions;
    }

    public NamingConventions naming() {
        return naming;
    }

    public void decide(Decision decision) {
        decisions.add(decision);
    }

    /** An entity of the design by name, or {@code null}. */
    public EntitySpec entity(String name) {
        return byName.get(name);
    }

    public static SpecRef ref(EntitySpec spec) {
        return new SpecRef(spec.specFile(), spec.specSha256());
    }

    /** The business key parts of an entity's hub, in order. */
    public static List<String> keyParts(EntitySpec spec) {
        return spec.hub().businessKey().stream().map(Ident::value).toList();
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * The stage {@code model} as resolved so far (replacements included), or {@code null}. A lookup, not a scan:
     * every satellite of a large design asks for its stage.
     */
    public Stage stage(String model) {
        for (; stagesIndexed < stages.size(); stagesIndexed++) {
            stagePositions.putIfAbsent(stages.get(stagesIndexed).model(), stagesIndexed);
        }
        Integer position = stagePositions.get(model);
        return position == null ? null : stages.get(position);
    }

    public List<Hub> hubs() {
        return hubs;
    }

    public List<Link> links() {
        return links;
    }

    public List<Satellite> satellites() {
        return satellites;
    }

    public List<BusinessRule> rules() {
        return rules;
    }

    public List<RawSource> rawSources() {
        return rawSources;
    }

    /** The staging models loading an entity's hub, from its own stages and from other entities' links. */
    public List<HubSource> hubSources(String entity) {
        return hubSources.computeIfAbsent(entity, k -> new ArrayList<>());
    }

    /** The link models joining an entity's hub. */
    public Set<String> hubLinks(String entity) {
        return hubLinks.computeIfAbsent(entity, k -> new TreeSet<>());
    }

    /** The spec files that contribute to an entity's hub. */
    public Set<SpecRef> hubSpecs(String entity) {
        return hubSpecs.computeIfAbsent(entity, k -> new TreeSet<>());
    }

    /** Adds a resolved object of a further kind; {@link #build()} sorts each type's objects by model name. */
    public <T extends VaultObject> void add(Class<T> type, T object) {
        objects.computeIfAbsent(type, k -> new ArrayList<>()).add(type.cast(object));
    }

    /** The objects of a further kind added so far (for {@code complete}), in the order added. */
    public <T extends VaultObject> List<T> all(Class<T> type) {
        return objects.getOrDefault(type, List.of()).stream().map(type::cast).toList();
    }

    /** Working state one kind keeps while resolving (a stage's raw tables), created on first use. */
    public <T> T state(Class<T> type, Supplier<T> create) {
        return type.cast(states.computeIfAbsent(type, k -> create.get()));
    }

    public Vault build() {
        entities.sort(Comparator.comparing(Entity::name));
        stages.sort(Comparator.comparing(Stage::model));
        stagePositions.clear(); // positions changed with the sort
        stagesIndexed = 0;
        hubs.sort(Comparator.comparing(Hub::model));
        links.sort(Comparator.comparing(Link::model));
        satellites.sort(Comparator.comparing(Satellite::model));
        rules.sort(Comparator.comparing(BusinessRule::entity).thenComparing(BusinessRule::name));
        rawSources.sort(Comparator.comparing(RawSource::name));
        KindParts parts = KindParts.EMPTY;
        for (Map.Entry<Class<? extends VaultObject>, List<VaultObject>> entry : objects.entrySet()) {
            parts = withSorted(parts, entry.getKey(), entry.getValue());
        }
        return new Vault(List.copyOf(entities), List.copyOf(rawSources), List.copyOf(stages), List.copyOf(hubs),
                List.copyOf(links), List.copyOf(satellites), List.copyOf(rules), parts);
    }

    private static <T extends VaultObject> KindParts withSorted(KindParts parts, Class<T> type,
                                                                List<VaultObject> items) {
        return parts.with(type, items.stream().map(type::cast).sorted(Comparator.comparing(VaultObject::model))
                .toList());
    }
}
