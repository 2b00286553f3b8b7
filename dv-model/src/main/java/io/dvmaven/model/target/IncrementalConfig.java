package io.dvmaven.model.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dbt incremental configuration written into every insert-only vault model (hubs, links, satellites,
 * effectivity, multi-active and extended tracking satellites, transactional links). AutomateDV's SQL for these
 * selects only the rows the table does not hold yet, so the load must only insert: no {@code unique_key} is
 * written on any target (a merge or delete by key could only touch rows AutomateDV already left out, and with
 * {@code delete+insert} it would delete satellite history). PIT and bridge tables use AutomateDV's own
 * materialisations, which take none of these settings.
 *
 * @param strategy       {@code incremental_strategy}: {@code append} (a plain insert) where the adapter has it,
 *                       else {@code merge} without a key (BigQuery, which has no append: it only inserts)
 * @param onSchemaChange {@code on_schema_change}: {@code append_new_columns} by default, so a column added to a
 *                       spec is added to the existing table (history keeps NULL there) instead of being dropped
 *                       silently as dbt's default {@code ignore} would
 */
public record IncrementalConfig(String strategy, String onSchemaChange) {

    /** The strategies an insert-only model can use, per target, from each adapter's documented support. */
    private static final Map<String, Set<String>> STRATEGIES = Map.of(
            "duckdb", Set.of("append", "merge"),
            "postgres", Set.of("append", "merge"),
            "snowflake", Set.of("append", "merge"),
            "databricks", Set.of("append", "merge"),
            // dbt-spark's merge needs file_format delta, iceberg or hudi (set in dbt_project.yml)
            "spark", Set.of("append", "merge"),
            "sqlserver", Set.of("append", "merge"),
            "bigquery", Set.of("merge"));

    /** Strategies dbt knows that would rewrite or delete vault rows, with why. */
    private static final Map<String, String> REJECTED_STRATEGIES = Map.of(
            "delete+insert", "it deletes the rows of each unique_key before inserting, which would delete history",
            "insert_overwrite", "it replaces whole partitions (or the table), which would delete history",
            "microbatch", "it reloads whole time batches by event_time, which AutomateDV's insert-only SQL does not"
                    + " have");

    /** on_schema_change values for insert-only tables. */
    public static final List<String> SCHEMA_CHANGES = List.of("append_new_columns", "fail", "ignore");

    /** The defaults for a target. */
    public static IncrementalConfig defaults(WarehouseTarget target) {
        return new IncrementalConfig(target.equals(WarehouseTarget.BIGQUERY) ? "merge" : "append",
                "append_new_columns");
    }

    /** The strategies {@code target} accepts for insert-only models, sorted. */
    public static List<String> strategies(WarehouseTarget target) {
        return STRATEGIES.get(target.id()).stream().sorted().toList();
    }

    /**
     * The configuration for {@code target} with the user's overrides ({@code null} or blank keeps the target's
     * default), or the problems, each saying what to set instead.
     */
    public static Result resolve(WarehouseTarget target, String strategy, String onSchemaChange) {
        IncrementalConfig defaults = defaults(target);
        String chosenStrategy = blank(strategy) ? defaults.strategy() : strategy.trim().toLowerCase(Locale.ROOT);
        String chosenChange = blank(onSchemaChange) ? defaults.onSchemaChange()
                : onSchemaChange.trim().toLowerCase(Locale.ROOT);
        List<String> problems = new ArrayList<>();
        if (REJECTED_STRATEGIES.containsKey(chosenStrategy)) {
            problems.add("incremental strategy '" + chosenStrategy + "' cannot load AutomateDV's insert-only vault"
                    + " tables: " + REJECTED_STRATEGIES.get(chosenStrategy) + "; use one of "
                    + strategies(target) + " for " + target.id());
        } else if (!STRATEGIES.get(target.id()).contains(chosenStrategy)) {
            problems.add("incremental strategy '" + chosenStrategy + "' is not available on " + target.id()
                    + "; use one of " + strategies(target));
        }
        if (chosenChange.equals("sync_all_columns")) {
            problems.add("on_schema_change 'sync_all_columns' drops the columns a spec no longer has, and their"
                    + " history with them; use one of " + SCHEMA_CHANGES + " (append_new_columns keeps them)");
        } else if (!SCHEMA_CHANGES.contains(chosenChange)) {
            problems.add("on_schema_change '" + chosenChange + "' is unknown; use one of " + SCHEMA_CHANGES);
        }
        return new Result(problems.isEmpty() ? new IncrementalConfig(chosenStrategy, chosenChange) : null,
                List.copyOf(problems));
    }

    /** The arguments this adds to a model's {@code config(...)} call, each after a comma. */
    public String configArguments() {
        return ", incremental_strategy='" + strategy + "', on_schema_change='" + onSchemaChange + "'";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * A resolved configuration, or why there is none.
     *
     * @param config   the configuration; {@code null} when there are problems
     * @param problems what is wrong with the overrides, empty when none
     */
    public record Result(IncrementalConfig config, List<String> problems) {
    }
}
