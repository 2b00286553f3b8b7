package io.dvmaven.plugin.dbt;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One subprocess to run.
 *
 * @param command          program and arguments
 * @param workingDirectory directory to run in (the dbt project)
 * @param environment      variables added to the inherited environment; values are never logged
 * @param timeout          how long to wait before the process tree is destroyed; {@code null} = no limit
 * @param echo             stream output lines to the log at info (stdout) and warn (stderr); when false the lines
 *                         go to debug only (used for probes such as {@code dbt --version})
 * @param secrets          extra values to mask wherever they appear in logged text
 * @param listener         receives every output line (ANSI codes stripped, secrets masked); may be {@code null}
 */
public record ProcessRequest(
        List<String> command,
        Path workingDirectory,
        Map<String, String> environment,
        Duration timeout,
        boolean echo,
        List<String> secrets,
        OutputListener listener) {

    public ProcessRequest {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command is empty");
        }
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
    }

    /** A quiet probe: no echo, no extra environment. */
    public static ProcessRequest probe(List<String> command, Path workingDirectory, Duration timeout) {
        return new ProcessRequest(command, workingDirectory, Map.of(), timeout, false, List.of(), null);
    }

    /** Where a line came from. */
    public enum Stream {
        STDOUT,
        STDERR
    }

    /** Receives output lines as they arrive, from the draining threads. */
    @FunctionalInterface
    public interface OutputListener {
        void line(Stream stream, String line);
    }
}
