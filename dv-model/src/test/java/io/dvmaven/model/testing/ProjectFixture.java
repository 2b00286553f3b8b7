package io.dvmaven.model.testing;

import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.project.DbtProject;
import io.dvmaven.model.project.DbtProjectScanner;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.rules.RuleContext;
import io.dvmaven.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A dbt project tree in a temporary folder, starting empty or as a copy of the member example's layout. */
public final class ProjectFixture {

    private final Path root;

    private ProjectFixture(Path root) {
        this.root = root;
    }

    public static ProjectFixture empty(Path root) {
        return new ProjectFixture(root);
    }

    /** The hand-built mirror of the generated member layout (src/test/resources/fixtures/member). */
    public static ProjectFixture member(Path root) {
        try {
            Path source = Path.of(ProjectFixture.class.getResource("/fixtures/member").toURI());
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    Path target = root.resolve(source.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
            return new ProjectFixture(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path root() {
        return root;
    }

    public ProjectFixture write(String path, String content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a file; fails when the text is not there, so fixtures cannot drift silently. */
    public ProjectFixture replace(String path, String text, String replacement) {
        String content = read(path);
        if (!content.contains(text)) {
            throw new AssertionError(path + " does not contain: " + text);
        }
        return write(path, content.replace(text, replacement));
    }

    public ProjectFixture move(String from, String to) {
        try {
            Path target = root.resolve(to);
            Files.createDirectories(target.getParent());
            Files.move(root.resolve(from), target);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ProjectFixture delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DbtProject scan() {
        try {
            return DbtProjectScanner.scan(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One rule's findings with the default conventions, formatted. */
    public List<String> findings(NamingRule rule) {
        return findings(rule, NamingConventions.defaults());
    }

    public List<String> findings(NamingRule rule, NamingConventions naming) {
        List<String> lines = new ArrayList<>();
        rule.check(new RuleContext(scan(), naming), d -> lines.add(d.format()));
        return lines;
    }

    public List<Diagnostic> diagnostics(NamingRule rule) {
        List<Diagnostic> out = new ArrayList<>();
        rule.check(new RuleContext(scan(), NamingConventions.defaults()), out::add);
        return out;
    }
}
