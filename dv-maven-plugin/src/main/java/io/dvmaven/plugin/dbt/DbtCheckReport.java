package io.dvmaven.plugin.dbt;

import java.util.List;
import java.util.Map;

/**
 * What one dbt check did.
 *
 * @param dbt             the dbt that ran
 * @param result          exit code, mapped diagnostics, node results, summary line
 * @param embedded        the embedded DuckDB setup, or {@code null} with user profiles
 * @param offlinePackages packages installed from local directories
 * @param depsRan         whether {@code dbt deps} ran
 * @param automateDv      which automate_dv the project uses, for the log ("AutomateDV 0.11.5 at ...",
 *                        "automate_dv SIGNATURE STAND-IN at ...") or {@code null} when it has none
 * @param modelRowCounts  rows per vault model (hub, link, satellite) in the embedded DuckDB after a successful
 *                        {@code build} or {@code run}, sorted by model; empty otherwise
 */
public record DbtCheckReport(DbtExecutable dbt, DbtRunResult result, EmbeddedDuckDb.Setup embedded,
                             List<String> offlinePackages, boolean depsRan, String automateDv,
                             Map<String, Long> modelRowCounts) {

    public DbtCheckReport {
        offlinePackages = List.copyOf(offlinePackages);
        modelRowCounts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(modelRowCounts));
    }

    public DbtCheckReport(DbtExecutable dbt, DbtRunResult result, EmbeddedDuckDb.Setup embedded,
                          List<String> offlinePackages, boolean depsRan, String automateDv) {
        this(dbt, result, embedded, offlinePackages, depsRan, automateDv, Map.of());
    }

    public boolean success() {
        return result.success();
    }
}
