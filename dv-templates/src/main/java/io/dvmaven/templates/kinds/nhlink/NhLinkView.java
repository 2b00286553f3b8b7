package io.dvmaven.templates.kinds.nhlink;

import io.dvmaven.templates.Views.Item;
import java.util.List;

/** {@code nh_link.sql.mustache}. */
public record NhLinkView(String model, String hashKey, List<Item> hubHashKeys, List<Item> payload,
                         String effectiveFrom, String stageModel, String loadTimestamp, String recordSource) {
}
