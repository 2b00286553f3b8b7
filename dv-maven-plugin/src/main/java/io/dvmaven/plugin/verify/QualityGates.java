package io.dvmaven.plugin.verify;

import io.dvmaven.draft.ApprovalLedger;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.project.DbtProject;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.report.QualityGateRun;
import io.dvmaven.model.report.QualityGateRun.Gate;
import io.dvmaven.model.report.QualityGateRun.Problem;
import io.dvmaven.model.report.QualityGateRun.Status;
import io.dvmaven.model.vault.Vault;
import io.dvmaven.plugin.dbt.DbtCheck;
import io.dvmaven.plugin.dbt.DbtCheckReport;
import io.dvmaven.plugin.dbt.DbtCheckRequest;
import io.dvmaven.plugin.dbt.DbtException;
import io.dvmaven.plugin.dbt.DbtNodeResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The quality gates after approval ({@code dv.verify.qualityGates}): for the models of the entities recorded in
 * {@link ApprovalLedger#FILE_NAME} only, {@code dbt compile} and {@code dbt build --select +<model> ...} on an
 * embedded DuckDB of their own ({@code target/dv/quality-gates/}) whose raw tables hold {@link #SAMPLE_ROWS}
 * deterministic rows each, then {@code sqlfluff lint} of the models' files with the dbt templater
 * ({@link SqlFluffLint}). A gate that cannot run says why and fails the run.
 */
public final class QualityGates {

    /** Rows per raw table: two loads of three keys, so hubs, links and satellite history get rows. */
    public static final int SAMPLE_ROWS = 6;
    static final String FOLDER = "quality-gates";

    private final DvLog log;

    public QualityGates(DvLog log) {
        this.log = log;
    }

    /**
     * @param base      the verify goal's dbt check (which dbt, packages, environment, timeout)
     * @param sqlfluff  the sqlfluff executable asked for, or {@code null} to look next to dbt and on the PATH
     * @param project   the scanned model folders, for model files
     * @throws DbtException dbt could not be found or its packages installed
     */
    public QualityGateRun run(DbtCheckRequest base, Vault vault, DbtProject project, Path sqlfluff)
            throws DbtException, IOException {
        Set<String> approved = new TreeSet<>();
        new ApprovalLedger(base.projectDirectory()).read().forEach(approval -> approved.add(approval.entity()));
        List<String> entities = vault.entities().stream().map(e -> e.name()).filter(approved::contains).sorted()
                .toList();
        List<String> models = modelsOf(vault, Set.copyOf(entities));
        if (models.isEmpty()) {
            log.info("Quality gates: no approved entity in " + ApprovalLedger.FILE_NAME + " has models; nothing to "
                    + "check");
            return new QualityGateRun(entities, models, List.of(new Gate("dbt compile", Status.NOT_RUN,
                    "no approved entity (" + ApprovalLedger.FILE_NAME + ") has models", List.of())));
        }
        log.info("Quality gates for " + String.join(", ", entities) + ": " + models.size() + " models on the "
                + "embedded DuckDB with " + SAMPLE_ROWS + " sample rows per raw table");
        List<String> selection = models.stream().map(model -> "+" + model).toList();
        Path output = base.outputDirectory().resolve(FOLDER);
        List<Gate> gates = new ArrayList<>();
        DbtCheckReport compile = new DbtCheck(log).run(base.onEmbeddedDuckDb(output, "compile", selection,
                SAMPLE_ROWS));
        gates.add(dbtGate("dbt compile", compile, project, models));
        if (compile.success()) {
            DbtCheckReport build = new DbtCheck(log).run(base.onEmbeddedDuckDb(output, "build", selection,
                    SAMPLE_ROWS));
            gates.add(dbtGate("dbt build", build, project, models));
        } else {
            gates.add(new Gate("dbt build", Status.NOT_RUN, "not started: dbt compile failed", List.of()));
        }
        List<String> files = models.stream().map(project::model).flatMap(java.util.Optional::stream)
                .map(ModelFile::path).toList();
        gates.add(new SqlFluffLint(log).lint(base, compile, output, files, sqlfluff, project));
        QualityGateRun run = new QualityGateRun(entities, models, gates);
        for (Gate gate : gates) {
            String line = "Quality gate " + gate.name() + ": " + gate.status().label() + (gate.detail().isEmpty()
                    ? "" : " (" + gate.detail() + ")");
            if (gate.status() == Status.PASSED) {
                log.info(line);
            } else {
                log.error(line);
                gate.problems().forEach(problem -> log.error("  " + problem.format()));
            }
        }
        return run;
    }

    /** The gates when dbt is skipped: they cannot run, say so and fail (they were asked for). */
    static QualityGateRun withoutDbt() {
        return new QualityGateRun(List.of(), List.of(), List.of(new Gate("dbt compile", Status.FAILED,
                "dbt is skipped (dv.dbt.skip=true); the quality gates need dbt", List.of())));
    }

    /** The models generated for {@code entities}: staging, hubs, links and satellites, sorted. */
    static List<String> modelsOf(Vault vault, Set<String> entities) {
        Set<String> specs = vault.entities().stream().filter(e -> entities.contains(e.name()))
                .map(e -> e.spec().file()).collect(Collectors.toSet());
        Set<String> models = new TreeSet<>();
        vault.stages().stream().filter(s -> entities.contains(s.entity())).forEach(s -> models.add(s.model()));
        vault.hubs().stream().filter(h -> entities.contains(h.entity().name())).forEach(h -> models.add(h.model()));
        vault.satellites().stream().filter(s -> entities.contains(s.entity())).forEach(s -> models.add(s.model()));
        vault.links().stream().filter(l -> l.spec() != null && specs.contains(l.spec().file()))
                .forEach(l -> models.add(l.model()));
        return List.copyOf(models);
    }

    private static Gate dbtGate(String name, DbtCheckReport report, DbtProject project, List<String> models) {
        List<Problem> problems = new ArrayList<>();
        for (DbtNodeResult node : report.result().nodes()) {
            if (node.failed()) {
                String file = project.model(node.name()).map(ModelFile::path).orElse("");
                problems.add(new Problem(node.name(), file, 0, 0, node.status(),
                        node.message() == null ? "" : node.message().strip()));
            }
        }
        if (!report.success() && problems.isEmpty()) {
            for (Diagnostic error : report.result().diagnostics().stream().filter(Diagnostic::isError).sorted()
                    .toList()) {
                problems.add(new Problem("", error.location().file(), error.location().line(),
                        error.location().column(), "error", error.message()));
            }
        }
        if (!report.success() && problems.isEmpty()) {
            problems.add(new Problem("", "", 0, 0, "error", String.join(" / ", report.result().process().tail())));
        }
        String summary = report.result().summary() == null ? "" : report.result().summary()
                .replaceFirst("^Done\\.\\s*", "");
        String rows = report.modelRowCounts().entrySet().stream().filter(e -> models.contains(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return new Gate(name, report.success() ? Status.PASSED : Status.FAILED,
                summary + (rows.isEmpty() ? "" : "; rows: " + rows), problems);
    }
}
