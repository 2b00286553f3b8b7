package io.dvmaven.templates.kinds.reftable;

import io.dvmaven.templates.Views.Item;
import java.util.List;

/** {@code ref_table.sql.mustache}. */
public record ReferenceTableView(String model, String deliveryModel, String code, boolean hasAttributes,
                                 List<Item> attributes, String loadTimestamp, String recordSource) {
}
