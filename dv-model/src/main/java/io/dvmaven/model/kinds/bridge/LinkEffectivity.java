package io.dvmaven.model.kinds.bridge;

import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.VaultObject;

/**
 * A view over a plain link in the shape of an effectivity satellite (hash key, end date, load timestamp), for
 * AutomateDV's bridge, which joins an effectivity satellite per link: every link row is in effect from its load
 * on and never ends. A link with an effectivity satellite needs none.
 *
 * @param model         model name ({@code bridge_eff_member_coverage})
 * @param folder        folder relative to {@code models/}
 * @param linkModel     the link model it reads
 * @param linkHashKey   the link's hash key
 * @param endDateColumn the end date column
 * @param spec          spec defining the link
 */
public record LinkEffectivity(String model, String folder, String linkModel, String linkHashKey, String endDateColumn,
                              SpecRef spec) implements VaultObject {
}
