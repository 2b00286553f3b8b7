package io.dvmaven.model.kinds.bridge;

import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.VaultObject;
import java.util.List;

/**
 * A bridge table calling AutomateDV's {@code bridge}: one row per hub key, as-of date and combination of link keys
 * along the path that is in effect at that date.
 *
 * @param model       model name ({@code bridge_member_coverage})
 * @param folder      folder relative to {@code models/}
 * @param name        the bridge's name in the spec
 * @param description may be {@code null}
 * @param entity      the entity whose hub the walk starts at
 * @param hubModel    that hub's model
 * @param hashKey     that hub's hash key column
 * @param steps       the links walked, in order
 * @param stageModels the staging models of the links walked, sorted (AutomateDV's {@code stage_tables_ldts})
 * @param asOfModel   the as-of-date model
 * @param spec        spec defining it
 */
public record Bridge(String model, String folder, String name, String description, String entity, String hubModel,
                     String hashKey, List<Step> steps, List<String> stageModels, String asOfModel, SpecRef spec)
        implements VaultObject {

    /**
     * One link of the walk (an AutomateDV {@code bridge_walk} entry).
     *
     * @param link              the link's name
     * @param linkModel         the link model
     * @param linkHashKey       the link's hash key (also the bridge's column for it)
     * @param fromHashKey       the hash key of the hub the step starts at ({@code link_fk1})
     * @param toHashKey         the hash key of the hub the step ends at ({@code link_fk2})
     * @param toEntity          the entity of that hub
     * @param effectivityModel  the model saying when each link row is in effect: an effectivity satellite, or the
     *                          generated {@link LinkEffectivity} view of a plain link
     * @param endDateColumn     its end date column; open rows carry AutomateDV's max datetime
     * @param loadDateColumn    its load timestamp column
     */
    public record Step(String link, String linkModel, String linkHashKey, String fromHashKey, String toHashKey,
                       String toEntity, String effectivityModel, String endDateColumn, String loadDateColumn) {
    }
}
