package io.dvmaven.templates;

import io.dvmaven.model.target.WarehouseTarget;

import java.util.List;

/**
 * The dispatch macros a target needs beside AutomateDV 0.11.5, generated into {@code macros/dv/} as owned files.
 * dbt looks for {@code <root project>.<adapter>__<macro>} before the package's implementations, so these need no
 * {@code dispatch:} block in {@code dbt_project.yml}.
 * <ul>
 *   <li>duckdb: {@code automate_dv_duckdb_shims}: the {@code duckdb__*} macros AutomateDV lacks (on by default
 *       through {@code duckdbShims}, which also keeps them for another target when asked).</li>
 *   <li>spark: {@code automate_dv_spark_dispatch}: every {@code spark__*} macro handing over to AutomateDV's
 *       {@code databricks__*} implementation (AutomateDV supports Databricks, and dbt-spark declares no parent).</li>
 *   <li>postgres, snowflake, databricks, sqlserver, bigquery: none; AutomateDV implements them.</li>
 * </ul>
 */
public final class TargetMacros {

    /** Template (and file) name of the DuckDB shims. */
    public static final String DUCKDB_SHIMS = "automate_dv_duckdb_shims";
    /** Template (and file) name of the Spark dispatch. */
    public static final String SPARK_DISPATCH = "automate_dv_spark_dispatch";

    private TargetMacros() {
    }

    /**
     * File names (without {@code .sql}) to generate under {@code macros/dv/}, sorted.
     *
     * @param duckdbShims the {@code duckdbShims} setting: the DuckDB shims are generated for the duckdb target,
     *                    and for another target only while the setting is left on and the target is the default
     */
    public static List<String> files(WarehouseTarget target, boolean duckdbShims) {
        if (target.equals(WarehouseTarget.SPARK)) {
            return List.of(SPARK_DISPATCH);
        }
        if (target.equals(WarehouseTarget.DUCKDB) && duckdbShims) {
            return List.of(DUCKDB_SHIMS);
        }
        return List.of();
    }
}
