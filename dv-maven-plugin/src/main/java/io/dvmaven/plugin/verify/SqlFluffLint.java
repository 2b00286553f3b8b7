package io.dvmaven.plugin.verify;

import io.dvmaven.model.DvLog;
import io.dvmaven.model.json.Json;
import io.dvmaven.model.project.DbtProject;
import io.dvmaven.model.report.QualityGateRun.Gate;
import io.dvmaven.model.report.QualityGateRun.Problem;
import io.dvmaven.model.report.QualityGateRun.Status;
import io.dvmaven.plugin.dbt.DbtCheckReport;
import io.dvmaven.plugin.dbt.DbtCheckRequest;
import io.dvmaven.plugin.dbt.DbtLocator;
import io.dvmaven.plugin.dbt.ProcessRequest;
import io.dvmaven.plugin.dbt.ProcessResult;
import io.dvmaven.plugin.dbt.ProcessRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL lint gate: {@code sqlfluff lint --format json} of the approved models' files with the dbt templater
 * (so the SQL that dbt renders is linted, and findings point at the model file), DuckDB dialect, lines up to 120
 * characters. sqlfluff and sqlfluff-templater-dbt must be installed in a Python that has dbt-core and dbt-duckdb
 * (next to dbt, or on the PATH); without them the gate does not run and says how to install them.
 */
final class SqlFluffLint {

    static final String PINNED_VERSION = "4.4.0";
    static final String INSTALL_HINT = "pip install sqlfluff==" + PINNED_VERSION + " sqlfluff-templater-dbt=="
            + PINNED_VERSION + " into the Python environment of dbt (or set -D" + "dv.verify.sqlfluff=<path>)";

    private final DvLog log;

    SqlFluffLint(DvLog log) {
        this.log = log;
    }

    Gate lint(DbtCheckRequest base, DbtCheckReport compile, Path output, List<String> files, Path explicit,
              DbtProject project) throws IOException {
        String name = "sqlfluff lint";
        if (compile.embedded() == null || !compile.success()) {
            return new Gate(name, Status.NOT_RUN, "not started: dbt compile failed", List.of());
        }
        Optional<Path> sqlfluff = locate(explicit, compile.dbt().path(), base.pathVariable());
        if (sqlfluff.isEmpty()) {
            return new Gate(name, Status.NOT_RUN, "sqlfluff not found" + (explicit == null ? " next to dbt or on the"
                    + " PATH" : " at " + explicit) + "; " + INSTALL_HINT, List.of());
        }
        Path config = output.resolve("sqlfluff.cfg");
        Files.writeString(config, config(base.projectDirectory(), compile), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(sqlfluff.get().toString(), "lint", "--config",
                config.toString(), "--format", "json", "--nocolor"));
        command.addAll(files);
        StringBuilder json = new StringBuilder();
        ProcessResult result = new ProcessRunner(log).run(new ProcessRequest(command, base.projectDirectory(),
                base.environment(), base.timeout(), false, List.of(), (stream, line) -> {
                    if (stream == ProcessRequest.Stream.STDOUT && line.startsWith("[")) {
                        synchronized (json) {
                            json.append(line);
                        }
                    }
                }));
        List<Problem> problems;
        synchronized (json) {
            problems = json.length() == 0 ? null : problems(json.toString(), project);
        }
        // exit code 1: violations found; anything else without a report is a broken run
        if (problems == null || result.exitCode() > 1 || result.timedOut()) {
            return new Gate(name, Status.FAILED, "sqlfluff did not finish the lint (" + (result.timedOut()
                    ? "timed out" : "exit code " + result.exitCode()) + ")", List.of(new Problem("", "", 0, 0,
                    "error", String.join(" / ", result.tail()))));
        }
        String detail = files.size() + " files, " + problems.size() + " findings (sqlfluff, dbt templater, dialect "
                + "duckdb)";
        return new Gate(name, problems.isEmpty() ? Status.PASSED : Status.FAILED, detail, problems);
    }

    /** The explicit executable, else sqlfluff next to dbt (same Python, so the dbt templater finds dbt), else PATH. */
    static Optional<Path> locate(Path explicit, Path dbt, String pathVariable) {
        if (explicit != null) {
            return Files.isExecutable(explicit) ? Optional.of(explicit) : Optional.empty();
        }
        for (String candidate : DbtLocator.executableNames("sqlfluff")) {
            Path beside = dbt.toAbsolutePath().getParent().resolve(candidate);
            if (Files.isExecutable(beside)) {
                return Optional.of(beside);
            }
        }
        if (pathVariable != null) {
            for (String folder : pathVariable.split(java.io.File.pathSeparator)) {
                for (String candidate : DbtLocator.executableNames("sqlfluff")) {
                    if (!folder.isBlank() && Files.isExecutable(Path.of(folder, candidate))) {
                        return Optional.of(Path.of(folder, candidate));
                    }
                }
            }
        }
        return Optional.empty();
    }

    static String config(Path projectDirectory, DbtCheckReport compile) {
        return "# Written by dv-maven-plugin for the SQL lint quality gate; rewritten on every verify.\n"
                + "[sqlfluff]\ntemplater = dbt\ndialect = duckdb\nmax_line_length = 120\n\n"
                + "[sqlfluff:templater:dbt]\n"
                + "project_dir = " + projectDirectory.toAbsolutePath() + "\n"
                + "profiles_dir = " + compile.embedded().profilesDirectory() + "\n"
                + "profile = " + compile.embedded().profileName() + "\n"
                + "target = " + compile.embedded().target() + "\n";
    }

    /** sqlfluff's JSON report as problems at {@code file:line:col}; {@code null} when it is not such a report. */
    static List<Problem> problems(String json, DbtProject project) {
        List<Problem> problems = new ArrayList<>();
        Object parsed;
        try {
            parsed = Json.parse(json);
        } catch (Json.JsonSyntaxException e) {
            return null;
        }
        if (!(parsed instanceof List<?> files)) {
            return null;
        }
        for (Object entry : files) {
            if (!(entry instanceof Map<?, ?> file) || !(file.get("violations") instanceof List<?> violations)) {
                continue;
            }
            String path = String.valueOf(file.get("filepath")).replace('\\', '/');
            String model = project.models().stream().filter(m -> m.path().equals(path)).map(m -> m.name())
                    .findFirst().orElse("");
            for (Object item : violations) {
                if (item instanceof Map<?, ?> violation) {
                    problems.add(new Problem(model, path, number(violation.get("start_line_no")),
                            number(violation.get("start_line_pos")), String.valueOf(violation.get("code")),
                            String.valueOf(violation.get("description"))));
                }
            }
        }
        return problems;
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }
}
