package io.dvmaven.templates.kinds.link;

import io.dvmaven.templates.Views.Item;
import java.util.List;

/** {@code link.sql.mustache}. */
public record LinkView(String model, String hashKey, List<Item> hubHashKeys, boolean multiSource, String stageModel,
                       List<Item> stageModels, String loadTimestamp, String recordSource, List<Item> extraColumns) {

    public boolean hasExtraColumns() {
        return !extraColumns.isEmpty();
    }
}
