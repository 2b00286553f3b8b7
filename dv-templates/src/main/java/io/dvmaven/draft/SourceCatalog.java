package io.dvmaven.draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The source tables a draft may use and their columns, read from the dbt project's {@code sources:} blocks
 * ({@code models/**}/*.yml): schema ({@code schema}, else the source name), table ({@code identifier}, else its
 * name) and the declared column names. A table declared without columns is known, but its columns are not
 * checked. Empty when the project declares no sources: then drafting is not restricted.
 */
public final class SourceCatalog {

    private static final SourceCatalog EMPTY = new SourceCatalog(Map.of());

    private final Map<String, Map<String, Set<String>>> tables;

    private SourceCatalog(Map<String, Map<String, Set<String>>> tables) {
        this.tables = tables;
    }

    public static SourceCatalog empty() {
        return EMPTY;
    }

    /** Schema to table to columns, for tests and prompts. */
    public static SourceCatalog of(Map<String, Map<String, Set<String>>> tables) {
        Map<String, Map<String, Set<String>>> copy = new TreeMap<>();
        tables.forEach((schema, byTable) -> {
            Map<String, Set<String>> inner = new TreeMap<>();
            byTable.forEach((table, columns) -> inner.put(table, Collections.unmodifiableSet(new TreeSet<>(columns))));
            copy.put(schema, Collections.unmodifiableMap(inner));
        });
        return new SourceCatalog(Collections.unmodifiableMap(copy));
    }

    /** Every {@code sources:} block in YAML files under {@code <project>/models}; unreadable files are skipped. */
    public static SourceCatalog read(Path projectDirectory) throws IOException {
        Path models = projectDirectory.resolve("models");
        if (!Files.isDirectory(models)) {
            return EMPTY;
        }
        Map<String, Map<String, Set<String>>> found = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(models)) {
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (!text.contains("sources:")) {
                    continue;
                }
                try {
                    Object document = new Load(LoadSettings.builder().build()).loadFromString(text);
                    collect(document, found);
                } catch (YamlEngineException e) {
                    // dv:verify reports broken YAML; a catalog without this file is still a catalog
                }
            }
        }
        return of(found);
    }

    private static void collect(Object document, Map<String, Map<String, Set<String>>> found) {
        if (!(document instanceof Map<?, ?> root) || !(root.get("sources") instanceof List<?> sources)) {
            return;
        }
        for (Object item : sources) {
            if (!(item instanceof Map<?, ?> source) || !(source.get("name") instanceof String name)) {
                continue;
            }
            String schema = source.get("schema") instanceof String s ? s : name;
            if (!(source.get("tables") instanceof List<?> list)) {
                continue;
            }
            for (Object entry : list) {
                if (!(entry instanceof Map<?, ?> table) || !(table.get("name") instanceof String tableName)) {
                    continue;
                }
                String identifier = table.get("identifier") instanceof String id ? id : tableName;
                Set<String> columns = found.computeIfAbsent(schema, k -> new TreeMap<>())
                        .computeIfAbsent(identifier, k -> new TreeSet<>());
                if (table.get("columns") instanceof List<?> declared) {
                    for (Object column : declared) {
                        if (column instanceof Map<?, ?> c && c.get("name") instanceof String columnName) {
                            columns.add(columnName);
                        }
                    }
                }
            }
        }
    }

    /**
     * The same tables with the columns a warehouse has (schema and table matched without regard to case): for
     * each declared table the warehouse has, its columns replace the declared ones; {@code notes} gets a line per
     * table whose columns differ. Tables the warehouse lacks keep their declared columns.
     */
    public SourceCatalog withWarehouseColumns(Map<String, Map<String, Set<String>>> warehouse, List<String> notes) {
        Map<String, Map<String, Set<String>>> merged = new TreeMap<>();
        tables.forEach((schema, byTable) -> byTable.forEach((table, declared) -> {
            Set<String> real = warehouse.getOrDefault(schema.toLowerCase(java.util.Locale.ROOT), Map.of())
                    .get(table.toLowerCase(java.util.Locale.ROOT));
            Set<String> columns = real == null ? declared : real;
            if (real != null && !real.equals(declared)) {
                Set<String> missing = new TreeSet<>(declared);
                missing.removeAll(real);
                Set<String> added = new TreeSet<>(real);
                added.removeAll(declared);
                notes.add("Note: " + schema + "." + table + " in the warehouse differs from sources.yml; drafting "
                        + "uses the warehouse's columns" + (added.isEmpty() ? "" : " (only in the warehouse: "
                        + String.join(", ", added) + ")") + (missing.isEmpty() ? "" : " (declared but not in the "
                        + "warehouse: " + String.join(", ", missing) + ")"));
            }
            merged.computeIfAbsent(schema, k -> new TreeMap<>()).put(table, columns);
        }));
        return of(merged);
    }

    public boolean isEmpty() {
        return tables.isEmpty();
    }

    public Set<String> schemas() {
        return tables.keySet();
    }

    public Set<String> tables() {
        Set<String> all = new TreeSet<>();
        tables.values().forEach(byTable -> all.addAll(byTable.keySet()));
        return all;
    }

    public Set<String> columns() {
        Set<String> all = new TreeSet<>();
        tables.values().forEach(byTable -> byTable.values().forEach(all::addAll));
        return all;
    }

    public boolean hasTable(String schema, String table) {
        return tables.getOrDefault(schema, Map.of()).containsKey(table);
    }

    /** Declared columns of a table; empty when unknown or declared without columns. */
    public Set<String> columns(String schema, String table) {
        return tables.getOrDefault(schema, Map.of()).getOrDefault(table, Set.of());
    }

    /** The catalog as prompt lines: {@code - schema.table: col, col}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        tables.forEach((schema, byTable) -> byTable.forEach((table, columns) -> text.append("- ").append(schema)
                .append('.').append(table).append(": ")
                .append(columns.isEmpty() ? "(columns not declared)" : String.join(", ", columns)).append('\n')));
        return text.toString();
    }
}
