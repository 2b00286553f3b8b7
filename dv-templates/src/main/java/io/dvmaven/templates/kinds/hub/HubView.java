package io.dvmaven.templates.kinds.hub;

import io.dvmaven.templates.Views.Item;
import java.util.List;

/** {@code hub.sql.mustache}. */
public record HubView(String model, String hashKey, boolean compositeKey, String businessKey,
                      List<Item> businessKeyColumns, boolean multiSource, String stageModel, List<Item> stageModels,
                      String loadTimestamp, String recordSource, List<Item> extraColumns) {

    public boolean hasExtraColumns() {
        return !extraColumns.isEmpty();
    }
}
