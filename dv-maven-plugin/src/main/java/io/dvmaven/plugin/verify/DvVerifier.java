package io.dvmaven.plugin.verify;

import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.GenerationIoException;
import io.dvmaven.generate.GenerationPlan;
import io.dvmaven.generate.PlannedFile;
import io.dvmaven.generate.SpecErrorsException;
import io.dvmaven.generate.UserFile;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.DbtProject;
import io.dvmaven.model.project.DbtProjectScanner;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.report.DbtNodeResult;
import io.dvmaven.model.report.DbtRun;
import io.dvmaven.model.report.DocCoverage;
import io.dvmaven.model.report.DriftEntry;
import io.dvmaven.model.report.TodoFiles;
import io.dvmaven.model.report.VerifyOutcome;
import io.dvmaven.model.report.VerifyReports;
import io.dvmaven.model.rules.Finding;
import io.dvmaven.model.rules.RuleEngine;
import io.dvmaven.model.rules.RuleResult;
import io.dvmaven.plugin.dbt.DbtCheck;
import io.dvmaven.plugin.dbt.DbtCheckReport;
import io.dvmaven.plugin.dbt.DbtCheckRequest;
import io.dvmaven.plugin.dbt.DbtException;
import io.dvmaven.plugin.dbt.PhaseTimings;
import io.dvmaven.templates.TemplateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facade of {@code dv:verify}: specs and dbt project in, one {@link VerifyResult} out. In order:
 * <ol>
 *   <li>loads the specs and re-renders the project in memory ({@link DvGenerator#plan}); spec errors stop the run
 *       like in {@code dv:generate}; every generated file that differs from the disk becomes a {@link DriftEntry}
 *       (stale, missing, or edited by hand);</li>
 *   <li>scans the model folders and runs every naming rule ({@link RuleEngine});</li>
 *   <li>unless skipped, runs dbt ({@link DbtCheck}) on the design just loaded;</li>
 *   <li>when asked for, the quality gates of the approved entities ({@link QualityGates});</li>
 *   <li>writes the reports ({@link VerifyReports}) and logs one summary line.</li>
 * </ol>
 * It never throws for findings: the caller decides from {@link VerifyResult#failed()} and words the failure.
 */
public final class DvVerifier {

    /** The fix every stale or missing generated file gets. */
    public static final String REGENERATE = "run mvn dv:generate";

    /** Why dbt did not start although it was not skipped; the summary and the reports carry it. */
    static final String UP_TO_DATE = "up to date, not started: nothing dbt reads changed since the last green verify"
            + " (-Ddv.dbt.force=true runs it anyway)";

    private final boolean forceDbt;

    public DvVerifier() {
        this(false);
    }

    /** @param forceDbt run dbt even when nothing it reads changed since the last green verify */
    public DvVerifier(boolean forceDbt) {
        this.forceDbt = forceDbt;
    }

    /**
     * @throws SpecErrorsException   a spec has an error (nothing else ran)
     * @throws TemplateException     a template override is broken
     * @throws GenerationIoException a project file could not be read
     * @throws DbtException          dbt could not be found, installed or started, or its packages installed; the
     *                               reports without the dbt part were written
     * @throws IOException           scanning the models or writing the reports failed
     */
    public VerifyResult verify(VerifyRequest request, DvLog log)
            throws SpecErrorsException, TemplateException, GenerationIoException, DbtException, IOException {
        PhaseTimings timings = new PhaseTimings();
        RuleEngine engine = RuleEngine.create(request.rules());
        DbtUpToDate upToDate = new DbtUpToDate(request.buildDirectory());
        boolean dbtUpToDate = request.dbt() != null && !forceDbt && upToDate.upToDate(request.dbt());
        timings.lap("up-to-date check");
        GenerationPlan plan = null;
        String driftPhase = "specs and drift";
        if (request.dbt() == null || dbtUpToDate) {
            // dbt will not run, so the design is not needed: when dv:generate's index says nothing changed since it
            // wrote every file, nothing can have drifted and the in-memory render is skipped
            Optional<DvGenerator.Unchanged> unchanged = new DvGenerator().unchangedPlan(request.generation());
            if (unchanged.isPresent()) {
                unchanged.get().warnings().forEach(log::warn);
                plan = unchanged.get().plan();
                driftPhase = "drift by the generate index";
            }
        }
        if (plan == null) {
            plan = new DvGenerator().plan(request.generation());
            plan.warnings().forEach(warning -> log.warn(warning.format()));
            if (plan.hasSpecErrors()) {
                throw new SpecErrorsException(plan.specErrors());
            }
        }
        List<DriftEntry> drift = drift(plan);
        new MisplacedSpecs(log).warn(request.generation().projectDirectory(), request.generation().specDirectory());
        timings.lap(driftPhase);

        DbtProject project = DbtProjectScanner.scan(request.projectDirectory(), request.modelFolders());
        RuleResult rules = engine.run(project, request.generation().naming());
        DocCoverage coverage = DocCoverage.of(project, request.minDocCoverage());
        TodoFiles todo = new TodoFiles(plan.todo().stream().map(UserFile::path).toList(), request.failOnTodo());
        completenessLog(coverage, todo, log);
        boolean failOnWarning = request.rules().failOnWarning();
        for (Finding finding : rules.findings()) {
            Severity severity = finding.diagnostic().severity();
            if (severity == Severity.WARNING && !failOnWarning) {
                log.warn(finding.format());
            } else if (severity == Severity.INFO) {
                log.info(finding.format());
            }
        }
        for (DriftEntry entry : drift) {
            if (!entry.kind().fails() && !failOnWarning) {
                log.warn(entry.path() + ": " + entry.detail());
            }
        }

        timings.lap("naming rules");
        String version = request.generation().generatorVersion();
        DbtCheckReport dbtReport = null;
        Optional<DbtRun> dbtRun = Optional.empty();
        DbtCheckRequest check = null;
        if (request.dbt() != null) {
            check = dbtUpToDate ? request.dbt() : request.dbt().withVault(plan.design().vault());
        }
        if (dbtUpToDate) {
            log.info("dbt " + command(check) + " " + UP_TO_DATE);
            dbtRun = Optional.of(new DbtRun(command(check) + " (" + UP_TO_DATE + ")", List.of()));
        } else if (check != null) {
            DbtCheckRequest run = onlyChanged(check, upToDate, log);
            upToDate.forget();
            BusinessRuleLocations ruleLocations = BusinessRuleLocations.of(plan.design());
            try {
                dbtReport = ruleLocations.relocate(new DbtCheck(log).run(run, timings));
            } catch (DbtException environment) {
                VerifyReports.write(request.buildDirectory(),
                        new VerifyOutcome(version, rules, failOnWarning, drift, Optional.empty(), coverage, todo));
                throw environment;
            }
            dbtRun = Optional.of(dbtRun(check, dbtReport, project, ruleLocations));
        } else {
            log.info("dbt skipped");
        }

        VerifyOutcome outcome = new VerifyOutcome(version, rules, failOnWarning, drift, dbtRun, coverage, todo);
        if (request.qualityGates()) {
            outcome = outcome.withQualityGates(check == null ? QualityGates.withoutDbt()
                    : new QualityGates(log).run(check, plan.design().vault(), project, request.sqlfluff()));
            timings.lap("quality gates");
        }
        List<Path> reports = VerifyReports.write(request.buildDirectory(), outcome);
        VerifyResult provisional = new VerifyResult(plan, rules, drift, dbtReport, outcome, reports, "");
        String summary = summary(provisional, project, request);
        if (dbtUpToDate) {
            summary = summary.replace("; dbt: skipped", "; dbt " + command(check) + ": " + UP_TO_DATE);
        } else if (check != null && dbtReport.success() && !provisional.failed()) {
            upToDate.recordGreen(check);
        }
        timings.lap("reports");
        log.info(summary);
        log.info(timings.line());
        log.info("Reports: " + relative(request.projectDirectory(), reports.get(0))
                + " (and .json, .sarif, JUnit XML under dv-reports/)");
        return new VerifyResult(plan, rules, drift, dbtReport, outcome, reports, summary);
    }

    /**
     * A compile limited to the models whose files alone changed since the last green verify (with dbt's partial
     * parsing the rest is known to compile); the whole project when anything else changed, on -Ddv.dbt.force=true,
     * for other commands and when the extra args select nodes themselves.
     */
    private DbtCheckRequest onlyChanged(DbtCheckRequest check, DbtUpToDate upToDate, DvLog log) throws IOException {
        if (forceDbt || !"compile".equals(command(check)) || check.selectsNodes()) {
            return check;
        }
        Optional<List<String>> changed = upToDate.changedModels(check);
        if (changed.isEmpty()) {
            return check;
        }
        log.info("dbt compile of the " + plural(changed.get().size(), "model") + " changed since the last green "
                + "verify: " + String.join(", ", changed.get()) + " (-Ddv.dbt.force=true compiles all)");
        return check.withSelection(changed.get());
    }

    /** One line on documentation coverage, one per business rule still to complete (errors when they fail). */
    private static void completenessLog(DocCoverage coverage, TodoFiles todo, DvLog log) {
        String line = "Documentation: " + coverage.summary();
        if (coverage.failed()) {
            log.error(line + ": below the minimum (dv.verify.minDocCoverage); the columns without one are listed in "
                    + "the report");
        } else {
            log.info(line);
        }
        for (String path : todo.paths()) {
            String text = path + ": business rule still to complete (remove enabled=false once the rule is written)";
            if (todo.failOnTodo()) {
                log.error(text + " (dv.verify.failOnTodo=true)");
            } else {
                log.info(text);
            }
        }
    }

    /** Every file whose state on disk differs from what the specs produce now. */
    static List<DriftEntry> drift(GenerationPlan plan) {
        List<DriftEntry> drift = new ArrayList<>();
        for (PlannedFile file : plan.drift()) {
            switch (file.action()) {
                case WRITE_NEW -> drift.add(new DriftEntry(file.path(), DriftEntry.Kind.MISSING,
                        "generated file is missing; " + REGENERATE));
                case UPDATE -> drift.add(new DriftEntry(file.path(), DriftEntry.Kind.STALE,
                        "generated file is stale (the specs or templates changed since it was generated); "
                                + REGENERATE));
                case REMOVE_STALE -> drift.add(new DriftEntry(file.path(), DriftEntry.Kind.STALE,
                        "generated file is stale (no spec produces it any more); " + REGENERATE
                                + " to remove it"));
                case EDITED_CONFLICT -> drift.add(new DriftEntry(file.path(), DriftEntry.Kind.EDITED,
                        file.isUnrecordedCopy() ? file.detail() : file.detail() + "; move the edit into the spec, "
                                + "a template override or a model of its own, then " + REGENERATE
                                + " -Ddv.overwrite=true"));
                case FOREIGN_CONFLICT -> drift.add(new DriftEntry(file.path(), DriftEntry.Kind.MISSING,
                        "generated file is missing: " + file.detail() + "; move that file away, then "
                                + REGENERATE));
                default -> {
                    // UNCHANGED never changes the disk
                }
            }
        }
        return drift;
    }

    /** dbt's node results as the reports list them; a failed run without node results reports its errors. */
    static DbtRun dbtRun(DbtCheckRequest check, DbtCheckReport report, DbtProject project,
                         BusinessRuleLocations rules) {
        List<DbtNodeResult> nodes = new ArrayList<>();
        for (io.dvmaven.plugin.dbt.DbtNodeResult node : report.result().nodes()) {
            Optional<BusinessRuleLocations.Declared> rule = node.resourceType().equals("test")
                    ? rules.forTest(node.name()) : Optional.empty();
            String path = node.resourceType().equals("model")
                    ? project.model(node.name()).map(ModelFile::path).orElse("")
                    : rule.map(r -> r.location().file()).orElse("");
            String message = rule.isPresent() && node.failed()
                    ? rule.get().describe() + ": " + node.message() : node.message();
            nodes.add(new DbtNodeResult(node.uniqueId(), path, node.status(), message, node.executionTime()));
        }
        if (!report.success() && nodes.stream().noneMatch(n -> n.isError() || n.isFailure())) {
            List<Diagnostic> errors = report.result().diagnostics().stream().filter(Diagnostic::isError).sorted()
                    .toList();
            for (Diagnostic error : errors) {
                String file = error.location().file();
                nodes.add(new DbtNodeResult("dbt " + command(check) + ": " + file + ":" + error.location().line(),
                        file, "error", error.format(), 0));
            }
        }
        return new DbtRun(command(check), nodes);
    }

    private static String command(DbtCheckRequest check) {
        return check.command() == null || check.command().isBlank() ? "compile" : check.command().trim();
    }

    /**
     * {@code dv:verify: 23 models, 17 rules: 0 errors, 0 warnings; drift: none; dbt compile: PASS=23 ... (dbt
     * 1.10.23, embedded DuckDB, automate_dv: ...)}.
     */
    static String summary(VerifyResult result, DbtProject project, VerifyRequest request) {
        RuleResult rules = result.rules();
        long enabled = rules.rules().stream().filter(r -> r.enabled()).count();
        StringBuilder line = new StringBuilder("dv:verify: ")
                .append(plural(project.models().size(), "model")).append(", ")
                .append(plural(enabled, "rule")).append(": ")
                .append(plural(rules.errors(), "error")).append(", ")
                .append(plural(rules.warnings(), "warning"));
        if (!rules.suppressed().isEmpty()) {
            line.append(" (").append(rules.suppressed().size()).append(" suppressed)");
        }
        line.append("; drift: ").append(driftSummary(result.drift()));
        if (result.dbt() == null) {
            line.append("; dbt: skipped");
            return line.toString();
        }
        DbtCheckReport dbt = result.dbt();
        String command = command(request.dbt());
        line.append("; dbt ").append(command).append(": ");
        if (dbt.result().summary() != null) {
            line.append(dbt.result().summary().replaceFirst("^Done\\.\\s*", ""));
        } else if (dbt.success()) {
            int nodes = dbt.result().nodes().size();
            line.append("OK").append(nodes > 0 ? " (" + plural(nodes, "node") + ")" : "");
        } else {
            line.append(dbt.result().process().timedOut() ? "TIMED OUT"
                    : "FAILED (exit code " + dbt.result().process().exitCode() + ")");
        }
        line.append(" (dbt ").append(dbt.dbt().version().core()).append(", ")
                .append(dbt.embedded() != null ? "embedded DuckDB" : "profiles " + request.dbt().profilesDirectory()
                        + (request.dbt().target() == null ? "" : ", target " + request.dbt().target()));
        if (dbt.automateDv() != null) {
            line.append(", automate_dv: ").append(dbt.automateDv());
        }
        return line.append(')').toString();
    }

    private static String driftSummary(List<DriftEntry> drift) {
        if (drift.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        for (DriftEntry.Kind kind : DriftEntry.Kind.values()) {
            long count = drift.stream().filter(d -> d.kind() == kind).count();
            if (count > 0) {
                parts.add(count + " " + kind.label());
            }
        }
        return String.join(", ", parts);
    }

    /** {@code target/dv/verify-report.md} when inside the project, else the absolute path. */
    static String relative(Path project, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(project) ? project.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
