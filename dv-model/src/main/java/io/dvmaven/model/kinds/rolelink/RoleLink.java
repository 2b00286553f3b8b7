package io.dvmaven.model.kinds.rolelink;

import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.StoresStagedHashes;
import io.dvmaven.model.vault.VaultObject;
import java.util.List;

/**
 * A hierarchical or same-as link model calling {@code automate_dv.link} with one hub hash key per role.
 *
 * @param model       model name ({@code hal_customer_parent})
 * @param folder      folder relative to {@code models/} (the link folder)
 * @param type        hierarchical or same-as
 * @param name        link name
 * @param description business description, or {@code null}
 * @param entity      the entity (and hub) joined with itself
 * @param hubModel    its hub model
 * @param hubHashKey  its hub's hash key, which each role's key refers to
 * @param hashKey     the link's hash key
 * @param roles       per role in key order, its hash key column ({@code parent_customer_hk})
 * @param stageModels feeding staging models, sorted
 * @param sources     source systems, sorted
 * @param spec        spec defining it
 */
public record RoleLink(String model, String folder, RoleLinkType type, String name, String description, String entity,
                       String hubModel, String hubHashKey, String hashKey, List<Role> roles, List<String> stageModels,
                       List<String> sources, SpecRef spec) implements VaultObject, StoresStagedHashes {

    @Override
    public boolean storesHash(String stage, String column) {
        return stageModels.contains(stage) && (hashKey.equals(column)
                || roles.stream().anyMatch(r -> r.hashKey().equals(column)));
    }

    /** One role of the hub in the link: its name and the hash key column it gives. */
    public record Role(String name, String hashKey) {
    }
}
