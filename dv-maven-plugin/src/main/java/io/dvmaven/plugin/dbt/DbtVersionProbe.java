package io.dvmaven.plugin.dbt;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Runs {@code dbt --version} (seconds: it starts Python, imports dbt and asks PyPI for the latest release) and
 * caches the answer in a file, keyed by the executable's path, its modification time and size, and the modification
 * times of a venv's {@code site-packages} (which change when pip adds or upgrades an adapter).
 */
final class DbtVersionProbe {

    /** The probe printed no dbt-core version; the message says how it ended. */
    static final class NoVersionException extends Exception {
        NoVersionException(String message) {
            super(message);
        }
    }

    private final ProcessRunner runner;
    private final Path cacheFile;
    private final Duration timeout;

    DbtVersionProbe(ProcessRunner runner, Path cacheFile, Duration timeout) {
        this.runner = runner;
        this.cacheFile = cacheFile;
        this.timeout = timeout;
    }

    Optional<DbtVersionInfo> version(Path executable) throws IOException, NoVersionException {
        String key = executable.toAbsolutePath().normalize().toString();
        String stamp = stamp(executable);
        Properties cache = load();
        String cached = cache.getProperty(key);
        if (cached != null && cached.startsWith(stamp + "\n")) {
            Optional<DbtVersionInfo> version = DbtVersionInfo.parse(cached.substring(stamp.length() + 1));
            if (version.isPresent()) {
                return version;
            }
        }
        StringBuilder output = new StringBuilder();
        ProcessResult result = runner.run(new ProcessRequest(List.of(executable.toString(), "--version"),
                Path.of(System.getProperty("java.io.tmpdir")), DbtLocator.noTracking(), timeout, false, List.of(),
                (stream, line) -> {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }));
        Optional<DbtVersionInfo> version = DbtVersionInfo.parse(output.toString());
        if (version.isEmpty()) {
            throw new NoVersionException(result.timedOut() ? "timed out" : "exit code " + result.exitCode());
        }
        cache.setProperty(key, stamp + "\n" + output);
        store(cache);
        return version;
    }

    /** Modification time and size of the real executable, plus the venv's site-packages times when there is one. */
    static String stamp(Path executable) throws IOException {
        Path real = executable.toRealPath();
        List<String> parts = new ArrayList<>();
        parts.add(Files.getLastModifiedTime(real).toMillis() + ":" + Files.size(real));
        Path lib = executable.toAbsolutePath().getParent().resolveSibling("lib");
        if (Files.isDirectory(lib)) {
            try (DirectoryStream<Path> pythons = Files.newDirectoryStream(lib, "python*")) {
                for (Path python : pythons) {
                    Path sitePackages = python.resolve("site-packages");
                    if (Files.isDirectory(sitePackages)) {
                        parts.add(Files.getLastModifiedTime(sitePackages).toMillis() + "");
                    }
                }
            }
        }
        return String.join(",", parts);
    }

    private Properties load() {
        Properties cache = new Properties();
        if (cacheFile != null && Files.isRegularFile(cacheFile)) {
            try (Reader reader = Files.newBufferedReader(cacheFile, StandardCharsets.UTF_8)) {
                cache.load(reader);
            } catch (IOException | IllegalArgumentException unreadable) {
                // a broken cache only costs one probe
                cache.clear();
            }
        }
        return cache;
    }

    private void store(Properties cache) {
        if (cacheFile == null) {
            return;
        }
        try {
            Files.createDirectories(cacheFile.getParent());
            Path temporary = Files.createTempFile(cacheFile.getParent(), cacheFile.getFileName().toString(), ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                cache.store(writer, null);
            }
            Files.move(temporary, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException unwritable) {
            // without a cache the next build probes again
        }
    }
}
