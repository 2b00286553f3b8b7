package io.dvmaven.model.kinds.masat;

import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.StoresStagedHashes;
import io.dvmaven.model.vault.VaultObject;
import java.util.List;

/**
 * A multi-active satellite model calling {@code automate_dv.ma_sat}: one per attribute group per source system.
 *
 * @param model       model name ({@code ma_s_customer_phones_crm})
 * @param folder      folder relative to {@code models/}
 * @param entity      entity name
 * @param group       attribute group name
 * @param description group description, or {@code null}
 * @param source      source system
 * @param hubModel    parent hub model
 * @param hashKey     parent hash key column
 * @param hashdiff    hashdiff column (over the child keys and the payload of one row)
 * @param childKeys   dependent child key columns, in spec order
 * @param payload     payload attributes, in spec order
 * @param stageModel  feeding staging model
 * @param spec        spec defining it
 */
public record MultiActiveSatellite(
        String model,
        String folder,
        String entity,
        String group,
        String description,
        String source,
        String hubModel,
        String hashKey,
        String hashdiff,
        List<Attribute> childKeys,
        List<Attribute> payload,
        String stageModel,
        SpecRef spec) implements VaultObject, StoresStagedHashes {

    @Override
    public boolean storesHash(String stage, String column) {
        return stageModel.equals(stage) && (hashKey.equals(column) || hashdiff.equals(column));
    }
}
