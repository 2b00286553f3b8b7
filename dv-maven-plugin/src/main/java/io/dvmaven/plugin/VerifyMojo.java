package io.dvmaven.plugin;

import io.dvmaven.model.DvLog;
import io.dvmaven.model.rules.RuleSettings;
import io.dvmaven.plugin.dbt.DbtCheckRequest;
import io.dvmaven.plugin.dbt.DbtInstaller;
import io.dvmaven.plugin.dbt.DbtLocator;
import io.dvmaven.plugin.verify.DvVerifier;
import io.dvmaven.plugin.verify.VerifyRequest;
import io.dvmaven.plugin.verify.VerifyResult;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the dbt project before anyone reviews it, and fails the build once, listing everything found:
 * <ul>
 *   <li><b>drift</b>: re-renders the project from the specs in memory (same naming, templates and shims as
 *       {@code dv:generate}) and compares with the disk: stale or missing generated files fail ("run mvn
 *       dv:generate"); generated files edited by hand are reported (and fail with {@code failOnWarning});</li>
 *   <li><b>naming rules</b> DV001..DV014 over generated and hand-written models in {@code modelFolders};</li>
 *   <li><b>a real dbt run</b> ({@code compile} by default) with output in the build log and errors mapped to model
 *       files; without {@code dbtProfilesDir} on an embedded DuckDB under {@code target/dv}, so no warehouse is
 *       needed.</li>
 * </ul>
 * Writes {@code target/dv/verify-report.md}, {@code .json}, {@code verify.sarif} and JUnit XML under
 * {@code target/dv-reports/}. Spec errors and rule findings are {@code BUILD FAILURE}; a missing or broken dbt is
 * {@code BUILD ERROR} with what to set.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class VerifyMojo extends AbstractDvMojo {

    /** dbt commands the goal accepts. */
    static final Set<String> DBT_COMMANDS = Set.of("parse", "compile", "build");

    /**
     * Skips only this goal, e.g. for a quick {@code mvn install} while iterating on specs.
     *
     * <p>Default: {@code false}. Property: {@code dv.verify.skip}. Example: {@code mvn install -Ddv.verify.skip=true}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERIFY_SKIP, defaultValue = "false")
    private boolean verifySkip;

    /**
     * Severity per rule id: {@code ERROR} (fails the build), {@code WARNING} (logged; fails with
     * {@code failOnWarning}), {@code INFO} or {@code OFF}. Rules not named keep their default severity. Unknown ids
     * or severities fail the build listing the known ones, so a typo never silently switches a rule off.
     *
     * <p>Default: none (every rule at its default severity). No property. Example:
     * <pre>{@code
     * <ruleSeverities>
     *   <DV010>ERROR</DV010>
     *   <DV003>WARNING</DV003>
     * </ruleSeverities>
     * }</pre>
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> ruleSeverities;

    /**
     * Rule ids not to run, comma separated. To accept a single finding instead, put {@code -- dv:ignore DV004} on
     * its line.
     *
     * <p>Default: none. Property: {@code dv.verify.skipRules}. Example:
     * <pre>{@code <skipRules>DV010,DV011</skipRules>}</pre> or {@code -Ddv.verify.skipRules=DV010,DV011}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERIFY_SKIP_RULES)
    private String skipRules;

    /**
     * Fails the build on warnings too: rule findings of severity WARNING and generated files edited by hand.
     * Useful in CI once a project is clean.
     *
     * <p>Default: {@code false}. Property: {@code dv.verify.failOnWarning}. Example:
     * <pre>{@code <failOnWarning>true</failOnWarning>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERIFY_FAIL_ON_WARNING, defaultValue = "false")
    private boolean failOnWarning;

    /**
     * The share of model columns (percent, 0 to 100) that must carry a description; verify fails below it. Only
     * descriptions from the specs or written by hand count (the generator makes none up); the report lists coverage
     * per model and every column without one.
     *
     * <p>Default: {@code 0} (no minimum). Property: {@code dv.verify.minDocCoverage}. Example:
     * <pre>{@code <minDocCoverage>80</minDocCoverage>}</pre>
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.VERIFY_MIN_DOC_COVERAGE, defaultValue = "0")
    private int minDocCoverage;

    /**
     * Fails verify while a business-rule test that dv:generate wrote for you to complete
     * ({@code tests/business_rules/*.sql}) still holds {@code config(enabled=false}. Without it such rules are
     * listed in the log and the report only.
     *
     * <p>Default: {@code false}. Property: {@code dv.verify.failOnTodo}. Example:
     * <pre>{@code <failOnTodo>true</failOnTodo>}</pre>
     *
     * @since 0.2.0
     */
    @Parameter(property = PropertyNames.VERIFY_FAIL_ON_TODO, defaultValue = "false")
    private boolean failOnTodo;

    /**
     * How many rule findings (and drift lines, and dbt errors) the failure message lists before
     * "… and N more"; the reports always hold all of them.
     *
     * <p>Default: {@code 50}. Property: {@code dv.verify.maxListedFindings}. Example:
     * <pre>{@code <maxListedFindings>20</maxListedFindings>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERIFY_MAX_LISTED_FINDINGS, defaultValue = "50")
    private int maxListedFindings;

    /**
     * Model folders the naming rules check, relative to the dbt project (as dbt's {@code model-paths}).
     *
     * <p>Default: {@code models}. Property: {@code dv.verify.modelFolders} (comma separated). Example:
     * <pre>{@code <modelFolders><modelFolder>models</modelFolder><modelFolder>marts</modelFolder></modelFolders>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERIFY_MODEL_FOLDERS, defaultValue = "models")
    private List<String> modelFolders;

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

    /** The build directory; reports go to {@code dv/} and {@code dv-reports/} under it. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    /**
     * Fails the build (instead of warning) when a spec approved with dv:approve was edited since, per the hashes in
     * {@code dv-approvals.json}.
     *
     * <p>Default: {@code false}. Property: {@code dv.verify.failOnEditedApprovals}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERIFY_FAIL_ON_EDITED_APPROVALS, defaultValue = "false")
    private boolean failOnEditedApprovals;

    /**
     * Quality gates for the models of the entities approved in {@code dv-approvals.json} only: {@code dbt compile}
     * and {@code dbt build --select} on an embedded DuckDB of their own with 6 deterministic sample rows per raw
     * table, then {@code sqlfluff lint} of their files with the dbt templater. Results go into the verify reports;
     * a failing gate, or sqlfluff missing, fails the build. Needs dbt (not with {@code dv.dbt.skip}).
     *
     * <p>Default: {@code false}. Property: {@code dv.verify.qualityGates}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERIFY_QUALITY_GATES, defaultValue = "false")
    private boolean qualityGates;

    /**
     * The sqlfluff of the SQL lint quality gate (with sqlfluff-templater-dbt, in a Python that has dbt-duckdb).
     * Without it sqlfluff is looked for next to dbt, then on the PATH.
     *
     * <p>Default: none. Property: {@code dv.verify.sqlfluff}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERIFY_SQLFLUFF)
    private File sqlfluff;

    @Override
    protected void doExecute(DvLog log) throws Exception {
        VerifyRequest request = request();
        ApprovalVerification.check(dbtProjectDirectory(), failOnEditedApprovals, log);
        VerifyResult result = new DvVerifier(dbtForce).verify(request, log);
        if (result.failed()) {
            throw new MojoFailureException(Failures.verifyFailed(result, maxListedFindings));
        }
    }

    /** The request built from the parameters; validates what the core cannot word in POM terms. */
    VerifyRequest request() throws MojoFailureException, io.dvmaven.plugin.dbt.DbtException {
        if (maxListedFindings < 1) {
            throw new MojoFailureException("maxListedFindings must be 1 or more, was " + maxListedFindings
                    + " (fix <maxListedFindings> or -D" + PropertyNames.VERIFY_MAX_LISTED_FINDINGS + ")");
        }
        List<String> folders = modelFolders == null ? List.of() : modelFolders.stream().map(String::trim)
                .filter(folder -> !folder.isEmpty()).toList();
        if (folders.isEmpty()) {
            throw new MojoFailureException("modelFolders is empty (set <modelFolders> or -D"
                    + PropertyNames.VERIFY_MODEL_FOLDERS + ", e.g. models)");
        }
        Path build = buildDirectory == null ? dbtProjectDirectory().resolve("target")
                : buildDirectory.toPath().toAbsolutePath().normalize();
        RuleSettings rules = RuleSettings.defaults()
                .withSeverities(ruleSeverities == null ? Map.of() : ruleSeverities)
                .withSkipped(RuleSettings.parseIds(skipRules))
                .withFailOnWarning(failOnWarning)
                .withMaxListed(maxListedFindings);
        if (minDocCoverage < 0 || minDocCoverage > 100) {
            throw new MojoFailureException("minDocCoverage must be a percentage from 0 to 100, was " + minDocCoverage
                    + " (fix <minDocCoverage> or -D" + PropertyNames.VERIFY_MIN_DOC_COVERAGE + ")");
        }
        return new VerifyRequest(generateRequest(build.resolve("dv"), false, null), build, folders, rules,
                dbtSkip ? null : dbtCheck(build), minDocCoverage, failOnTodo, qualityGates,
                sqlfluff == null ? null : sqlfluff.toPath().toAbsolutePath().normalize());
    }

    private DbtCheckRequest dbtCheck(Path build) throws MojoFailureException {
        String command = dbtCommand == null || dbtCommand.isBlank() ? "compile" : dbtCommand.trim();
        if (!DBT_COMMANDS.contains(command)) {
            throw new MojoFailureException("Invalid dbtCommand '" + dbtCommand + "': use parse, compile or build "
                    + "(fix <dbtCommand> or -D" + PropertyNames.DBT_COMMAND + ")");
        }
        if (dbtTimeout < 1) {
            throw new MojoFailureException("dbtTimeout must be 1 second or more, was " + dbtTimeout + " (fix "
                    + "<dbtTimeout> or -D" + PropertyNames.DBT_TIMEOUT + ")");
        }
        if (dbtSampleRows < 0) {
            throw new MojoFailureException("dbtSampleRows must be 0 or more, was " + dbtSampleRows + " (fix "
                    + "<dbtSampleRows> or -D" + PropertyNames.DBT_SAMPLE_ROWS + ")");
        }
        Path project = dbtProjectDirectory();
        Map<String, Path> packages = new TreeMap<>();
        Map<String, String> configured = new TreeMap<>(offlinePackages == null ? Map.of() : offlinePackages);
        configured.putAll(parseOfflinePackageList(offlinePackageList));
        if (!configured.isEmpty()) {
            List<String> empty = new ArrayList<>();
            configured.forEach((name, directory) -> {
                if (directory == null || directory.isBlank()) {
                    empty.add(name);
                } else {
                    packages.put(name, project.resolve(directory.trim()).normalize());
                }
            });
            if (!empty.isEmpty()) {
                throw new MojoFailureException("offlinePackages has no directory for " + String.join(", ", empty)
                        + " (give each <offlinePackages><name> the package's directory, or remove it)");
            }
        }
        Path install = dbtInstallDirectory != null ? dbtInstallDirectory.toPath().toAbsolutePath().normalize()
                : localRepository != null ? DbtInstaller.defaultInstallDirectory(localRepository.toPath(),
                dbtInstallCoreVersion, dbtInstallDuckdbVersion)
                : build.resolve("dv").resolve("dbt-venv");
        return DbtCheckRequest.builder(project, build.resolve("dv"))
                .command(command)
                .extraArgs(dbtArgs == null ? List.of() : dbtArgs)
                .dbtExecutable(dbtExecutable == null ? null : dbtExecutable.toPath().toAbsolutePath().normalize())
                .versionRange(dbtVersion)
                .install(dbtInstall)
                .installDirectory(install)
                .installVersions(dbtInstallCoreVersion, dbtInstallDuckdbVersion)
                .profilesDirectory(dbtProfilesDir())
                .target(dbtTarget())
                .environment(environment())
                .timeout(Duration.ofSeconds(dbtTimeout))
                .offlinePackages(packages)
                .runDeps(dbtDeps)
                .sampleRows(dbtSampleRows)
                .offline(session != null && session.isOffline())
                .build();
    }

    /** {@code <NAME/>} in the POM gives a null value; dbt gets an empty variable then. */
    private Map<String, String> environment() {
        Map<String, String> environment = new TreeMap<>();
        if (dbtEnvironment != null) {
            dbtEnvironment.forEach((name, value) -> environment.put(name, value == null ? "" : value));
        }
        if (session != null && session.getSettings() != null) {
            environment.putAll(MavenProxyEnvironment.of(session.getSettings().getProxies(), environment));
        }
        return environment;
    }

    @Override
    protected String goal() {
        return "verify";
    }

    @Override
    protected boolean isGoalSpecificSkip() {
        return verifySkip;
    }

    @Override
    protected String goalSkipProperty() {
        return PropertyNames.VERIFY_SKIP;
    }

    /** Parses {@code name=dir,name=dir}; a pair without '=' is a user mistake, reported with the fix. */
    static Map<String, String> parseOfflinePackageList(String list) throws MojoFailureException {
        Map<String, String> parsed = new TreeMap<>();
        if (list == null || list.isBlank()) {
            return parsed;
        }
        for (String pair : list.split(",")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new MojoFailureException("-D" + PropertyNames.DBT_OFFLINE_PACKAGES + " entry '" + pair.trim()
                        + "' is not name=directory (write e.g. automate_dv=/opt/dbt/automate_dv,dbt_utils=/opt/dbt/dbt_utils)");
            }
            parsed.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return parsed;
    }
}
