package io.dvmaven.model.kinds.hub;

import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.HubSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves an entity into its {@link Entity} and, once every entity is resolved, its hub with the stages
 * loading it (its own and those of other entities' links).
 */
final class HubResolver {

    private HubResolver() {
    }

    static void resolve(EntitySpec spec, VaultBuilder vault) {
        String name = spec.name().value();
        vault.entities().add(new Entity(name, spec.description(), VaultBuilder.ref(spec),
                VaultBuilder.keyParts(spec), spec.hub().sources().stream().map(Ident::value).sorted().distinct()
                .toList()));
        vault.hubSpecs(name).add(VaultBuilder.ref(spec));
        vault.hubLinks(name);
    }

    static void complete(VaultBuilder vault) {
        NamingConventions naming = vault.naming();
        for (Entity entity : vault.entities()) {
            String name = entity.name();
            List<HubSource> sources = new ArrayList<>(vault.hubSources(name));
            sources.sort(Comparator.comparing(HubSource::stageModel));
            vault.hubs().add(new Hub(naming.hubModelName(name), naming.hubFolder(), entity,
                    naming.hubHashKeyName(name), naming.businessKeyColumns(name, entity.businessKeyParts()),
                    List.copyOf(sources), List.copyOf(vault.hubLinks(name)), List.copyOf(vault.hubSpecs(name))));
        }
    }
}
