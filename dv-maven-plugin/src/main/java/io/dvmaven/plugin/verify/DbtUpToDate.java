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
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
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
                && firstLine(Files.readString(stateFile, StandardCharsets.UTF_8)).equals(fingerprint(check));
    }

    /** Records the fingerprint, then every input it covers (to tell next time which models changed). */
    void recordGreen(DbtCheckRequest check) throws IOException {
        Files.createDirectories(stateFile.getParent());
        SortedMap<String, String> inputs = inputs(check);
        StringBuilder text = new StringBuilder(hash(inputs)).append('\n');
        inputs.forEach((key, value) -> text.append(key).append('\t').append(value).append('\n'));
        Files.writeString(stateFile, text.toString(), StandardCharsets.UTF_8);
    }

    /**
     * The models whose files alone changed since the last green verify, when that is all that changed: files under
     * {@code models/} changed in place, each a model's SQL or its own properties file ({@code <model>.yml}). Empty
     * when anything else changed (a file added or removed, a macro, a package, a source file, the profile, dbt,
     * the parameters) or there is no record: then every model must be checked.
     */
    Optional<List<String>> changedModels(DbtCheckRequest check) throws IOException {
        if (!Files.isRegularFile(stateFile)) {
            return Optional.empty();
        }
        Map<String, String> before = new TreeMap<>();
        List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                before.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        SortedMap<String, String> now = inputs(check);
        if (before.isEmpty() || !before.keySet().equals(now.keySet())) {
            return Optional.empty();
        }
        Set<String> models = new TreeSet<>();
        for (Map.Entry<String, String> input : now.entrySet()) {
            if (input.getValue().equals(before.get(input.getKey()))) {
                continue;
            }
            Optional<String> model = modelOf(input.getKey(), now);
            if (model.isEmpty()) {
                return Optional.empty();
            }
            model.filter(name -> !name.isEmpty()).ifPresent(models::add);
        }
        return models.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(models));
    }

    /**
     * {@code file models/x/h_member.sql} and {@code models/x/h_member.yml} (beside that SQL) name model h_member;
     * a spec names none ({@code ""}: dbt never reads it); anything else is empty.
     */
    private static Optional<String> modelOf(String key, Map<String, String> inputs) {
        String file = key.startsWith("file ") ? key.substring(5).replace('\\', '/') : "";
        if (file.startsWith("specs/")) {
            return Optional.of(""); // dbt never reads a spec; what it generates is compared on its own
        }
        String name = file.substring(file.lastIndexOf('/') + 1);
        if (!file.startsWith("models/") || name.endsWith(".source.yml")) {
            return Optional.empty();
        }
        String stem = name.endsWith(".sql") || name.endsWith(".yml") ? name.substring(0, name.length() - 4) : null;
        String sql = key.substring(0, key.length() - name.length()) + stem + ".sql";
        boolean model = stem != null && stem.matches("[A-Za-z_][A-Za-z0-9_]*") && inputs.containsKey(sql);
        return model ? Optional.of(stem) : Optional.empty();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).trim();
    }

    void forget() throws IOException {
        Files.deleteIfExists(stateFile);
    }

    static String fingerprint(DbtCheckRequest check) throws IOException {
        return hash(inputs(check));
    }

    private static SortedMap<String, String> inputs(DbtCheckRequest check) throws IOException {
        SortedMap<String, String> inputs = new TreeMap<>();
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
        return inputs;
    }

    private static String hash(SortedMap<String, String> inputs) {
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
