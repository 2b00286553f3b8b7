package io.dvmaven.model.kinds.rolelink;

import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.hub.NullKeys;
import io.dvmaven.model.kinds.stage.NullKeyPolicy;
import io.dvmaven.model.kinds.stage.StageExtension;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.HashedColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resolves an entity's hierarchical or same-as links: each source's stage gains every role's business key
 * ({@code parent_customer_bk}), its hash key ({@code parent_customer_hk}) and the link's hash key over the roles'
 * keys in role order.
 */
final class RoleLinkResolver {

    private final VaultBuilder vault;
    private final NamingConventions naming;
    private final RoleLinkType type;

    RoleLinkResolver(VaultBuilder vault, RoleLinkType type) {
        this.vault = vault;
        this.naming = vault.naming();
        this.type = type;
    }

    void resolve(EntitySpec entity, List<RoleLinkSpec> links) {
        String name = entity.name().value();
        List<String> keyParts = VaultBuilder.keyParts(entity);
        for (RoleLinkSpec link : links) {
            String linkName = link.name().value();
            String model = naming.name(type.model(), Map.of("link", linkName));
            String hashKey = naming.linkHashKeyName(linkName);
            List<RoleLink.Role> roles = link.roles().stream().map(r -> new RoleLink.Role(r.value(),
                    RoleLinkKind.roleHashKey(naming, r.value(), name))).toList();
            for (Ident source : link.sources()) {
                List<DerivedColumn> derived = new ArrayList<>();
                List<HashedColumn> hashed = new ArrayList<>();
                List<String> linkInputs = new ArrayList<>();
                for (RoleLink.Role role : roles) {
                    List<Ident> fields = link.roleKeys().get(source.value()).get(role.name());
                    List<String> roleColumns = naming.businessKeyColumns(role.name() + "_" + name, keyParts);
                    List<String> fieldNames = fields.stream().map(Ident::value).toList();
                    for (int i = 0; i < roleColumns.size(); i++) {
                        // no placeholders for a role: the hub is not loaded from role keys, so a NULL role key
                        // means no relationship rather than one to a hub row that does not exist
                        derived.add(NullKeyPolicy.keyPart(roleColumns.get(i), fieldNames, i, NullKeys.REJECT,
                                "Business key of the " + role.name() + " " + name + " for " + type.label() + " "
                                + linkName + ", from " + source.value() + "." + fieldNames.get(i)));
                    }
                    hashed.add(new HashedColumn(role.hashKey(), roleColumns, false, "Hash key of the " + role.name()
                            + " " + name + " (hub " + naming.hubModelName(name) + ")"));
                    linkInputs.addAll(roleColumns);
                }
                hashed.add(new HashedColumn(hashKey, List.copyOf(linkInputs), false, "Hash key of " + type.label()
                        + " " + model));
                StageExtension.add(vault, naming.stagingModelName(name, source.value()), derived, hashed);
            }
            vault.hubLinks(name).add(model);
            List<String> sources = link.sources().stream().map(Ident::value).sorted().toList();
            vault.add(RoleLink.class, new RoleLink(model, naming.pattern(type.folder()), type, linkName,
                    link.description(), name, naming.hubModelName(name), naming.hubHashKeyName(name), hashKey, roles,
                    sources.stream().map(s -> naming.stagingModelName(name, s)).sorted().toList(), sources,
                    VaultBuilder.ref(entity)));
        }
    }
}
