package io.dvmaven.plugin.dbt;

import io.dvmaven.model.DvLog;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Provisions dbt when it is missing: a Python venv with pinned {@code dbt-core} and {@code dbt-duckdb}. Idempotent
 * (a complete install is recognised by a marker file and its version), and guarded by a file lock so that parallel
 * builds install once while the others wait.
 */
public final class DbtInstaller {

    /** Written last; a venv without it is a broken half-install and is recreated. */
    static final String MARKER = ".dv-dbt-installed";

    private static final Map<Path, ReentrantLock> IN_PROCESS_LOCKS = new ConcurrentHashMap<>();

    private final ProcessRunner runner;
    private final DvLog log;

    public DbtInstaller(ProcessRunner runner, DvLog log) {
        this.runner = runner;
        this.log = log;
    }

    /**
     * @param installDirectory the venv directory
     * @param coreVersion      pinned dbt-core version ({@value DbtLocator#PINNED_CORE_VERSION})
     * @param duckdbVersion    pinned dbt-duckdb version ({@value DbtLocator#PINNED_DUCKDB_VERSION})
     * @param pathVariable     {@code PATH} searched for python3
     * @param timeout          limit for each step (venv creation, pip install)
     * @param environment      extra variables for pip, e.g. the proxy from Maven's settings
     */
    public record Request(Path installDirectory, String coreVersion, String duckdbVersion, String pathVariable,
                          Duration timeout, Map<String, String> environment) {

        public Request {
            environment = environment == null ? Map.of() : Map.copyOf(environment);
        }

        public Request(Path installDirectory, String coreVersion, String duckdbVersion, String pathVariable,
                       Duration timeout) {
            this(installDirectory, coreVersion, duckdbVersion, pathVariable, timeout, Map.of());
        }
    }

    /**
     * The default venv location under the local Maven repository: builds of all projects share it.
     * {@code ~/.m2/repository/.cache/dv-maven-plugin/dbt-1.10.23-duckdb-1.10.1}.
     */
    public static Path defaultInstallDirectory(Path localRepository, String coreVersion, String duckdbVersion) {
        return localRepository.resolve(".cache").resolve("dv-maven-plugin")
                .resolve("dbt-" + coreVersion + "-duckdb-" + duckdbVersion);
    }

    /**
     * Installs dbt unless the same versions are already there, and returns the venv's dbt executable.
     *
     * @throws DbtException python3, venv or pip is missing, or pip failed
     */
    public Path install(Request request) throws DbtException {
        Path directory = request.installDirectory().toAbsolutePath().normalize();
        ReentrantLock inProcess = IN_PROCESS_LOCKS.computeIfAbsent(directory, key -> new ReentrantLock());
        inProcess.lock();
        try {
            Files.createDirectories(directory.getParent());
            Path lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    log.info("Waiting for another build installing dbt into " + directory);
                    lock = channel.lock();
                }
                try {
                    return installLocked(request, directory);
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new DbtException("Cannot install dbt into " + directory + ": " + e.getMessage(),
                    "check that the directory is writable, or set <dbtInstallDirectory>", e);
        } finally {
            inProcess.unlock();
        }
    }

    private Path installLocked(Request request, Path directory) throws DbtException, IOException {
        Path dbt = DbtLocator.venvExecutable(directory, "dbt");
        String wanted = "dbt-core==" + request.coreVersion() + " dbt-duckdb==" + request.duckdbVersion();
        Path marker = directory.resolve(MARKER);
        if (Files.isRegularFile(marker) && Files.isExecutable(dbt)
                && Files.readString(marker, StandardCharsets.UTF_8).trim().equals(wanted)) {
            log.info("dbt " + request.coreVersion() + " already installed in " + directory);
            return dbt;
        }
        if (Files.exists(directory)) {
            log.info("Removing incomplete dbt install in " + directory);
            deleteTree(directory);
        }
        Path python = findPython(request.pathVariable()).orElseThrow(() -> new DbtException(
                "Cannot install dbt: no python3 on PATH (searched: " + request.pathVariable() + ")",
                "install Python 3.9 or newer (e.g. apt-get install python3 python3-venv), or install dbt yourself with "
                        + DbtLocator.INSTALL_HINT + " and set <dbtExecutable>"));
        log.info("Installing dbt " + request.coreVersion() + " (dbt-duckdb " + request.duckdbVersion() + ") into "
                + directory + " with " + python);
        ProcessResult venv = step(request, List.of(python.toString(), "-m", "venv", directory.toString()), directory);
        if (!venv.success()) {
            deleteTree(directory);
            String tail = String.join("\n", venv.tail());
            boolean noVenvModule = tail.contains("No module named venv") || tail.contains("ensurepip");
            throw new DbtException("Cannot install dbt: '" + python + " -m venv' failed"
                    + (noVenvModule ? " (the venv/ensurepip module is missing)" : "") + System.lineSeparator()
                    + venv.describe(),
                    "install the venv module (e.g. apt-get install python3-venv), or install dbt yourself with "
                            + DbtLocator.INSTALL_HINT + " and set <dbtExecutable>");
        }
        Path venvPython = DbtLocator.venvExecutable(directory, "python");
        ProcessResult pipCheck = step(request, List.of(venvPython.toString(), "-m", "pip", "--version"), directory);
        if (!pipCheck.success()) {
            deleteTree(directory);
            throw new DbtException("Cannot install dbt: the new venv in " + directory + " has no pip"
                    + System.lineSeparator() + pipCheck.describe(),
                    "install pip for " + python + " (e.g. apt-get install python3-pip python3-venv), or install dbt"
                            + " yourself with " + DbtLocator.INSTALL_HINT + " and set <dbtExecutable>");
        }
        ProcessResult pip = step(request, List.of(venvPython.toString(), "-m", "pip", "install",
                "--disable-pip-version-check", "--no-input", "dbt-core==" + request.coreVersion(),
                "dbt-duckdb==" + request.duckdbVersion()), directory);
        if (!pip.success()) {
            deleteTree(directory);
            throw new DbtException("Cannot install dbt: pip install " + wanted + " failed"
                    + System.lineSeparator() + pip.describe(),
                    "check that PyPI (or your pip index, PIP_INDEX_URL) is reachable and the versions exist, or"
                            + " install dbt yourself with " + DbtLocator.INSTALL_HINT + " and set <dbtExecutable>");
        }
        Files.writeString(marker, wanted + "\n", StandardCharsets.UTF_8);
        log.info("Installed dbt " + request.coreVersion() + " into " + directory);
        return dbt;
    }

    private ProcessResult step(Request request, List<String> command, Path directory) throws DbtException {
        try {
            Path workingDirectory = Files.isDirectory(directory) ? directory : directory.getParent();
            Map<String, String> environment = new java.util.TreeMap<>(request.environment());
            environment.put("PIP_PROGRESS_BAR", "off");
            return runner.run(new ProcessRequest(command, workingDirectory, environment,
                    request.timeout(), true, List.of(), null));
        } catch (IOException e) {
            throw new DbtException("Cannot install dbt: cannot run " + command.get(0) + ": " + e.getMessage(),
                    "install Python 3.9 or newer with venv and pip, or install dbt yourself with "
                            + DbtLocator.INSTALL_HINT + " and set <dbtExecutable>", e);
        }
    }

    /** The first {@code python3} (then {@code python}) on the PATH. */
    static Optional<Path> findPython(String pathVariable) {
        for (String name : List.of("python3", "python")) {
            for (Path directory : DbtLocator.pathEntries(pathVariable)) {
                for (String file : DbtLocator.executableNames(name)) {
                    Path candidate = directory.resolve(file);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
