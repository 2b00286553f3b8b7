package io.dvmaven.plugin;

import io.dvmaven.plugin.dbt.DbtCheckRequest;
import io.dvmaven.plugin.dbt.DbtLocator;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of a goal that runs dbt: which dbt (found, or installed into a venv), what it runs, its packages,
 * environment, timeout and the embedded DuckDB's sample rows. The goal gets them as one {@link DbtCheckRequest}
 * ({@link #dbtCheck(Path)}); {@link DbtParameters} validates them.
 */
public abstract class AbstractDbtMojo extends AbstractDvMojo {

    /**
     * Skips the dbt run; drift and naming rules still run. For machines without dbt where
     * {@code dbtInstall} is not wanted.
     *
     * <p>Default: {@code false}. Property: {@code dv.dbt.skip}. Example: {@code mvn verify -Ddv.dbt.skip=true}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_SKIP, defaultValue = "false")
    private boolean dbtSkip;

    /**
     * Runs dbt even when nothing it reads (specs, models, macros, packages, {@code dbt_project.yml}, profile, dbt
     * executables, plugin, these parameters) changed since the last green verify; without it such a verify does not
     * start dbt and says so.
     *
     * <p>Default: {@code false}. Property: {@code dv.dbt.force}. Example: {@code mvn verify -Ddv.dbt.force=true}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_FORCE, defaultValue = "false")
    private boolean dbtForce;

    /**
     * The dbt executable. When unset, every {@code PATH} entry is tried (your own dbt), then the venv installed by
     * {@code dbtInstall}; the first dbt within {@code dbtVersion} that has the needed adapter wins, and the build log
     * says in one line which one and why. The provisioned venv never overrides a dbt of yours that fits.
     *
     * <p>Default: none (search). Property: {@code dv.dbt.executable}. Example:
     * <pre>{@code <dbtExecutable>/opt/dbt/bin/dbt</dbtExecutable>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_EXECUTABLE)
    private File dbtExecutable;

    /**
     * The dbt-core versions accepted, as a range: conditions separated by spaces, all must hold.
     *
     * <p>Default: {@code >=1.10.5 <2} (1.10.5 is the first dbt that reads generic-test {@code arguments:}; 1.10 and
     * 1.11 are tested). Property: {@code dv.dbt.version}. Example:
     * <pre>{@code <dbtVersion>>=1.10 &lt;1.11</dbtVersion>}</pre> (XML needs {@code &lt;} for {@code <})
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_VERSION, defaultValue = DbtLocator.DEFAULT_VERSION_RANGE)
    private String dbtVersion;

    /**
     * What dbt does: {@code parse} (fast, checks YAML and Jinja structure), {@code compile} (renders every model and
     * test: catches broken macro calls) or {@code build} (runs models and tests; on the embedded DuckDB combine
     * with {@code dbtSampleRows}).
     *
     * <p>Default: {@code compile}. Property: {@code dv.dbt.command}. Example: {@code -Ddv.dbt.command=build}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_COMMAND, defaultValue = "compile")
    private String dbtCommand;

    /**
     * Extra arguments appended to the dbt command line.
     *
     * <p>Default: none. Property: {@code dv.dbt.args} (comma separated). Example:
     * <pre>{@code <dbtArgs><arg>--select</arg><arg>h_member+</arg></dbtArgs>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_ARGS)
    private List<String> dbtArgs;

    /**
     * Extra environment variables for dbt, e.g. what your {@code profiles.yml} reads with {@code env_var()}.
     * Values are never logged.
     *
     * <p>Default: none. No property. Example:
     * <pre>{@code <dbtEnvironment><SNOWFLAKE_ROLE>CI</SNOWFLAKE_ROLE></dbtEnvironment>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> dbtEnvironment;

    /**
     * Seconds after which dbt is killed (with its child processes) and the build fails.
     *
     * <p>Default: {@code 1800}. Property: {@code dv.dbt.timeout}. Example: {@code <dbtTimeout>600</dbtTimeout>}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_TIMEOUT, defaultValue = "1800")
    private int dbtTimeout;

    /**
     * Rows of deterministic synthetic data per raw source table in the embedded DuckDB (business keys shared
     * across sources, attribute changes over two loads), so {@code build} exercises loading and tests on data.
     * Ignored with {@code dbtProfilesDir}.
     *
     * <p>Default: {@code 0} (empty tables). Property: {@code dv.dbt.sampleRows}. Example:
     * {@code -Ddv.dbt.command=build -Ddv.dbt.sampleRows=1000}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_SAMPLE_ROWS, defaultValue = "0")
    private int dbtSampleRows;

    /**
     * dbt packages taken from local directories instead of the network, for firewalled sites: package name (as in
     * its {@code dbt_project.yml}) to directory. Each is linked (or copied) into the packages install path; packages
     * all installed this way need no {@code dbt deps}. Relative paths are resolved against the project directory.
     *
     * <p>Default: none. On the command line use {@code offlinePackageList}. Example:
     * <pre>
     * &lt;offlinePackages&gt;
     *   &lt;automate_dv&gt;${env.AUTOMATE_DV_DIR}&lt;/automate_dv&gt;
     *   &lt;dbt_utils&gt;${env.DBT_UTILS_DIR}&lt;/dbt_utils&gt;
     * &lt;/offlinePackages&gt;
     * </pre>
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> offlinePackages;

    /**
     * The same as {@code offlinePackages}, written as one property for the command line: comma-separated
     * {@code name=directory} pairs. Entries here add to (and override) {@code offlinePackages}.
     *
     * <p>Default: none. Property: {@code dv.dbt.offlinePackages}. Example:
     * {@code -Ddv.dbt.offlinePackages=automate_dv=/opt/dbt/automate_dv,dbt_utils=/opt/dbt/dbt_utils}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_OFFLINE_PACKAGES)
    private String offlinePackageList;

    /**
     * Runs {@code dbt deps} when {@code packages.yml} declares packages that are not installed (or changed since).
     * Switch it off when packages are installed by other means.
     *
     * <p>Default: {@code true}. Property: {@code dv.dbt.deps}. Example: {@code <dbtDeps>false</dbtDeps>}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_DEPS, defaultValue = "true")
    private boolean dbtDeps;

    /**
     * Installs dbt when none is found: creates a Python venv in {@code dbtInstallDirectory} and pip-installs the
     * pinned {@code dbt-core} and {@code dbt-duckdb}. Idempotent (an existing install of the same versions is
     * reused) and one build at a time. Needs {@code python3} with {@code venv} and access to PyPI.
     *
     * <p>Default: {@code false}. Property: {@code dv.dbt.install}. Example: {@code mvn verify -Ddv.dbt.install=true}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_INSTALL, defaultValue = "false")
    private boolean dbtInstall;

    /**
     * Where {@code dbtInstall} puts the venv, and where dbt is looked for first. The default lies in the local
     * Maven repository, so all projects on a machine share one install.
     *
     * <p>Default: <code>${settings.localRepository}/.cache/dv-maven-plugin/dbt-&lt;core&gt;-duckdb-&lt;duckdb&gt;</code>.
     * Property: {@code dv.dbt.installDirectory}. Example:
     * <pre>&lt;dbtInstallDirectory&gt;${project.build.directory}/dbt-venv&lt;/dbtInstallDirectory&gt;</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_INSTALL_DIRECTORY)
    private File dbtInstallDirectory;

    /**
     * The {@code dbt-core} version {@code dbtInstall} installs (pinned: 1.12 does not install from PyPI alone).
     *
     * <p>Default: {@code 1.11.16}. Property: {@code dv.dbt.install.coreVersion}. Example:
     * <pre>{@code <dbtInstallCoreVersion>1.10.23</dbtInstallCoreVersion>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_INSTALL_CORE_VERSION, defaultValue = DbtLocator.PINNED_CORE_VERSION)
    private String dbtInstallCoreVersion;

    /**
     * The {@code dbt-duckdb} version {@code dbtInstall} installs; keep its minor version equal to dbt-core's.
     *
     * <p>Default: {@code 1.11.1}. Property: {@code dv.dbt.install.duckdbVersion}. Example:
     * <pre>{@code <dbtInstallDuckdbVersion>1.10.1</dbtInstallDuckdbVersion>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_INSTALL_DUCKDB_VERSION, defaultValue = DbtLocator.PINNED_DUCKDB_VERSION)
    private String dbtInstallDuckdbVersion;

    /** The local repository, home of the default dbt install. */
    @Parameter(defaultValue = "${settings.localRepository}", readonly = true)
    private File localRepository;

    /** Offline mode ({@code mvn -o}) and proxies come from here. */
    @Parameter(defaultValue = "${session}", readonly = true)
    private org.apache.maven.execution.MavenSession session;

    /**
     * The dbt check these parameters describe, or {@code null} when {@code dbtSkip} is set.
     *
     * @param build the build directory; the embedded DuckDB and dbt's work files go to {@code dv/} under it
     * @throws MojoFailureException naming the parameter to fix when a value is invalid
     */
    protected DbtCheckRequest dbtCheck(Path build) throws MojoFailureException {
        if (dbtSkip) {
            return null;
        }
        return new DbtParameters(dbtCommand, dbtArgs, dbtExecutable, dbtVersion, dbtEnvironment, dbtTimeout,
                dbtSampleRows, offlinePackages, offlinePackageList, dbtDeps, dbtInstall, dbtInstallDirectory,
                dbtInstallCoreVersion, dbtInstallDuckdbVersion, localRepository,
                session != null && session.isOffline(),
                session == null || session.getSettings() == null ? List.of() : session.getSettings().getProxies())
                .checkRequest(dbtProjectDirectory(), build, dbtProfilesDir(), dbtTarget());
    }

    /** Whether dbt runs even when nothing it reads changed since the last green verify. */
    protected boolean dbtForce() {
        return dbtForce;
    }
}
