package io.dvmaven.plugin.verify;

import io.dvmaven.plugin.dbt.DbtCheckRequest;
import io.dvmaven.plugin.dbt.DbtLocator;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The up-to-date check of the dbt run, like a build tool's: a fingerprint of everything dbt reads (specs, models,
 * macros, tests, seeds, snapshots, analyses, installed packages, {@code dbt_project.yml}, {@code packages.yml},
 * the profile, every dbt executable that could be chosen, the plugin itself and the dbt parameters), by path, size
 * and modification time. When it equals the fingerprint recorded after the last green verify, dbt is not started.
 */
final class DbtUpToDate {

    /** Project entries dbt reads; build output, logs and version control are left out. */
    private static final Set<String> SKIPPED_TOP_LEVEL = Set.of("target", "logs", ".git", ".idea", ".dv");

    private final Path stateFile;

    DbtUpToDate(Path buildDirectory) {
        this.stateFile = buildDirectory.resolve("dv").resolve("dbt-inputs.sha256");
    }

    /** True when nothing dbt reads changed since {@link #recordGreen} last ran. */
    boolean upToDate(DbtCheckRequest check) throws IOException {
        return Files.isRegularFile(stateFile)
                && Files.readString(stateFile, StandardCharsets.UTF_8).trim().equals(fingerprint(check));
    }

    void recordGreen(DbtCheckRequest check) throws IOException {
        Files.createDirectories(stateFile.getParent());
        Files.writeString(stateFile, fingerprint(check) + "\n", StandardCharsets.UTF_8);
    }

    void forget() throws IOException {
        Files.deleteIfExists(stateFile);
    }

    static String fingerprint(DbtCheckRequest check) throws IOException {
        Map<String, String> inputs = new TreeMap<>();
        Path project = check.projectDirectory();
        try (Stream<Path> top = Files.list(project)) {
            for (Path entry : top.filter(p -> !SKIPPED_TOP_LEVEL.contains(p.getFileName().toString())).toList()) {
                try (Stream<Path> files = Files.walk(entry, FileVisitOption.FOLLOW_LINKS)) {
                    for (Path file : files.toList()) {
                        inputs.put("file " + project.relativize(file), stat(file));
                    }
                }
            }
        }
        if (check.profilesDirectory() != null) {
            inputs.put("profile", stat(check.profilesDirectory().resolve("profiles.yml")));
        }
        if (check.dbtExecutable() != null) {
            inputs.put("dbt <dbtExecutable>", stat(check.dbtExecutable()));
        }
        for (Path directory : DbtLocator.pathEntries(check.pathVariable())) {
            Path dbt = directory.resolve("dbt");
            if (Files.isRegularFile(dbt)) {
                inputs.put("dbt " + dbt, stat(dbt));
            }
        }
        if (check.installDirectory() != null) {
            inputs.put("dbt venv", stat(DbtLocator.venvExecutable(check.installDirectory(), "dbt")));
        }
        inputs.put("plugin", pluginStamp());
        inputs.put("parameters", String.join("\u0000", List.of(String.valueOf(check.command()),
                String.valueOf(check.extraArgs()), String.valueOf(check.dbtExecutable()), check.versionRange(),
                String.valueOf(check.profilesDirectory()), String.valueOf(check.target()),
                String.valueOf(new TreeMap<>(check.environment())), String.valueOf(check.sampleRows()),
                String.valueOf(new TreeMap<>(check.offlinePackages())), String.valueOf(check.runDeps()),
                String.valueOf(check.pathVariable()))));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            inputs.forEach((key, value) -> digest.update((key + "\t" + value + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String stat(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isDirectory() ? "dir"
                    : attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
        } catch (IOException missing) {
            return "missing";
        }
    }

    /** A rebuilt plugin (same version, new jar) renders differently, so it counts as a change too. */
    private static String pluginStamp() {
        try {
            Path jar = Path.of(DbtUpToDate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return stat(jar) + File.pathSeparator + jar;
        } catch (URISyntaxException | RuntimeException unknown) {
            return "unknown";
        }
    }
}
