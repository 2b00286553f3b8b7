package io.dvmaven.draft;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks draft specs with the same {@link DesignLoader} as hand-written ones, together with the project's
 * existing specs so that links to their entities resolve. The drafts and a copy of the spec directory go to a
 * temporary project (the loader ignores {@code *.draft.yml}, and the real project is never touched); locations
 * in the result point at the real files.
 */
final class CandidateValidator {

    private CandidateValidator() {
    }

    /**
     * @param drafts draft file name in the spec directory ({@code member.draft.yml}) to its full text
     * @return every diagnostic, files as the user knows them, sorted
     */
    static List<Diagnostic> validate(Path project, Path specDirectory, NamingConventions naming,
                                     Map<String, String> drafts) throws IOException {
        Path temp = Files.createTempDirectory("dv-draft-");
        try {
            Path specRelative = specDirectory.startsWith(project) && !specDirectory.equals(project)
                    ? project.relativize(specDirectory) : Path.of("specs");
            Path tempSpecs = temp.resolve(specRelative);
            Files.createDirectories(tempSpecs);
            Map<String, String> shownAs = new HashMap<>();
            shownAs.put(display(temp, tempSpecs), display(project, specDirectory));
            if (Files.isDirectory(specDirectory)) {
                try (Stream<Path> walk = Files.walk(specDirectory)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        Path relative = specDirectory.relativize(file);
                        if (isDraft(relative.getFileName().toString())) {
                            continue;
                        }
                        Path copy = tempSpecs.resolve(relative.toString());
                        Files.createDirectories(copy.getParent());
                        Files.copy(file, copy);
                        shownAs.put(display(temp, copy), display(project, file));
                    }
                }
            }
            for (Map.Entry<String, String> draft : new LinkedHashMap<>(drafts).entrySet()) {
                String base = draft.getKey().replaceFirst("\\.draft\\.(yml|yaml|json)$", "");
                String extension = draft.getKey().endsWith(".json") ? ".json" : ".yml";
                Path candidate = tempSpecs.resolve(base + extension);
                for (int n = 1; Files.exists(candidate); n++) {
                    candidate = tempSpecs.resolve(base + ".dv-candidate-" + n + extension);
                }
                Files.writeString(candidate, draft.getValue(), StandardCharsets.UTF_8);
                shownAs.put(display(temp, candidate), display(project, specDirectory.resolve(draft.getKey())));
            }
            DesignResult result = DesignLoader.load(temp, tempSpecs, naming);
            List<Diagnostic> mapped = new ArrayList<>();
            for (Diagnostic diagnostic : result.diagnostics()) {
                SourceLocation at = diagnostic.location();
                String file = shownAs.getOrDefault(at.file(), at.file());
                mapped.add(new Diagnostic(new SourceLocation(file, at.line(), at.column()), diagnostic.severity(),
                        diagnostic.code(), diagnostic.message(), diagnostic.fix()));
            }
            mapped.sort(Comparator.naturalOrder());
            return List.copyOf(mapped);
        } finally {
            deleteTree(temp);
        }
    }

    static boolean isDraft(String fileName) {
        return fileName.endsWith(".draft.yml") || fileName.endsWith(".draft.yaml")
                || fileName.endsWith(".draft.json");
    }

    /** The path as DesignLoader shows it: relative to the project when inside it, forward slashes. */
    static String display(Path project, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path root = project.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temp directory left behind does no harm
        }
    }
}
