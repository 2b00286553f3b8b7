package io.dvmaven.plugin.verify;

import io.dvmaven.model.DvLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds files that look like specs but lie outside the specs folder, which generate and verify never read: a YAML
 * or JSON file with a top-level {@code entity:} next to {@code hub:} or {@code satellites:}, or a Mermaid
 * {@code erDiagram}. Each is warned about with its path, so a spec in the wrong place is not silently ignored.
 */
final class MisplacedSpecs {

    private static final Set<String> SKIPPED = Set.of("target", "dbt_packages", "logs", ".git", "node_modules",
            ".dv", ".idea");
    private static final int MAX_DEPTH = 6;
    private static final long MAX_SIZE = 1 << 20;
    private static final Pattern YAML_ENTITY = Pattern.compile("(?m)^entity:");
    private static final Pattern YAML_VAULT = Pattern.compile("(?m)^(hub|satellites|link):");
    private static final Pattern JSON_SPEC = Pattern.compile("\"entity\"\\s*:[\\s\\S]*\"(hub|satellites|link)\"\\s*:");

    private final DvLog log;

    MisplacedSpecs(DvLog log) {
        this.log = log;
    }

    /** Warns once per misplaced file; returns the project-relative paths found, sorted. */
    List<String> warn(Path project, Path specs) throws IOException {
        List<String> found = find(project, specs);
        for (String path : found) {
            log.warn(path + ": looks like a spec but lies outside " + relative(project, specs)
                    + "/, so it is ignored; move it into " + relative(project, specs) + "/ (or set <specDirectory>)");
        }
        return found;
    }

    static List<String> find(Path project, Path specs) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(project)) {
            return found;
        }
        Path specsFolder = specs.toAbsolutePath().normalize();
        Files.walkFileTree(project, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(project) && (SKIPPED.contains(dir.getFileName().toString())
                        || dir.toAbsolutePath().normalize().equals(specsFolder))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile() && attributes.size() <= MAX_SIZE && looksLikeSpec(file)) {
                    found.add(relative(project, file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    static boolean looksLikeSpec(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yml") || name.endsWith(".yaml");
        boolean json = name.endsWith(".json");
        boolean mermaid = name.endsWith(".mmd") || name.endsWith(".mermaid");
        if (!yaml && !json && !mermaid) {
            return false;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException binary) {
            return false;
        }
        if (mermaid) {
            return text.contains("erDiagram");
        }
        return yaml ? YAML_ENTITY.matcher(text).find() && YAML_VAULT.matcher(text).find()
                : JSON_SPEC.matcher(text).find();
    }

    private static String relative(Path project, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = project.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
