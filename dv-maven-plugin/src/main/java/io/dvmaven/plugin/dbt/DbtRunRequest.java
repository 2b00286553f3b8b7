package io.dvmaven.plugin.dbt;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One dbt invocation.
 *
 * @param dbt               the located executable
 * @param projectDirectory  the dbt project (working directory and {@code --project-dir})
 * @param command           dbt subcommand: {@code parse}, {@code compile} (default), {@code build}, {@code deps}, ...
 * @param extraArgs         arguments appended after the standard ones ({@code --select h_member})
 * @param profilesDirectory {@code --profiles-dir}, or {@code null} to let dbt use its default
 * @param target            {@code --target}, or {@code null}
 * @param environment       extra environment variables (values never logged)
 * @param timeout           kill dbt after this long; {@code null} = no limit
 */
public record DbtRunRequest(DbtExecutable dbt, Path projectDirectory, String command, List<String> extraArgs,
                            Path profilesDirectory, String target, Map<String, String> environment,
                            Duration timeout) {

    public static final String DEFAULT_COMMAND = "compile";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    public DbtRunRequest {
        Objects.requireNonNull(dbt, "dbt");
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        command = command == null || command.isBlank() ? DEFAULT_COMMAND : command.trim();
        if (!command.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("Invalid dbt command '" + command
                    + "': use a dbt subcommand such as parse, compile or build");
        }
        extraArgs = extraArgs == null ? List.of() : List.copyOf(extraArgs);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    /** The same request with another subcommand and no extra arguments (e.g. {@code deps}). */
    public DbtRunRequest withCommand(String otherCommand) {
        return new DbtRunRequest(dbt, projectDirectory, otherCommand, List.of(), profilesDirectory, target,
                environment, timeout);
    }
}
