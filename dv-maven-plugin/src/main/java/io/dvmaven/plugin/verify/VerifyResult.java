package io.dvmaven.plugin.verify;

import io.dvmaven.generate.GenerationPlan;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.report.DriftEntry;
import io.dvmaven.model.report.VerifyOutcome;
import io.dvmaven.model.rules.Finding;
import io.dvmaven.model.rules.RuleResult;
import io.dvmaven.plugin.dbt.DbtCheckReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything one verify run found.
 *
 * @param plan    the generation plan the drift check compared with the disk
 * @param rules   rule findings over the model folders
 * @param drift   generated files out of step with the specs, sorted by path
 * @param dbt     the dbt check, or {@code null} when dbt was skipped
 * @param outcome what the reports rendered
 * @param reports report files written
 * @param summary the one-line summary logged at the end
 */
public record VerifyResult(GenerationPlan plan, RuleResult rules, List<DriftEntry> drift, DbtCheckReport dbt,
                           VerifyOutcome outcome, List<Path> reports, String summary) {

    public VerifyResult {
        drift = List.copyOf(drift);
        reports = List.copyOf(reports);
    }

    public Optional<DbtCheckReport> dbtReport() {
        return Optional.ofNullable(dbt);
    }

    public boolean failOnWarning() {
        return outcome.failOnWarning();
    }

    /** Rule findings that fail the build (errors; warnings too with failOnWarning). */
    public List<Finding> failingFindings() {
        return rules.failing(outcome.failOnWarning());
    }

    /**
     * Drift that fails the build: stale and missing generated files, and hand-edited generated files when
     * warnings fail the build.
     */
    public List<DriftEntry> failingDrift() {
        return drift.stream().filter(d -> d.kind().fails() || outcome.failOnWarning()).toList();
    }

    /** True when dbt ran and failed (exit code, errors or failing tests). */
    public boolean dbtFailed() {
        return dbt != null && (!dbt.success() || outcome.dbt().map(run -> run.failed()).orElse(false));
    }

    /** dbt's errors mapped to project files ({@code models/...sql:3:1: ...}); empty when dbt passed. */
    public List<Diagnostic> dbtErrors() {
        if (!dbtFailed()) {
            return List.of();
        }
        return dbt.result().diagnostics().stream().filter(Diagnostic::isError).sorted().toList();
    }

    public boolean failed() {
        return !failingFindings().isEmpty() || !failingDrift().isEmpty() || dbtFailed()
                || outcome.coverage().failed() || outcome.todo().failed()
                || outcome.qualityGates().map(gates -> gates.failed()).orElse(false);
    }
}
