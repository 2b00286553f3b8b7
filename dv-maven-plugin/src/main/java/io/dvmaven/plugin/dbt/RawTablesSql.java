package io.dvmaven.plugin.dbt;

import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.HubSource;
import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.RawTable;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.Vault;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * SQL (DuckDB dialect) that creates every raw source table of a vault, optionally filled with deterministic
 * sample rows. Pure: the same vault and row count always give the same text.
 *
 * <p>Columns are VARCHAR except the load timestamp (TIMESTAMP). Sample rows are built so the loading logic has
 * something to do: every business key draws its values from one key space per (entity, key part), so different
 * sources of a hub share keys (half of them overlap, the hub unions and deduplicates), and a related-key column
 * in one entity's table holds keys of the related entity (links and relationships hold). Half the rows are a
 * second load, one day later, of keys from the first load, with some attributes changed so satellites record
 * history.
 */
public final class RawTablesSql {

    /** Seed of the sample data; fixed so every build gets the same rows. */
    public static final long SEED = 20240101L;
    public static final String FIRST_LOAD = "2024-01-01 00:00:00";
    public static final String SECOND_LOAD = "2024-01-02 00:00:00";

    private static final int ROWS_PER_INSERT = 500;

    private RawTablesSql() {
    }

    /** A key space: the values one business key part takes everywhere. */
    record KeySpace(String entity, String part) {

        String value(int index) {
            return part + "-" + String.format(Locale.ROOT, "%06d", index);
        }
    }

    /** One table to create: a raw table merged over every entity reading it. */
    record Table(String schema, String name, String entity, Map<String, RawColumn.Role> columns,
                 Map<String, KeySpace> keys) {
    }

    /** The whole script: schemas, tables, and sample rows when {@code sampleRows > 0}. */
    public static String script(Vault vault, int sampleRows) {
        StringBuilder sql = new StringBuilder();
        List<Table> tables = tables(vault);
        tables.stream().map(Table::schema).distinct().sorted()
                .forEach(schema -> sql.append("CREATE SCHEMA IF NOT EXISTS ").append(quote(schema)).append(";\n"));
        Map<KeySpace, Integer> ownersSoFar = new HashMap<>();
        for (Table table : tables) {
            sql.append(createTable(table));
            if (sampleRows > 0) {
                KeySpace own = table.keys().entrySet().stream()
                        .filter(key -> table.columns().get(key.getKey()) == RawColumn.Role.BUSINESS_KEY)
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                int owner = own == null ? 0 : ownersSoFar.merge(own, 1, Integer::sum) - 1;
                sql.append(inserts(table, rows(table, sampleRows, owner)));
            }
        }
        return sql.toString();
    }

    /** {@code SELECT} of the row count of every table, for the log. */
    public static String countQuery(Vault vault) {
        List<String> parts = new ArrayList<>();
        for (Table table : tables(vault)) {
            parts.add("SELECT " + literal(table.schema() + "." + table.name()) + " AS source_table, count(*) AS rows"
                    + " FROM " + quote(table.schema()) + "." + quote(table.name()));
        }
        return parts.isEmpty() ? "" : String.join("\nUNION ALL\n", parts) + "\nORDER BY 1";
    }

    static List<Table> tables(Vault vault) {
        Map<String, KeySpace> keyColumns = keyColumns(vault);
        Map<String, Table> tables = new TreeMap<>();
        for (RawSource source : vault.rawSources()) {
            for (RawTable rawTable : source.tables()) {
                String id = source.schema() + "." + rawTable.name();
                Table table = tables.computeIfAbsent(id, key -> new Table(source.schema(), rawTable.name(),
                        rawTable.entity(), new LinkedHashMap<>(), new LinkedHashMap<>()));
                for (RawColumn column : rawTable.columns()) {
                    table.columns().putIfAbsent(column.name(), column.role());
                    boolean key = column.role() == RawColumn.Role.BUSINESS_KEY
                            || column.role() == RawColumn.Role.RELATED_BUSINESS_KEY;
                    if (key) {
                        table.keys().putIfAbsent(column.name(), keyColumns.getOrDefault(
                                id + "." + column.name(), new KeySpace("column", column.name())));
                    }
                }
            }
        }
        return List.copyOf(tables.values());
    }

    /** {@code schema.table.column -> key space}, from the stages (own keys) and hubs loaded via links. */
    private static Map<String, KeySpace> keyColumns(Vault vault) {
        Map<String, String> schemaBySourceName = new HashMap<>();
        vault.rawSources().forEach(source -> schemaBySourceName.put(source.name(), source.schema()));
        Map<String, Entity> entities = new HashMap<>();
        vault.entities().forEach(entity -> entities.put(entity.name(), entity));
        Map<String, Stage> stages = new HashMap<>();
        vault.stages().forEach(stage -> stages.put(stage.model(), stage));
        Map<String, KeySpace> keys = new HashMap<>();
        for (Stage stage : vault.stages()) {
            Entity entity = entities.get(stage.entity());
            if (entity != null) {
                put(keys, schemaBySourceName.get(stage.rawSourceName()) + "." + stage.rawTable(), stage.keyFields(),
                        entity);
            }
        }
        for (Hub hub : vault.hubs()) {
            for (HubSource source : hub.sources()) {
                Stage stage = stages.get(source.stageModel());
                if (stage != null && source.viaLink() != null) {
                    put(keys, schemaBySourceName.get(stage.rawSourceName()) + "." + stage.rawTable(),
                            source.keyFields(), hub.entity());
                }
            }
        }
        return keys;
    }

    private static void put(Map<String, KeySpace> keys, String table, List<String> columns, Entity entity) {
        List<String> parts = entity.businessKeyParts();
        for (int i = 0; i < columns.size() && i < parts.size(); i++) {
            keys.putIfAbsent(table + "." + columns.get(i), new KeySpace(entity.name(), parts.get(i)));
        }
    }

    private static String createTable(Table table) {
        String name = quote(table.schema()) + "." + quote(table.name());
        StringBuilder sql = new StringBuilder("DROP TABLE IF EXISTS ").append(name).append(";\n")
                .append("CREATE TABLE ").append(name).append(" (");
        boolean first = true;
        for (Map.Entry<String, RawColumn.Role> column : table.columns().entrySet()) {
            sql.append(first ? "\n  " : ",\n  ").append(quote(column.getKey())).append(' ')
                    .append(column.getValue() == RawColumn.Role.LOAD_TIMESTAMP ? "TIMESTAMP" : "VARCHAR");
            first = false;
        }
        return sql.append("\n);\n").toString();
    }

    /**
     * The sample rows of one table, as SQL literals per column.
     *
     * @param owner how many earlier tables have the same own key space: each shifts its keys by half the key
     *              count, so two sources of one hub share half their keys
     */
    static List<List<String>> rows(Table table, int count, int owner) {
        int keyCount = Math.max(1, (count + 1) / 2);
        int shift = owner * (keyCount / 2);
        Random random = new Random(SEED ^ stableHash(table.schema() + "." + table.name()));
        int[] relatedPick = new int[keyCount];
        boolean[] changes = new boolean[keyCount];
        for (int j = 0; j < keyCount; j++) {
            relatedPick[j] = random.nextInt(keyCount);
            changes[j] = random.nextInt(3) != 0;
        }
        List<List<String>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean secondLoad = i >= keyCount;
            int j = secondLoad ? i - keyCount : i;
            int version = secondLoad && changes[j] ? 2 : 1;
            List<String> row = new ArrayList<>();
            for (Map.Entry<String, RawColumn.Role> column : table.columns().entrySet()) {
                String name = column.getKey();
                switch (column.getValue()) {
                    case BUSINESS_KEY -> row.add(literal(table.keys().get(name).value(j + shift)));
                    case RELATED_BUSINESS_KEY -> row.add(literal(table.keys().get(name).value(relatedPick[j])));
                    case LOAD_TIMESTAMP -> row.add("TIMESTAMP " + literal(secondLoad ? SECOND_LOAD : FIRST_LOAD));
                    default -> row.add(literal(attributeValue(name, j + shift, version)));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** A plausible value for an attribute, from its name: dates look like dates (in the past), flags like flags. */
    static String attributeValue(String column, int key, int version) {
        String name = column.toLowerCase(Locale.ROOT);
        int salt = Math.floorMod(stableHash(name), 997);
        if (name.contains("date") || name.endsWith("_dt") || name.endsWith("_dob") || name.equals("dob")) {
            return LocalDate.of(1950, 1, 1).plusDays(Math.floorMod(key * 97L + salt, 20_000) + version - 1L)
                    .toString();
        }
        if (name.contains("timestamp") || name.endsWith("_ts") || name.endsWith("_at")) {
            return LocalDate.of(2020, 1, 1).plusDays(Math.floorMod(key * 13L + salt, 1_000) + version - 1L)
                    + " 12:00:00";
        }
        if (name.startsWith("is_") || name.startsWith("has_") || name.endsWith("_flag") || name.endsWith("_ind")) {
            return (key + version) % 2 == 0 ? "Y" : "N";
        }
        if (name.contains("amount") || name.contains("amt") || name.contains("count") || name.contains("qty")
                || name.endsWith("_nbr") || name.endsWith("_num") || name.equals("age")) {
            return String.valueOf(Math.floorMod(key * 31L + salt, 900) + 10 * version);
        }
        return column + "_" + key + (version > 1 ? "_v" + version : "");
    }

    private static String inserts(Table table, List<List<String>> rows) {
        StringBuilder sql = new StringBuilder();
        String columns = String.join(", ", table.columns().keySet().stream().map(RawTablesSql::quote).toList());
        for (int start = 0; start < rows.size(); start += ROWS_PER_INSERT) {
            sql.append("INSERT INTO ").append(quote(table.schema())).append('.').append(quote(table.name()))
                    .append(" (").append(columns).append(") VALUES");
            List<List<String>> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_INSERT));
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "\n  (" : ",\n  (").append(String.join(", ", chunk.get(i))).append(')');
            }
            sql.append(";\n");
        }
        return sql.toString();
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    /** A hash fixed by this code (String.hashCode is specified too, but this keeps the intent visible). */
    static int stableHash(String text) {
        int hash = 17;
        for (int i = 0; i < text.length(); i++) {
            hash = hash * 31 + text.charAt(i);
        }
        return hash;
    }
}
