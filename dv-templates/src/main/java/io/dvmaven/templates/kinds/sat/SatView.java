package io.dvmaven.templates.kinds.sat;

import io.dvmaven.templates.Views.Item;
import java.util.List;

/** {@code sat.sql.mustache}. */
public record SatView(String model, String hashKey, String hashdiff, List<Item> payload, String stageModel,
                      String loadTimestamp, String recordSource, boolean applySourceFilter) {
}
