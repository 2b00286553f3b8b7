package io.dvmaven.plugin.dbt;

import io.dvmaven.draft.SourceCatalog;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.json.Json;
import io.dvmaven.templates.DbtText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The real columns of the declared source tables, from the warehouse a dbt profile reaches: one
 * {@code dbt show --inline} over {@code information_schema.columns} of the declared schemas, printed as JSON. The
 * result is laid over the {@code sources.yml} catalog ({@link SourceCatalog#withWarehouseColumns}): where the
 * warehouse has a declared table, its columns win, with a note when they differ.
 */
public final class WarehouseColumns {

    private final ProcessRunner runner;
    private final DvLog log;

    public WarehouseColumns(ProcessRunner runner, DvLog log) {
        this.runner = runner;
        this.log = log;
    }

    /**
     * @param dbt      the dbt to run
     * @param profiles the profiles directory that reaches the warehouse
     * @param target   the profile's target, or {@code null} for its default
     * @return the catalog with the warehouse's columns; {@code declared} itself when the warehouse cannot be read
     *         (then a warning says why: drafting still works from {@code sources.yml})
     */
    public SourceCatalog overlay(SourceCatalog declared, DbtExecutable dbt, Path project, Path profiles,
                                 String target, Duration timeout) {
        if (declared.isEmpty()) {
            return declared;
        }
        List<String> command = new ArrayList<>(List.of(dbt.path().toString(), "--quiet", "--no-use-colors", "show",
                "--inline", query(declared.schemas()), "--limit", "-1", "--output", "json", "--project-dir",
                project.toString(), "--profiles-dir", profiles.toString()));
        if (target != null && !target.isBlank()) {
            command.addAll(List.of("--target", target));
        }
        StringBuilder out = new StringBuilder();
        ProcessResult result;
        try {
            result = runner.run(new ProcessRequest(command, project, Map.of(), timeout, false, List.of(),
                    (stream, line) -> {
                        if (stream == ProcessRequest.Stream.STDOUT) {
                            synchronized (out) {
                                out.append(line).append('\n');
                            }
                        }
                    }));
        } catch (IOException e) {
            log.warn("Cannot read the source columns from the warehouse (" + e.getMessage() + "); drafting uses "
                    + "sources.yml only");
            return declared;
        }
        Map<String, Map<String, Set<String>>> found;
        synchronized (out) {
            found = result.success() ? parse(out.toString()) : null;
        }
        if (found == null) {
            log.warn("Cannot read the source columns from the warehouse (dbt show: " + (result.timedOut()
                    ? "timed out" : "exit code " + result.exitCode()) + ": " + String.join(" / ", result.tail())
                    + "); drafting uses sources.yml only");
            return declared;
        }
        List<String> notes = new ArrayList<>();
        SourceCatalog merged = declared.withWarehouseColumns(found, notes);
        log.info("Source columns from the warehouse (profiles " + profiles + (target == null ? "" : ", target "
                + target) + "): " + found.values().stream().mapToInt(Map::size).sum() + " tables of "
                + declared.schemas().size() + " declared schemas");
        notes.forEach(log::info);
        return merged;
    }

    /** The query: schema, table and column of every table in the declared schemas (names as inert literals). */
    static String query(Set<String> schemas) {
        // dbt renders --inline SQL with Jinja first: the literals are made Jinja-inert too
        String list = schemas.stream().map(s -> DbtText.sqlStringLiteral(s.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
        return "select table_schema, table_name, column_name from information_schema.columns where "
                + "lower(table_schema) in (" + list + ") order by table_schema, table_name, ordinal_position";
    }

    /** {@code {"show": [{"table_schema": ..., "table_name": ..., "column_name": ...}]}}; {@code null} otherwise. */
    static Map<String, Map<String, Set<String>>> parse(String output) {
        int start = output.indexOf('{');
        if (start < 0) {
            return null;
        }
        Object parsed;
        try {
            parsed = Json.parse(output.substring(start));
        } catch (Json.JsonSyntaxException e) {
            return null;
        }
        if (!(parsed instanceof Map<?, ?> root) || !(root.get("show") instanceof List<?> rows)) {
            return null;
        }
        Map<String, Map<String, Set<String>>> found = new TreeMap<>();
        for (Object item : rows) {
            if (item instanceof Map<?, ?> row && row.get("table_schema") instanceof String schema
                    && row.get("table_name") instanceof String table
                    && row.get("column_name") instanceof String column) {
                found.computeIfAbsent(schema.toLowerCase(Locale.ROOT), k -> new TreeMap<>())
                        .computeIfAbsent(table.toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                        .add(column.toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }
}
