package io.dvmaven.plugin.dbt;

import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.Vault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deterministic deliveries of every raw table of a vault over three incremental loads, for the engine matrix.
 * Each load replaces the raw tables' rows (a delta delivery). Per table:
 * <ol>
 *   <li>load 1: {@value #KEYS} keys, first versions;</li>
 *   <li>load 2: half of them again, every third changed, the rest unchanged re-deliveries; new keys; an exact
 *       duplicate row; some attributes NULL;</li>
 *   <li>load 3: a third again, changed back or changed once more, some links moved to another related key; new
 *       keys; a late row for a new key and a late change of an existing key, both stamped before the load.</li>
 * </ol>
 * Tables get load timestamps an hour apart, so when two sources deliver one key the earliest is well defined
 * (the hub's record source is then the same on every engine). Rows are built from the vault's raw tables alone,
 * so any structure kind whose raw tables the vault describes gets batches; a kind that needs more (effectivity
 * end dates, multi-active keys) adds its own {@link Load} rows before the plan is written.
 */
final class IncrementalBatches {

    static final int KEYS = 24;
    static final int LOADS = 3;

    /** One load: rows per raw table ({@code schema.table}), values as text or null, timestamps ISO text. */
    record Load(Map<String, List<List<String>>> rows) {
    }

    private final List<RawTablesSql.Table> tables;

    IncrementalBatches(Vault vault) {
        this.tables = RawTablesSql.tables(vault);
    }

    List<RawTablesSql.Table> tables() {
        return tables;
    }

    List<Load> loads() {
        List<Load> loads = new ArrayList<>();
        for (int load = 1; load <= LOADS; load++) {
            Map<String, List<List<String>>> rows = new LinkedHashMap<>();
            for (int t = 0; t < tables.size(); t++) {
                RawTablesSql.Table table = tables.get(t);
                rows.put(table.schema() + "." + table.name(), rows(table, t, load));
            }
            loads.add(new Load(rows));
        }
        return loads;
    }

    private static List<List<String>> rows(RawTablesSql.Table table, int tableIndex, int load) {
        List<List<String>> rows = new ArrayList<>();
        String at = String.format("2024-01-0%d %02d:00:00", load, tableIndex);
        if (load == 1) {
            for (int key = 0; key < KEYS; key++) {
                rows.add(row(table, key, 1, 0, at));
            }
        } else if (load == 2) {
            for (int key = 0; key < KEYS / 2; key++) {
                rows.add(row(table, key, key % 3 == 0 ? 2 : 1, 0, at));
            }
            for (int key = KEYS; key < KEYS + 6; key++) {
                rows.add(row(table, key, 1, 0, at));
            }
            rows.add(row(table, 1, 1, 0, at)); // exact duplicate of a re-delivered row
        } else {
            for (int key = 0; key < KEYS / 3; key++) {
                int version = key % 3 == 0 ? 3 : key % 3 == 1 ? 1 : 2;
                rows.add(row(table, key, version, key % 4 == 0 ? 1 : 0, at));
            }
            for (int key = KEYS + 6; key < KEYS + 10; key++) {
                rows.add(row(table, key, 1, 0, at));
            }
            String late = String.format("2024-01-02 %02d:30:00", tableIndex);
            rows.add(row(table, KEYS + 10, 1, 0, late)); // a new key arriving late
            rows.add(row(table, KEYS - 1, 4, 0, late)); // a late change of a key last seen in load 1
        }
        return rows;
    }

    private static List<String> row(RawTablesSql.Table table, int key, int version, int linkShift, String at) {
        List<String> row = new ArrayList<>();
        for (Map.Entry<String, RawColumn.Role> column : table.columns().entrySet()) {
            String name = column.getKey();
            switch (column.getValue()) {
                case BUSINESS_KEY -> row.add(table.keys().get(name).value(key));
                case RELATED_BUSINESS_KEY -> row.add(table.keys().get(name).value((key * 7 + linkShift) % KEYS));
                case LOAD_TIMESTAMP -> row.add(at);
                default -> row.add(version == 2 && (key + name.length()) % 5 == 0 ? null
                        : RawTablesSql.attributeValue(name, key, version));
            }
        }
        return row;
    }

    /**
     * Rows each hub must hold after each load: the distinct keys delivered so far in any column whose key space
     * belongs to the hub's entity (own keys and keys carried for links).
     */
    List<Long> expectedHubRows(List<Load> loads, String entity) {
        Set<String> seen = new TreeSet<>();
        List<Long> counts = new ArrayList<>();
        for (Load load : loads) {
            for (RawTablesSql.Table table : tables) {
                List<String> names = new ArrayList<>(table.columns().keySet());
                for (List<String> row : load.rows().get(table.schema() + "." + table.name())) {
                    table.keys().forEach((column, space) -> {
                        if (space.entity().equals(entity)) {
                            seen.add(row.get(names.indexOf(column)));
                        }
                    });
                }
            }
            counts.add((long) seen.size());
        }
        return counts;
    }
}
