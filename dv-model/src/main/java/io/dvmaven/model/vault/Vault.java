package io.dvmaven.model.vault;

import io.dvmaven.model.kinds.KindParts;
import java.util.List;

/**
 * The whole resolved design: every object the generator renders, fully named by the naming conventions.
 * Every list is sorted by model (or entity) name so rendering is deterministic. The objects of kinds without a
 * field of their own are in {@code objects}, one list per type, each sorted by model name.
 */
public record Vault(
        List<Entity> entities,
        List<RawSource> rawSources,
        List<Stage> stages,
        List<Hub> hubs,
        List<Link> links,
        List<Satellite> satellites,
        List<BusinessRule> businessRules,
        KindParts objects) {

    /** A vault with no objects of further kinds. */
    public Vault(List<Entity> entities, List<RawSource> rawSources, List<Stage> stages, List<Hub> hubs,
                 List<Link> links, List<Satellite> satellites, List<BusinessRule> businessRules) {
        this(entities, rawSources, stages, hubs, links, satellites, businessRules, KindParts.EMPTY);
    }

    public static Vault empty() {
        return new Vault(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The resolved objects of every further kind, sorted by model name. */
    public List<VaultObject> furtherObjects() {
        return objects.types().stream().flatMap(type -> objects.get(type).stream()).map(VaultObject.class::cast)
                .sorted(java.util.Comparator.comparing(VaultObject::model)).toList();
    }

    /** The resolved objects of a further kind ({@code all(EffectivitySatellite.class)}), sorted by model name. */
    public <T extends VaultObject> List<T> all(Class<T> type) {
        return objects.get(type);
    }
}
