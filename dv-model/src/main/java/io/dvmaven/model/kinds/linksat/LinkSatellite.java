package io.dvmaven.model.kinds.linksat;

import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.StoresStagedHashes;
import io.dvmaven.model.vault.VaultObject;
import java.util.List;

/**
 * A link satellite model calling {@code automate_dv.sat} with the link's hash key: one per group and source.
 *
 * @param model       model name ({@code ls_customer_agent_terms_crm})
 * @param folder      folder relative to {@code models/}
 * @param entity      the entity whose spec defines it
 * @param linkName    relationship name of the link
 * @param linkModel   the link model
 * @param linkHashKey the link's hash key ({@code src_pk})
 * @param group       attribute group name
 * @param description group description, or {@code null}
 * @param source      source system
 * @param hashdiff    hashdiff column
 * @param payload     payload attributes in spec order
 * @param stageModel  feeding staging model
 * @param spec        spec defining it
 */
public record LinkSatellite(String model, String folder, String entity, String linkName, String linkModel,
                            String linkHashKey, String group, String description, String source, String hashdiff,
                            List<Attribute> payload, String stageModel, SpecRef spec)
        implements VaultObject, StoresStagedHashes {

    @Override
    public boolean storesHash(String stage, String column) {
        return stageModel.equals(stage) && (linkHashKey.equals(column) || hashdiff.equals(column));
    }
}
