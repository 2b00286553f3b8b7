package io.dvmaven.templates.kinds.effsat;

import io.dvmaven.templates.Views.Item;
import java.util.List;

/** {@code eff_sat.sql.mustache} and {@code eff_sat_one_open_test.sql.mustache}. */
public record EffSatView(String model, String hashKey, List<Item> drivingKeys, List<Item> secondaryKeys,
                         String startDate, String endDate, String effectiveFrom, boolean autoEndDating,
                         String stageModel, String loadTimestamp, String recordSource) {
}
