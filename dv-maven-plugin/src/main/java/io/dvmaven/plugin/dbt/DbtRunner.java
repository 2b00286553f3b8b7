package io.dvmaven.plugin.dbt;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.SourceLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code dbt <command>} in a project with output streamed to the log, then maps dbt's errors to the
 * project's files and reads the per-node results.
 */
public final class DbtRunner {

    /** Output lines kept for error mapping; dbt prints errors near the end, a huge build log is cut at the top. */
    private static final int MAX_KEPT_LINES = 20_000;

    private final ProcessRunner processRunner;
    private final DvLog log;

    public DbtRunner(ProcessRunner processRunner, DvLog log) {
        this.processRunner = processRunner;
        this.log = log;
    }

    /** The command line for a request: {@code dbt --no-use-colors <command> --project-dir ... <extra args>}. */
    public static List<String> commandLine(DbtRunRequest request) {
        List<String> command = new ArrayList<>();
        command.add(request.dbt().path().toString());
        command.add("--no-use-colors");
        command.add(request.command());
        command.add("--project-dir");
        command.add(request.projectDirectory().toString());
        if (request.profilesDirectory() != null) {
            command.add("--profiles-dir");
            command.add(request.profilesDirectory().toString());
        }
        if (request.target() != null && !request.target().isBlank()) {
            command.add("--target");
            command.add(request.target());
        }
        command.addAll(request.extraArgs());
        return command;
    }

    /**
     * Runs dbt and waits for it.
     *
     * @throws DbtException when dbt cannot be started at all or the project file is unreadable; a dbt that runs
     *                      and fails is a result with {@link DbtRunResult#success()} false, not an exception
     */
    public DbtRunResult run(DbtRunRequest request) throws DbtException {
        return run(request, true);
    }

    /** @param echo false keeps dbt's output out of the log (dbt deps: a failure is reported in one line instead) */
    public DbtRunResult run(DbtRunRequest request, boolean echo) throws DbtException {
        DbtProjectFile project = DbtProjectFile.read(request.projectDirectory());
        Path runResults = project.targetDirectory().resolve("run_results.json");
        try {
            Files.deleteIfExists(runResults);
        } catch (IOException e) {
            log.debug(() -> "cannot delete stale " + runResults + ": " + e.getMessage());
        }
        Map<String, String> environment = new HashMap<>(DbtLocator.noTracking());
        environment.putAll(request.environment());
        List<String> lines = new ArrayList<>();
        ProcessRequest process = new ProcessRequest(commandLine(request), request.projectDirectory(), environment,
                request.timeout(), echo, List.of(), (stream, line) -> {
                    synchronized (lines) {
                        if (lines.size() == MAX_KEPT_LINES) {
                            lines.remove(0);
                        }
                        lines.add(line);
                    }
                });
        ProcessResult result;
        try {
            result = processRunner.run(process);
        } catch (IOException e) {
            throw new DbtException("Cannot start " + request.dbt().path() + ": " + e.getMessage(),
                    "check that <dbtExecutable> points at a working dbt", e);
        }
        List<String> output;
        synchronized (lines) {
            output = List.copyOf(lines);
        }
        List<Diagnostic> diagnostics = new ArrayList<>(new DbtErrorParser(project::resolve).parse(output));
        if (!result.success() && diagnostics.stream().noneMatch(Diagnostic::isError)) {
            diagnostics.add(Diagnostic.error(SourceLocation.ofFile(DbtProjectFile.FILE_NAME), "dbt",
                    result.timedOut() ? "dbt " + request.command() + " timed out after "
                            + result.duration().toSeconds() + " s"
                            : "dbt " + request.command() + " failed with exit code " + result.exitCode() + ": "
                            + firstErrorLine(output),
                    result.timedOut() ? "raise <dbtTimeout> (dv.dbt.timeout) or find what hangs"
                            : "see the dbt output above"));
        }
        List<DbtNodeResult> nodes = RunResultsReader.read(runResults);
        return new DbtRunResult(result, diagnostics, nodes, DbtErrorParser.summaryLine(output));
    }

    private static String firstErrorLine(List<String> output) {
        for (int i = 0; i < output.size(); i++) {
            String text = DbtErrorParser.stripTimestamp(output.get(i)).trim();
            if (text.startsWith("Encountered an error")) {
                for (int j = i + 1; j < output.size(); j++) {
                    String next = DbtErrorParser.stripTimestamp(output.get(j)).trim();
                    if (!next.isEmpty()) {
                        return next;
                    }
                }
            }
            if (text.matches("(?i).*\\berror\\b.*") && !text.contains("PASS=")) {
                return text;
            }
        }
        return output.isEmpty() ? "no output" : DbtErrorParser.stripTimestamp(output.get(output.size() - 1));
    }
}
