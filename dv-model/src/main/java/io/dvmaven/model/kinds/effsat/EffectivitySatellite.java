package io.dvmaven.model.kinds.effsat;

import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.StoresStagedHashes;
import io.dvmaven.model.vault.VaultObject;
import java.util.List;

/**
 * An effectivity satellite model calling {@code automate_dv.eff_sat}: one per link and source.
 *
 * @param model         model name ({@code eff_member_coverage_legacy_facets})
 * @param folder        folder relative to {@code models/}
 * @param entity        the entity whose spec defines it
 * @param linkName      relationship name of the link
 * @param linkModel     the link model
 * @param linkHashKey   the link's hash key ({@code src_pk})
 * @param description   business description, or {@code null}
 * @param drivingKeys   hubs whose key drives the relationship ({@code src_dfk})
 * @param secondaryKeys the link's other hubs ({@code src_sfk})
 * @param startDate     start date column
 * @param endDate       end date column
 * @param effectiveFrom effective-from column
 * @param autoEndDating AutomateDV's {@code is_auto_end_dating}
 * @param source        source system
 * @param stageModel    feeding staging model
 * @param spec          spec defining it
 */
public record EffectivitySatellite(String model, String folder, String entity, String linkName, String linkModel,
                                   String linkHashKey, String description, List<LinkedHub> drivingKeys,
                                   List<LinkedHub> secondaryKeys, String startDate, String endDate,
                                   String effectiveFrom, boolean autoEndDating, String source, String stageModel,
                                   SpecRef spec) implements VaultObject, StoresStagedHashes {

    @Override
    public boolean storesHash(String stage, String column) {
        return stageModel.equals(stage) && (linkHashKey.equals(column)
                || drivingKeys.stream().anyMatch(h -> h.hashKey().equals(column))
                || secondaryKeys.stream().anyMatch(h -> h.hashKey().equals(column)));
    }
}
