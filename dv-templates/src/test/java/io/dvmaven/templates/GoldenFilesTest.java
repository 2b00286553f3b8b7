package io.dvmaven.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every case under {@code src/test/resources/golden/<case>/} ({@code spec/specs/*.yml} loaded with
 * the spec loader, optional {@code templates/} override directory) and compares the result with
 * {@code expected/} file by file. {@code -Ddv.golden.update=true} rewrites {@code expected/} instead.
 */
class GoldenFilesTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden").toAbsolutePath();
    static final String VERSION = "0.0.0-golden";

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersExpectedFiles(String caseName) throws Exception {
        Path caseDir = GOLDEN.resolve(caseName);
        Map<String, String> actual = render(caseDir);
        Path expectedDir = caseDir.resolve("expected");
        if (Boolean.getBoolean("dv.golden.update")) {
            rewrite(expectedDir, actual);
            return;
        }
        Map<String, String> expected = readTree(expectedDir);
        List<String> problems = new ArrayList<>();
        for (String path : new TreeSet<>(union(expected.keySet(), actual.keySet()))) {
            String want = expected.get(path);
            String got = actual.get(path);
            if (want == null) {
                problems.add("unexpected file " + path);
            } else if (got == null) {
                problems.add("missing file " + path);
            } else if (!want.equals(got)) {
                problems.add("differs: " + path + "\n" + diff(want, got));
            }
        }
        if (!problems.isEmpty()) {
            fail("golden case " + caseName + " (rerun with -Ddv.golden.update=true to accept):\n"
                    + String.join("\n", problems));
        }
    }

    static Map<String, String> render(Path caseDir) throws TemplateException {
        Path project = caseDir.resolve("spec");
        DesignResult design = DesignLoader.load(project, project.resolve("specs"), NamingConventions.defaults());
        assertThat(design.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList())
                .as("spec errors").isEmpty();
        Path templates = caseDir.resolve("templates");
        RenderOptions options = new RenderOptions(VERSION, Files.isDirectory(templates) ? templates : null, null,
                true).withSettings(design.settings()); // the case's dv_settings.yml, as dv:generate applies it
        Map<String, String> files = new TreeMap<>();
        new DbtProjectRenderer(options).render(design.vault()).forEach(f -> files.put(f.path(), f.content()));
        return files;
    }

    private static Map<String, String> readTree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void rewrite(Path dir, Map<String, String> files) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static <T> List<T> union(java.util.Set<T> a, java.util.Set<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A small line diff: the first differing line with context, and the line counts. */
    static String diff(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int first = 0;
        while (first < want.length && first < got.length && want[first].equals(got[first])) {
            first++;
        }
        int from = Math.max(0, first - 2);
        String wantPart = Stream.of(want).skip(from).limit(6).map(l -> "  - " + l).collect(Collectors.joining("\n"));
        String gotPart = Stream.of(got).skip(from).limit(6).map(l -> "  + " + l).collect(Collectors.joining("\n"));
        return "  first difference at line " + (first + 1) + " (expected " + want.length + " lines, got "
                + got.length + ")\n" + wantPart + "\n" + gotPart;
    }
}
