package io.dvmaven.templates.kinds.sat;

import io.dvmaven.templates.Views.Item;
import java.util.List;

/** {@code sat.sql.mustache}. */
public record SatView(String model, String hashKey, String hashdiff, List<Item> payload, String stageModel,
                      String loadTimestamp, String recordSource, String effectiveFrom, List<Item> extraColumns,
                      List<Item> payloadExcludes, boolean applySourceFilter) {

    public boolean hasExtraColumns() {
        return !extraColumns.isEmpty();
    }

    public boolean excludesPayload() {
        return !payloadExcludes.isEmpty();
    }
}
