package io.dvmaven.model.kinds.link;

import io.dvmaven.model.Decision;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.HubSource;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.model.vault.SpecRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves an entity's links; a related hub is also loaded from the link's stages, so that every link row has
 * its hub rows.
 */
final class LinkResolver {

    private final VaultBuilder vault;
    private final NamingConventions naming;

    LinkResolver(VaultBuilder vault) {
        this.vault = vault;
        this.naming = vault.naming();
    }

    void resolve(EntitySpec spec) {
        String name = spec.name().value();
        SpecRef ref = VaultBuilder.ref(spec);
        for (LinkSpec linkSpec : spec.links()) {
            Link link = link(spec, linkSpec, ref);
            vault.links().add(link);
            for (LinkedHub hub : link.hubs()) {
                vault.hubLinks(hub.entity()).add(link.model());
            }
            for (Ident relatedHub : linkSpec.relatedHubs()) {
                for (Ident source : linkSpec.sources()) {
                    String stageModel = naming.stagingModelName(name, source.value());
                    List<String> keyFields = linkSpec.relatedKeys().get(source.value()).get(relatedHub.value())
                            .stream().map(Ident::value).toList();
                    List<HubSource> existing = vault.hubSources(relatedHub.value());
                    if (existing.stream().anyMatch(h -> h.stageModel().equals(stageModel))) {
                        continue;
                    }
                    existing.add(new HubSource(source.value(), stageModel, keyFields, linkSpec.name().value()));
                    vault.hubSpecs(relatedHub.value()).add(ref);
                    vault.decide(new Decision(relatedHub.value() + " / " + stageModel, "hub "
                            + naming.hubModelName(relatedHub.value()) + " is also loaded from " + stageModel
                            + ", which carries the " + relatedHub.value() + " key through link "
                            + linkSpec.name().value() + " (so every link row has its hub rows)",
                            linkSpec.location()));
                }
            }
        }
    }

    private Link link(EntitySpec spec, LinkSpec link, SpecRef ref) {
        List<LinkedHub> hubs = new ArrayList<>();
        hubs.add(linkedHub(spec));
        link.relatedHubs().forEach(h -> hubs.add(linkedHub(vault.entity(h.value()))));
        List<String> sources = link.sources().stream().map(Ident::value).sorted().toList();
        List<String> stageModels = sources.stream().map(s -> naming.stagingModelName(spec.name().value(), s))
                .sorted().toList();
        return new Link(naming.linkModelName(link.name().value()), naming.linkFolder(), link.name().value(),
                link.description(), link.relationshipType(), naming.linkHashKeyName(link.name().value()),
                List.copyOf(hubs), stageModels, sources, ref);
    }

    private LinkedHub linkedHub(EntitySpec spec) {
        String name = spec.name().value();
        return new LinkedHub(name, naming.hubModelName(name), naming.hubHashKeyName(name),
                naming.businessKeyColumns(name, VaultBuilder.keyParts(spec)));
    }
}
