package io.dvmaven.templates.kinds.masat;

import io.dvmaven.templates.Views.Item;
import java.util.List;

/** {@code ma_sat.sql.mustache}. */
public record MaSatView(String model, String hashKey, List<Item> childKeys, String hashdiff, List<Item> payload,
                        String stageModel, String loadTimestamp, String recordSource) {
}
