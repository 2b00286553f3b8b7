package io.dvmaven.model.kinds.nhlink;

import io.dvmaven.model.Decision;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.hub.NullKeys;
import io.dvmaven.model.kinds.link.LinkRefs;
import io.dvmaven.model.kinds.sat.SatelliteResolver;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.kinds.stage.NullKeyPolicy;
import io.dvmaven.model.kinds.stage.StageExtension;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.HubSource;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.model.vault.StageNullColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves an entity's transactional links. Its stage gains the related hubs' keys and the link's hash key (hash
 * of the hubs' business keys and the transaction key); each related hub is also loaded from that stage, so every
 * transaction has its hub rows.
 */
final class NhLinkResolver {

    private final VaultBuilder vault;
    private final NamingConventions naming;

    NhLinkResolver(VaultBuilder vault) {
        this.vault = vault;
        this.naming = vault.naming();
    }

    void resolve(EntitySpec entity) {
        String name = entity.name().value();
        for (NhLinkSpec spec : entity.part(NhLinkSpec.class)) {
            String source = spec.source().value();
            SourceMappingSpec mapping = entity.sourceMappings().get(source);
            String stageModel = naming.stagingModelName(name, source);
            List<LinkedHub> hubs = new ArrayList<>();
            hubs.add(LinkRefs.linkedHub(vault, name));
            List<DerivedColumn> derived = new ArrayList<>();
            List<HashedColumn> hashed = new ArrayList<>();
            StageNullColumns nullColumns = StageNullColumns.NONE;
            List<String> hashInputs = new ArrayList<>(hubs.get(0).businessKeyColumns());
            for (Ident related : spec.relatedHubs()) {
                LinkedHub hub = LinkRefs.linkedHub(vault, related.value());
                hubs.add(hub);
                List<Ident> fields = spec.relatedKeys().get(related.value());
                List<String> fieldNames = fields.stream().map(Ident::value).toList();
                EntitySpec relatedEntity = vault.entity(related.value());
                NullKeys nullKeys = relatedEntity.hub().nullKeys();
                nullColumns = nullColumns.plus(NullKeyPolicy.placeholders(nullKeys,
                        VaultBuilder.keyParts(relatedEntity), hub.businessKeyColumns()));
                for (int i = 0; i < hub.businessKeyColumns().size(); i++) {
                    derived.add(NullKeyPolicy.keyPart(hub.businessKeyColumns().get(i), fieldNames, i, nullKeys,
                            "Business key of " + hub.entity() + " for transactional link " + spec.name().value()
                                    + ", from " + source + "." + fieldNames.get(i)));
                }
                hashed.add(new HashedColumn(hub.hashKey(), hub.businessKeyColumns(), false, "Hash key of hub "
                        + hub.hubModel()));
                hashInputs.addAll(hub.businessKeyColumns());
                loadHubFrom(hub, spec, source, stageModel, fields, entity);
            }
            List<String> transactionKey = spec.transactionKey().stream().map(Ident::value).toList();
            hashInputs.addAll(transactionKey);
            String model = naming.name(NhLinkKind.MODEL, Map.of("link", spec.name().value()));
            String hashKey = naming.linkHashKeyName(spec.name().value());
            hashed.add(new HashedColumn(hashKey, List.copyOf(hashInputs), false, "Hash key of transactional link "
                    + model));
            List<Attribute> payload = new ArrayList<>();
            spec.payload().stream().map(a -> SatelliteResolver.attribute(a, mapping))
                    .filter(a -> !transactionKey.contains(a.name())).forEach(payload::add);
            payload.stream().filter(Attribute::renamed).forEach(a -> derived.add(new DerivedColumn(a.name(),
                    a.sourceColumn(), "Attribute " + a.name() + ", renamed from " + source + "." + a.sourceColumn())));
            StageExtension.add(vault, stageModel, derived, hashed, nullColumns);
            vault.add(TransactionalLink.class, new TransactionalLink(model, naming.pattern(NhLinkKind.FOLDER),
                    spec.name().value(), spec.description(), hashKey, List.copyOf(hubs), transactionKey,
                    List.copyOf(payload), spec.effectiveFrom().value(), source, stageModel, VaultBuilder.ref(entity)));
        }
    }

    private void loadHubFrom(LinkedHub hub, NhLinkSpec spec, String source, String stageModel, List<Ident> fields,
                             EntitySpec entity) {
        List<HubSource> existing = vault.hubSources(hub.entity());
        if (existing.stream().anyMatch(h -> h.stageModel().equals(stageModel))) {
            return;
        }
        existing.add(new HubSource(source, stageModel, fields.stream().map(Ident::value).toList(),
                spec.name().value()));
        vault.hubSpecs(hub.entity()).add(VaultBuilder.ref(entity));
        vault.decide(new Decision(hub.entity() + " / " + stageModel, "hub " + hub.hubModel() + " is also loaded from "
                + stageModel + ", which carries the " + hub.entity() + " key through transactional link "
                + spec.name().value() + " (so every transaction has its hub rows)", spec.location()));
    }
}
