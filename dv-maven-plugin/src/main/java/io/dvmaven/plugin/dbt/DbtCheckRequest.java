package io.dvmaven.plugin.dbt;

import io.dvmaven.model.vault.Vault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one dbt check needs, as the verify goal configures it. Build with {@link #builder(Path, Path)}.
 *
 * @param projectDirectory     the dbt project
 * @param outputDirectory      where the plugin writes (profiles, DuckDB file): {@code target/dv}
 * @param command              dbt subcommand, default {@code compile}
 * @param extraArgs            extra dbt arguments
 * @param dbtExecutable        explicit dbt, or {@code null} to search
 * @param versionRange         accepted dbt-core versions
 * @param install              install dbt into a venv when none is found
 * @param installDirectory     venv directory (used for searching too)
 * @param installCoreVersion   pinned dbt-core for the install
 * @param installDuckdbVersion pinned dbt-duckdb for the install
 * @param profilesDirectory    the user's profiles directory; {@code null} = embedded DuckDB
 * @param target               dbt target for user profiles, or {@code null}
 * @param environment          extra environment for dbt (never logged)
 * @param timeout              dbt timeout
 * @param offlinePackages      package name -> local directory, installed without network
 * @param runDeps              run {@code dbt deps} when declared packages are missing or stale
 * @param sampleRows           sample rows per raw table in the embedded DuckDB (0 = empty tables)
 * @param vault                the resolved design (raw tables for the embedded DuckDB)
 * @param pathVariable         {@code PATH} to search
 */
public record DbtCheckRequest(Path projectDirectory, Path outputDirectory, String command, List<String> extraArgs,
                              Path dbtExecutable, String versionRange, boolean install, Path installDirectory,
                              String installCoreVersion, String installDuckdbVersion, Path profilesDirectory,
                              String target, Map<String, String> environment, Duration timeout,
                              Map<String, Path> offlinePackages, boolean runDeps, int sampleRows, Vault vault,
                              String pathVariable, boolean offline) {

    public DbtCheckRequest {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        extraArgs = extraArgs == null ? List.of() : List.copyOf(extraArgs);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        offlinePackages = offlinePackages == null ? Map.of() : Map.copyOf(offlinePackages);
        vault = vault == null ? Vault.empty() : vault;
        if (sampleRows < 0) {
            throw new IllegalArgumentException("sampleRows must be 0 or more, was " + sampleRows);
        }
    }

    /** The same request for another design (the verify goal knows the vault only after loading the specs). */
    public DbtCheckRequest withVault(Vault otherVault) {
        return new DbtCheckRequest(projectDirectory, outputDirectory, command, extraArgs, dbtExecutable,
                versionRange, install, installDirectory, installCoreVersion, installDuckdbVersion,
                profilesDirectory, target, environment, timeout, offlinePackages, runDeps, sampleRows, otherVault,
                pathVariable, offline);
    }

    /** The same request limited to {@code models} (and their tests): {@code --select} after the extra args. */
    public DbtCheckRequest withSelection(List<String> models) {
        List<String> args = new java.util.ArrayList<>(extraArgs);
        args.add("--select");
        args.addAll(models);
        return new DbtCheckRequest(projectDirectory, outputDirectory, command, args, dbtExecutable,
                versionRange, install, installDirectory, installCoreVersion, installDuckdbVersion,
                profilesDirectory, target, environment, timeout, offlinePackages, runDeps, sampleRows, vault,
                pathVariable, offline);
    }

    /**
     * A run of {@code command} on a database of its own: the embedded DuckDB under {@code outputDirectory} with
     * {@code sampleRows} rows per raw table, limited to {@code selection} and the tests whose every parent is
     * selected; the user's extra args and profiles are not used, everything else (dbt, packages, environment,
     * timeout) is.
     */
    public DbtCheckRequest onEmbeddedDuckDb(Path otherOutputDirectory, String otherCommand, List<String> selection,
                                            int rows) {
        List<String> args = new java.util.ArrayList<>(List.of("--indirect-selection", "cautious", "--select"));
        args.addAll(selection);
        return new DbtCheckRequest(projectDirectory, otherOutputDirectory, otherCommand, args, dbtExecutable,
                versionRange, install, installDirectory, installCoreVersion, installDuckdbVersion, null, null,
                environment, timeout, offlinePackages, runDeps, rows, vault, pathVariable, offline);
    }

    /** True when the extra args already choose nodes ({@code --select}, {@code -s}, {@code --exclude}, ...). */
    public boolean selectsNodes() {
        return extraArgs.stream().anyMatch(arg -> List.of("--select", "-s", "--models", "-m", "--exclude",
                "--selector").contains(arg) || arg.startsWith("--select=") || arg.startsWith("--exclude="));
    }

    public boolean embedded() {
        return profilesDirectory == null;
    }

    public static Builder builder(Path projectDirectory, Path outputDirectory) {
        return new Builder(projectDirectory, outputDirectory);
    }

    /** Defaults: compile, version range {@value DbtLocator#DEFAULT_VERSION_RANGE}, pinned 1.10 install, 30 min. */
    public static final class Builder {
        private final Path projectDirectory;
        private final Path outputDirectory;
        private String command = DbtRunRequest.DEFAULT_COMMAND;
        private List<String> extraArgs = List.of();
        private Path dbtExecutable;
        private String versionRange = DbtLocator.DEFAULT_VERSION_RANGE;
        private boolean install;
        private Path installDirectory;
        private String installCoreVersion = DbtLocator.PINNED_CORE_VERSION;
        private String installDuckdbVersion = DbtLocator.PINNED_DUCKDB_VERSION;
        private Path profilesDirectory;
        private String target;
        private Map<String, String> environment = Map.of();
        private Duration timeout = DbtRunRequest.DEFAULT_TIMEOUT;
        private Map<String, Path> offlinePackages = new LinkedHashMap<>();
        private boolean runDeps = true;
        private int sampleRows;
        private Vault vault = Vault.empty();
        private String pathVariable = System.getenv("PATH");
        private boolean offline;

        private Builder(Path projectDirectory, Path outputDirectory) {
            this.projectDirectory = projectDirectory;
            this.outputDirectory = outputDirectory;
        }

        public Builder command(String value) { command = value; return this; }
        public Builder extraArgs(List<String> value) { extraArgs = value; return this; }
        public Builder dbtExecutable(Path value) { dbtExecutable = value; return this; }
        public Builder versionRange(String value) { versionRange = value; return this; }
        public Builder install(boolean value) { install = value; return this; }
        public Builder installDirectory(Path value) { installDirectory = value; return this; }
        public Builder installVersions(String core, String duckdb) {
            installCoreVersion = core;
            installDuckdbVersion = duckdb;
            return this;
        }
        public Builder profilesDirectory(Path value) { profilesDirectory = value; return this; }
        public Builder target(String value) { target = value; return this; }
        public Builder environment(Map<String, String> value) { environment = value; return this; }
        public Builder timeout(Duration value) { timeout = value; return this; }
        public Builder offlinePackages(Map<String, Path> value) { offlinePackages = value; return this; }
        public Builder runDeps(boolean value) { runDeps = value; return this; }
        public Builder sampleRows(int value) { sampleRows = value; return this; }
        public Builder vault(Vault value) { vault = value; return this; }
        public Builder pathVariable(String value) { pathVariable = value; return this; }

        /** Maven's offline mode ({@code mvn -o}): no {@code dbt deps}, no pip. */
        public Builder offline(boolean value) {
            this.offline = value;
            return this;
        }

        public DbtCheckRequest build() {
            return new DbtCheckRequest(projectDirectory, outputDirectory, command, extraArgs, dbtExecutable,
                    versionRange, install, installDirectory, installCoreVersion, installDuckdbVersion,
                    profilesDirectory, target, environment, timeout, offlinePackages, runDeps, sampleRows, vault,
                    pathVariable, offline);
        }
    }
}
