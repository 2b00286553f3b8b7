/**
 * Running a real dbt for {@code dv:verify}, free of the Maven API so it can be tested (and reused) on its own.
 *
 * <p>Entry point: {@link io.dvmaven.plugin.dbt.DbtCheck#run(DbtCheckRequest)}, which
 * <ol>
 *   <li>finds dbt ({@link io.dvmaven.plugin.dbt.DbtLocator}: {@code <dbtExecutable>}, then a plugin-installed
 *       venv, then {@code PATH}; version-checked) or installs it ({@link io.dvmaven.plugin.dbt.DbtInstaller});</li>
 *   <li>installs offline packages from local directories and runs {@code dbt deps} only when declared packages
 *       are missing or stale ({@link io.dvmaven.plugin.dbt.DbtPackages});</li>
 *   <li>without user profiles, writes a DuckDB profile and creates the raw source tables, optionally with
 *       deterministic sample rows ({@link io.dvmaven.plugin.dbt.EmbeddedDuckDb},
 *       {@link io.dvmaven.plugin.dbt.RawTablesSql});</li>
 *   <li>runs the dbt command ({@link io.dvmaven.plugin.dbt.DbtRunner} over
 *       {@link io.dvmaven.plugin.dbt.ProcessRunner}) and maps its errors to project files
 *       ({@link io.dvmaven.plugin.dbt.DbtErrorParser}) and its per-node results
 *       ({@link io.dvmaven.plugin.dbt.RunResultsReader}).</li>
 * </ol>
 * Environment problems are {@link io.dvmaven.plugin.dbt.DbtException}s carrying a fix; dbt failing on the project
 * is a report whose {@code success()} is false, with {@link io.dvmaven.model.Diagnostic}s.
 */
package io.dvmaven.plugin.dbt;
