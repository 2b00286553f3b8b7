package io.dvmaven.plugin.dbt;

import io.dvmaven.model.DvLog;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds dbt and checks its version: the explicit executable ({@code dv.dbt.executable}) first, then every
 * {@code PATH} entry (the user's own dbt), then the venv the plugin provisioned ({@code dv.dbt.install}), so that the
 * provisioned dbt never shadows a user's dbt. The first candidate whose {@code dbt --version} parses, lies in the
 * version range and has the needed adapter wins; one log line says which and why. When none fits, the error lists everything that
 * was searched or rejected and how to fix it.
 */
public final class DbtLocator {

    /**
     * 1.10.5 is the first dbt that reads generic-test {@code arguments:} as the generated schema files write them;
     * 1.10 and 1.11 are tested.
     */
    public static final String DEFAULT_VERSION_RANGE = ">=1.10.5 <2";
    /** The newest dbt-core line that installs from PyPI alone (1.12 pulls a wheel from elsewhere). */
    public static final String PINNED_CORE_VERSION = "1.11.16";
    public static final String PINNED_DUCKDB_VERSION = "1.11.1";
    public static final String INSTALL_HINT = "pip install 'dbt-core==1.11.*' 'dbt-duckdb==1.11.*'";

    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(60);

    private final DvLog log;
    private final DbtVersionProbe probe;

    public DbtLocator(ProcessRunner runner, DvLog log) {
        this(runner, log, null);
    }

    /** @param probeCache file caching {@code dbt --version} by executable; {@code null} for no cache */
    public DbtLocator(ProcessRunner runner, DvLog log, Path probeCache) {
        this.log = log;
        this.probe = new DbtVersionProbe(runner, probeCache, VERSION_TIMEOUT);
    }

    /** Why this candidate: the one line the build log gives next to the dbt it uses. */
    private static String why(Candidate candidate, Request request, List<String> rejected) {
        String need = "dbt-core " + request.versionRange()
                + (request.requiredAdapter() == null ? "" : " with the " + request.requiredAdapter() + " adapter");
        if (candidate.origin().equals("<dbtExecutable>")) {
            return "set by <dbtExecutable>";
        }
        if (candidate.origin().equals("PATH")) {
            return "the first dbt on the PATH with " + need;
        }
        return rejected.isEmpty() ? "no dbt on the PATH; provisioned by dv.dbt.install"
                : "no dbt on the PATH has " + need + " (" + String.join("; ", rejected) + ")";
    }

    /**
     * Where to look.
     *
     * @param explicitExecutable {@code <dbtExecutable>}; when set it is the only candidate
     * @param venvDirectory      a venv installed by {@link DbtInstaller}; may be {@code null}
     * @param pathVariable       the {@code PATH} value to search ({@code System.getenv("PATH")}); may be {@code null}
     * @param versionRange       accepted dbt-core versions, e.g. {@value #DEFAULT_VERSION_RANGE}
     * @param requiredAdapter    adapter that must be installed ({@code duckdb} for the embedded profile), or
     *                           {@code null}
     */
    public record Request(Path explicitExecutable, Path venvDirectory, String pathVariable, String versionRange,
                          String requiredAdapter) {

        public static Request ofPath(String pathVariable) {
            return new Request(null, null, pathVariable, DEFAULT_VERSION_RANGE, null);
        }
    }

    /**
     * Returns the first acceptable dbt.
     *
     * @throws DbtNotFoundException no candidate exists, or none has an acceptable version or adapter
     */
    public DbtExecutable locate(Request request) throws DbtNotFoundException {
        VersionRange range = VersionRange.parse(request.versionRange());
        List<String> searched = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (Candidate candidate : candidates(request, searched)) {
            Optional<DbtExecutable> accepted = check(candidate, range, request.requiredAdapter(), rejected);
            if (accepted.isPresent()) {
                log.info("Using " + accepted.get() + ": " + why(candidate, request, rejected));
                return accepted.get();
            }
            if (request.explicitExecutable() != null) {
                break;
            }
        }
        throw notFound(request, range, searched, rejected);
    }

    private List<Candidate> candidates(Request request, List<String> searched) {
        List<Candidate> candidates = new ArrayList<>();
        if (request.explicitExecutable() != null) {
            Path explicit = request.explicitExecutable();
            searched.add("<dbtExecutable> " + explicit);
            if (Files.isRegularFile(explicit) && Files.isExecutable(explicit)) {
                candidates.add(new Candidate(explicit, "<dbtExecutable>"));
            }
            return candidates;
        }
        Set<Path> seen = new LinkedHashSet<>();
        for (Path directory : pathEntries(request.pathVariable())) {
            for (String name : executableNames("dbt")) {
                Path file = directory.resolve(name);
                if (Files.isRegularFile(file) && Files.isExecutable(file) && seen.add(file.toAbsolutePath())) {
                    candidates.add(new Candidate(file, "PATH"));
                }
            }
        }
        searched.add("PATH (" + (request.pathVariable() == null ? "unset" : request.pathVariable()) + ")");
        if (request.venvDirectory() != null) {
            Path inVenv = venvExecutable(request.venvDirectory(), "dbt");
            searched.add("venv " + request.venvDirectory());
            if (Files.isRegularFile(inVenv) && Files.isExecutable(inVenv)
                    && seen.add(inVenv.toAbsolutePath())) {
                candidates.add(new Candidate(inVenv, "provisioned venv " + request.venvDirectory()));
            }
        }
        return candidates;
    }

    private Optional<DbtExecutable> check(Candidate candidate, VersionRange range, String adapter,
                                          List<String> rejected) {
        Optional<DbtVersionInfo> version;
        try {
            version = probe.version(candidate.path());
        } catch (IOException e) {
            rejected.add(candidate.path() + ": cannot run it (" + e.getMessage() + ")");
            return Optional.empty();
        } catch (DbtVersionProbe.NoVersionException e) {
            rejected.add(candidate.path() + ": 'dbt --version' printed no dbt-core version (" + e.getMessage() + ")");
            return Optional.empty();
        }
        if (!range.contains(version.get().core())) {
            rejected.add(candidate.path() + ": dbt-core " + version.get().core() + " is outside " + range);
            return Optional.empty();
        }
        if (adapter != null && !version.get().hasAdapter(adapter)) {
            rejected.add(candidate.path() + ": dbt-core " + version.get().core() + " has no " + adapter
                    + " adapter (installed: " + (version.get().adapters().isEmpty() ? "none"
                    : String.join(", ", version.get().adapters().keySet())) + ")");
            return Optional.empty();
        }
        return Optional.of(new DbtExecutable(candidate.path(), version.get(), candidate.origin()));
    }

    private static DbtNotFoundException notFound(Request request, VersionRange range, List<String> searched,
                                                 List<String> rejected) {
        StringBuilder message = new StringBuilder();
        if (rejected.isEmpty()) {
            message.append(request.explicitExecutable() != null
                    ? "dbt executable " + request.explicitExecutable() + " does not exist or is not executable"
                    : "dbt was not found");
        } else {
            message.append("No usable dbt found (need dbt-core ").append(range)
                    .append(request.requiredAdapter() == null ? "" : " with the " + request.requiredAdapter()
                            + " adapter").append(')');
        }
        message.append(". Searched: ").append(String.join("; ", searched));
        if (!rejected.isEmpty()) {
            message.append(". Rejected: ").append(String.join("; ", rejected));
        }
        String fix = "install it with " + INSTALL_HINT + " (dbt-core 1.12 does not install from PyPI alone; pin 1.11.x),"
                + " or set <dbtExecutable> / -Ddv.dbt.executable=/path/to/dbt,"
                + " or run with -Ddv.dbt.install=true to let the build install dbt into a venv";
        return new DbtNotFoundException(message.toString(), searched, fix);
    }

    /** Variables that keep dbt from phoning home during a build. */
    static java.util.Map<String, String> noTracking() {
        return java.util.Map.of("DBT_SEND_ANONYMOUS_USAGE_STATS", "false");
    }

    public static List<Path> pathEntries(String pathVariable) {
        List<Path> entries = new ArrayList<>();
        if (pathVariable == null) {
            return entries;
        }
        for (String entry : pathVariable.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                try {
                    entries.add(Path.of(entry));
                } catch (RuntimeException invalid) {
                    // An entry that is no valid path cannot hold dbt.
                }
            }
        }
        return entries;
    }

    static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    public static List<String> executableNames(String name) {
        return windows() ? List.of(name + ".exe", name + ".cmd", name + ".bat") : List.of(name);
    }

    /** {@code <venv>/bin/<name>}, or {@code <venv>\Scripts\<name>.exe} on Windows. */
    public static Path venvExecutable(Path venv, String name) {
        return windows() ? venv.resolve("Scripts").resolve(name + ".exe") : venv.resolve("bin").resolve(name);
    }

    private record Candidate(Path path, String origin) {
    }
}
