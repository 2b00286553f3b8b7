package io.dvmaven.plugin;

import io.dvmaven.generate.FileConflictException;
import io.dvmaven.generate.GenerationIoException;
import io.dvmaven.generate.PlannedFile;
import io.dvmaven.generate.SpecErrorsException;
import io.dvmaven.init.InitException;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.report.DocCoverage;
import io.dvmaven.model.report.DriftEntry;
import io.dvmaven.model.report.QualityGateRun;
import io.dvmaven.model.report.TodoFiles;
import io.dvmaven.model.rules.Finding;
import io.dvmaven.model.rules.FindingsFormatter;
import io.dvmaven.model.rules.InvalidRuleConfigurationException;
import io.dvmaven.plugin.dbt.DbtException;
import io.dvmaven.plugin.verify.VerifyResult;
import io.dvmaven.templates.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The one place where failures of the core become Maven failures and get their wording. Mistakes the user
 * must fix (specs, edited files, templates) become {@link MojoFailureException} ("BUILD FAILURE"), each problem
 * on its own line with its fix and no stack trace; problems of the environment (I/O) become
 * {@link MojoExecutionException} ("BUILD ERROR").
 */
final class Failures {

    private Failures() {
    }

    /** Throws the Maven failure for {@code failure}; runtime exceptions (defects) pass through unchanged. */
    static void rethrow(Exception failure, AbstractDvMojo mojo) throws MojoFailureException,
            MojoExecutionException {
        String goal = "dv:" + mojo.goal();
        if (failure instanceof SpecErrorsException specErrors) {
            throw new MojoFailureException(specErrors(goal, specErrors));
        }
        if (failure instanceof InvalidRuleConfigurationException rules) {
            throw new MojoFailureException(ruleConfiguration(goal, rules));
        }
        if (failure instanceof DbtException dbt) {
            throw new MojoExecutionException(goal + " could not run dbt: " + dbt.getMessage()
                    + (dbt.fix() == null || dbt.fix().isBlank() ? "" : "\nFix: " + dbt.fix())
                    + "\n(To check only naming and drift without dbt, run with -D" + PropertyNames.DBT_SKIP
                    + "=true.)", dbt);
        }
        if (failure instanceof FileConflictException conflicts) {
            throw new MojoFailureException(conflicts(goal, conflicts));
        }
        if (failure instanceof TemplateException template) {
            throw new MojoFailureException(goal + " could not render template " + template.templateName() + ": "
                    + template.getMessage() + "\nFix or remove the override in <templateDirectory> (-D"
                    + PropertyNames.TEMPLATE_DIRECTORY + "); files not overridden use the built-in templates.");
        }
        if (failure instanceof io.dvmaven.draft.DraftException
                || failure instanceof io.dvmaven.draft.ChatException) {
            DraftFailures.rethrow(goal, failure);
        }
        if (failure instanceof InitException init) {
            throw new MojoFailureException(goal + " stopped, nothing was written: " + init.getMessage() + " ("
                    + init.path() + ")\nTo fix: " + init.fix() + ".");
        }
        if (failure instanceof GenerationIoException io) {
            throw new MojoExecutionException(goal + " failed: " + io.getMessage(), io);
        }
        if (failure instanceof IOException || failure instanceof UncheckedIOException) {
            throw new MojoExecutionException(goal + " failed: " + failure.getMessage(), failure);
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime; // a defect: keep the stack trace
        }
        throw new MojoExecutionException(goal + " failed: " + failure.getMessage(), failure);
    }

    static String specErrors(String goal, SpecErrorsException failure) {
        int count = failure.diagnostics().size();
        boolean generating = goal.equals("dv:generate");
        StringBuilder message = new StringBuilder(goal).append(" found ").append(count)
                .append(count == 1 ? " error" : " errors").append(" in the specs")
                .append(generating ? "; nothing was generated:" : "; nothing was verified:");
        for (Diagnostic diagnostic : failure.diagnostics()) {
            message.append('\n').append(diagnostic.format());
        }
        return message.append(generating ? "\nFix the specs at the locations above, then run mvn dv:generate again."
                : "\nFix the specs at the locations above, then run mvn dv:generate and verify again.").toString();
    }

    static String ruleConfiguration(String goal, InvalidRuleConfigurationException failure) {
        return goal + " has an invalid rule configuration:\n" + String.join("\n", failure.problems())
                + "\nKnown rule ids: " + String.join(", ", failure.knownIds()) + "; severities: ERROR, WARNING, INFO, "
                + "OFF. Fix <ruleSeverities> or <skipRules> (-D" + PropertyNames.VERIFY_SKIP_RULES + ").";
    }

    /**
     * The one message of a failed verify: failing rule findings, drift and dbt errors, each capped at
     * {@code maxListed} lines, each with how to fix it.
     */
    static String verifyFailed(VerifyResult result, int maxListed) {
        List<String> parts = new ArrayList<>();
        List<Finding> findings = result.failingFindings();
        List<DriftEntry> drift = result.failingDrift();
        List<Diagnostic> dbtErrors = result.dbtErrors();
        if (!findings.isEmpty()) {
            parts.add(FindingsFormatter.plural(findings.size(), "rule finding"));
        }
        if (!drift.isEmpty()) {
            parts.add(FindingsFormatter.plural(drift.size(), "generated file") + " out of step with the specs");
        }
        if (result.dbtFailed()) {
            parts.add("dbt " + result.outcome().dbt().map(run -> run.command()).orElse("") + " failed");
        }
        DocCoverage coverage = result.outcome().coverage();
        if (coverage.failed()) {
            parts.add("documentation " + coverage.percent() + "% is below the minimum " + coverage.minimumPercent()
                    + "%");
        }
        TodoFiles todo = result.outcome().todo();
        if (todo.failed()) {
            parts.add(FindingsFormatter.plural(todo.paths().size(), "business rule") + " still to complete");
        }
        List<QualityGateRun.Gate> gates = result.outcome().qualityGates().filter(QualityGateRun::failed)
                .map(run -> run.gates().stream().filter(g -> g.status() != QualityGateRun.Status.PASSED).toList())
                .orElse(List.of());
        if (!gates.isEmpty()) {
            parts.add("quality gates of the approved entities failed (" + String.join(", ", gates.stream()
                    .map(QualityGateRun.Gate::name).toList()) + ")");
        }
        StringBuilder message = new StringBuilder("dv:verify failed: ").append(String.join(", ", parts))
                .append('.');
        if (coverage.failed()) {
            message.append("\nColumns without a description: describe them in the specs (attribute description), "
                    + "see the report for the list per model.");
        }
        for (QualityGateRun.Gate gate : gates) {
            message.append("\nQuality gate ").append(gate.name()).append(": ").append(gate.status().label())
                    .append(gate.detail().isEmpty() ? "" : " (" + gate.detail() + ")");
            gate.problems().stream().limit(maxListed).forEach(problem -> message.append('\n')
                    .append(problem.format()));
            more(message, gate.problems().size(), maxListed);
        }
        if (todo.failed()) {
            message.append("\nBusiness rules to complete (write the rule, then delete enabled=false):");
            todo.paths().stream().limit(maxListed).forEach(path -> message.append('\n').append(path));
            more(message, todo.paths().size(), maxListed);
        }
        if (!findings.isEmpty()) {
            message.append('\n').append(String.join("\n",
                    new FindingsFormatter(maxListed).lines(findings, result.rules())));
        }
        if (!drift.isEmpty()) {
            message.append("\nGenerated files out of step with the specs:");
            drift.stream().limit(maxListed).forEach(entry -> message.append('\n').append(entry.path())
                    .append(": [").append(entry.kind().label()).append("] ").append(entry.detail()));
            more(message, drift.size(), maxListed);
            boolean edited = drift.stream().anyMatch(entry -> entry.kind() == DriftEntry.Kind.EDITED);
            message.append("\nTo fix: run mvn dv:generate").append(edited ? " (hand-edited files: move the edits "
                    + "into the specs or a template override first, or add -Ddv.overwrite=true to replace them)" : "")
                    .append(", then commit the regenerated files.");
        }
        if (result.dbtFailed()) {
            String command = result.outcome().dbt().map(run -> run.command()).orElse("");
            message.append("\ndbt ").append(command).append(" failed");
            if (dbtErrors.isEmpty()) {
                message.append(": see the dbt output above");
                result.outcome().dbt().ifPresent(run -> run.nodes().stream()
                        .filter(node -> node.isError() || node.isFailure()).limit(maxListed)
                        .forEach(node -> message.append('\n').append(node.name()).append(": ")
                                .append(node.status()).append(node.message().isEmpty() ? "" : " " + node.message())));
            } else {
                message.append(':');
                dbtErrors.stream().limit(maxListed).forEach(error -> message.append('\n').append(error.format()));
                more(message, dbtErrors.size(), maxListed);
            }
            message.append("\nFix the models at the locations above (the full dbt output is in the log above).");
        }
        result.reports().stream().findFirst().ifPresent(report -> message.append("\nReport: ").append(report));
        return message.toString();
    }

    private static void more(StringBuilder message, int total, int maxListed) {
        if (total > maxListed) {
            message.append("\n… and ").append(total - maxListed).append(" more");
        }
    }

    static String conflicts(String goal, FileConflictException failure) {
        int count = failure.conflicts().size();
        StringBuilder message = new StringBuilder(goal).append(" stopped: ").append(count)
                .append(count == 1 ? " file" : " files")
                .append(" would be overwritten or deleted, but ")
                .append(count == 1 ? "it was" : "they were")
                .append(" edited by hand or not generated by dv-maven-plugin; nothing was written:");
        for (PlannedFile file : failure.conflicts()) {
            message.append('\n').append(file.path()).append(": ").append(file.detail());
        }
        return message.append("\nTo fix: ").append(FileConflictException.FIX)
                .append(" (or set <overwrite>true</overwrite>).").toString();
    }
}
