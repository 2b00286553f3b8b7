package io.dvmaven.templates.kinds.reftable;

import io.dvmaven.templates.Views.Item;
import java.util.List;

/**
 * {@code ref_table_delivery.sql.mustache}: one branch of the union per delivering table; {@code hashdiff} and
 * {@code historyModel} are {@code null} unless the reference table keeps history.
 */
public record DeliveryView(String table, String code, List<Item> attributes, List<Branch> deliveries,
                           String loadTimestamp, String recordSource, String priorityColumn, String rankColumn,
                           String hashdiff, String historyModel) {

    public boolean hasHistory() {
        return hashdiff != null;
    }

    /** One delivering table; {@code recordSourceLiteral} is already a SQL string literal. */
    public record Branch(String rawSource, String table, String codeColumn, List<Column> columns,
                         String loadTimestampColumn, String recordSourceLiteral, int priority, boolean last) {
    }

    /** An attribute read from its raw column. */
    public record Column(String name, String rawColumn) {
    }
}
