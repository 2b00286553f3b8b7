package io.dvmaven.model.report;

import io.dvmaven.model.rules.RuleResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one verify run found, which every report renders.
 *
 * @param toolVersion   plugin version, for report headers and the SARIF driver
 * @param rules         rule findings, rule list and models checked
 * @param failOnWarning whether warnings fail the run
 * @param drift         generated files out of step with the specs, sorted by path
 * @param dbt           the dbt run, empty when dbt did not run
 * @param coverage      documentation coverage of the models, with the minimum asked for
 * @param todo          business-rule tests still to complete
 * @param qualityGates  the quality gates of the approved entities, empty when not asked for
 */
public record VerifyOutcome(String toolVersion, RuleResult rules, boolean failOnWarning, List<DriftEntry> drift,
                            Optional<DbtRun> dbt, DocCoverage coverage, TodoFiles todo,
                            Optional<QualityGateRun> qualityGates) {

    public VerifyOutcome {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(rules, "rules");
        List<DriftEntry> sorted = new ArrayList<>(drift);
        Collections.sort(sorted);
        drift = List.copyOf(sorted);
        Objects.requireNonNull(dbt, "dbt");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(todo, "todo");
        Objects.requireNonNull(qualityGates, "qualityGates");
    }

    /** An outcome without quality gates. */
    public VerifyOutcome(String toolVersion, RuleResult rules, boolean failOnWarning, List<DriftEntry> drift,
                         Optional<DbtRun> dbt, DocCoverage coverage, TodoFiles todo) {
        this(toolVersion, rules, failOnWarning, drift, dbt, coverage, todo, Optional.empty());
    }

    /** The same outcome with the quality gates' results. */
    public VerifyOutcome withQualityGates(QualityGateRun run) {
        return new VerifyOutcome(toolVersion, rules, failOnWarning, drift, dbt, coverage, todo, Optional.of(run));
    }

    /** An outcome without documentation coverage or files to complete. */
    public VerifyOutcome(String toolVersion, RuleResult rules, boolean failOnWarning, List<DriftEntry> drift,
                         Optional<DbtRun> dbt) {
        this(toolVersion, rules, failOnWarning, drift, dbt, DocCoverage.none(), TodoFiles.none());
    }

    /** Rule findings only: no drift check, no dbt run. */
    public static VerifyOutcome ofRules(String toolVersion, RuleResult rules, boolean failOnWarning) {
        return new VerifyOutcome(toolVersion, rules, failOnWarning, List.of(), Optional.empty());
    }

    /**
     * True when failing rule findings, stale or missing generated files, or dbt errors/failures exist, or the
     * documentation coverage or files to complete fail the minimum asked for, or a quality gate fails.
     */
    public boolean failed() {
        return rules.failed(failOnWarning) || drift.stream().anyMatch(d -> d.kind().fails())
                || dbt.map(DbtRun::failed).orElse(false) || coverage.failed() || todo.failed()
                || qualityGates.map(QualityGateRun::failed).orElse(false);
    }
}
