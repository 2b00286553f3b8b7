package io.dvmaven.model.mermaid;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.vault.Vault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: write specs into a project directory, load them, compare vaults without spec references. */
final class Designs {

    static final Path EXAMPLE = Path.of("..", "examples", "member");
    static final Path RESOURCES = Path.of("src", "test", "resources", "mermaid");

    private Designs() {
    }

    static void write(Path project, String relativePath, String content) {
        try {
            Path file = project.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DesignResult load(Path project) {
        return DesignLoader.load(project, Path.of("specs"), NamingConventions.defaults());
    }

    static List<String> formatted(DesignResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).toList();
    }

    /**
     * The vault as text with every spec file reference (path, hash, and how many files contributed) blanked:
     * the design, not the files it was written in. One record per line, for readable diffs.
     */
    static String design(Vault vault) {
        return vault.toString().replaceAll("SpecRef\\[file=[^,\\]]*, sha256=[0-9a-f]*]", "SpecRef")
                .replaceAll("(SpecRef, )+SpecRef", "SpecRef").replace("], ", "],\n");
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
