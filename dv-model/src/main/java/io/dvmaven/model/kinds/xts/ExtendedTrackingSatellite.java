package io.dvmaven.model.kinds.xts;

import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.StoresStagedHashes;
import io.dvmaven.model.vault.VaultObject;
import java.util.List;

/**
 * An extended tracking satellite model calling {@code automate_dv.xts}: one per entity and source system, recording
 * every hashdiff that arrived for the tracked satellites loaded from that source.
 *
 * @param model       model name ({@code xts_customer_crm})
 * @param folder      folder relative to {@code models/}
 * @param entity      entity name
 * @param description what is tracked and why, or {@code null}
 * @param source      source system
 * @param hubModel    parent hub model
 * @param hashKey     parent hash key column
 * @param stageModel  feeding staging model
 * @param tracked     the satellites tracked, sorted by satellite model
 * @param spec        spec defining it
 */
public record ExtendedTrackingSatellite(String model, String folder, String entity, String description, String source,
                                        String hubModel, String hashKey, String stageModel, List<Tracked> tracked,
                                        SpecRef spec) implements VaultObject, StoresStagedHashes {

    @Override
    public boolean storesHash(String stage, String column) {
        return stageModel.equals(stage) && (hashKey.equals(column)
                || tracked.stream().anyMatch(t -> t.hashdiff().equals(column)));
    }

    /**
     * One tracked satellite.
     *
     * @param satelliteModel the satellite's model name, written to the satellite name column
     * @param nameColumn     the stage column holding {@code satelliteModel}
     * @param hashdiff       the stage's hashdiff column of the satellite
     */
    public record Tracked(String satelliteModel, String nameColumn, String hashdiff) {
    }
}
