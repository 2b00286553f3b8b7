package io.dvmaven.model.vault;

import java.util.List;

/**
 * The whole resolved design: every object the generator renders, fully named by the naming conventions.
 * Every list is sorted by model (or entity) name so rendering is deterministic.
 */
public record Vault(
        List<Entity> entities,
        List<RawSource> rawSources,
        List<Stage> stages,
        List<Hub> hubs,
        List<Link> links,
        List<Satellite> satellites,
        List<BusinessRule> businessRules) {

    public static Vault empty() {
        return new Vault(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
