package io.dvmaven.model.kinds.pit;

import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.VaultObject;
import java.util.List;

/**
 * A point-in-time table calling AutomateDV's {@code pit}: one row per hub key and as-of date, with a pointer
 * (hash key and load timestamp) to each satellite's row in effect at that date, or to the ghost record.
 *
 * @param model       model name ({@code pit_member})
 * @param folder      folder relative to {@code models/}
 * @param name        the PIT's name in the spec
 * @param description may be {@code null}
 * @param entity      the entity whose hub it spans
 * @param hubModel    the hub model
 * @param hashKey     the hub's hash key column
 * @param satellites  the satellites it points into, in spec order
 * @param asOfModel   the as-of-date model
 * @param spec        spec defining it
 */
public record Pit(String model, String folder, String name, String description, String entity, String hubModel,
                  String hashKey, List<PitSatellite> satellites, String asOfModel, SpecRef spec)
        implements VaultObject {

    /** The staging models of its satellites, sorted, distinct (AutomateDV's {@code stage_tables_ldts}). */
    public List<String> stageModels() {
        return satellites.stream().map(PitSatellite::stageModel).distinct().sorted().toList();
    }

    /**
     * One satellite a PIT points into.
     *
     * @param model         satellite model
     * @param stageModel    its staging model
     * @param keyColumn     the PIT's pointer column to the satellite's hash key ({@code <sat>_hk})
     * @param loadColumn    the PIT's pointer column to the satellite's load timestamp ({@code <sat>_ldts})
     */
    public record PitSatellite(String model, String stageModel, String keyColumn, String loadColumn) {
    }
}
