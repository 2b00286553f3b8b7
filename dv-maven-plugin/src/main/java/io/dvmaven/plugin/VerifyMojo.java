package io.dvmaven.plugin;

import io.dvmaven.model.DvLog;
import io.dvmaven.model.rules.RuleSettings;
import io.dvmaven.plugin.verify.DvVerifier;
import io.dvmaven.plugin.verify.VerifyRequest;
import io.dvmaven.plugin.verify.VerifyResult;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 *   <li><b>naming and layout rules</b> of every structure kind (DV001..DV042) over generated and hand-written models in {@code modelFolders};</li>
 *   <li><b>a real dbt run</b> ({@code compile} by default) with output in the build log and errors mapped to model
 *       files; without {@code dbtProfilesDir} on an embedded DuckDB under {@code target/dv}, so no warehouse is
 *       needed.</li>
 * </ul>
 * Writes {@code target/dv/verify-report.md}, {@code .json}, {@code verify.sarif} and JUnit XML under
 * {@code target/dv-reports/}. Spec errors and rule findings are {@code BUILD FAILURE}; a missing or broken dbt is
 * {@code BUILD ERROR} with what to set. The dbt parameters are those of {@link AbstractDbtMojo}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class VerifyMojo extends AbstractDbtMojo {

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
        VerifyResult result = new DvVerifier(dbtForce()).verify(request, log);
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
                dbtCheck(build), minDocCoverage, failOnTodo, qualityGates,
                sqlfluff == null ? null : sqlfluff.toPath().toAbsolutePath().normalize());
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
}
