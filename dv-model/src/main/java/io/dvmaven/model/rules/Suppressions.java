package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.project.DbtProject;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.project.SchemaFile;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppression comments. In a model's SQL ({@code --} or {@code {# #}}) or a schema file ({@code #}):
 * <ul>
 *   <li>{@code -- dv:ignore DV004} (several ids: {@code DV004, DV005}) silences findings of those rules reported on
 *       the same line, or on the next line when the comment stands on a line of its own;</li>
 *   <li>{@code -- dv:ignore-file DV010} anywhere in a file silences those rules for the whole file; in a model's
 *       SQL it also covers findings about that model reported in its schema entry.</li>
 * </ul>
 * Text after the ids is free, so a reason can follow: {@code -- dv:ignore DV003 legacy column name}.
 */
public final class Suppressions {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "(--|#|\\{#)\\s*dv:ignore(-file)?\\s*:?\\s+([A-Za-z]{2}\\d{3}(?:\\s*,\\s*[A-Za-z]{2}\\d{3}|\\s+[A-Za-z]{2}\\d{3})*)");

    /** Literal text every directive contains: lines without it are not matched against the pattern. */
    private static final String MARKER = "dv:ignore";

    private final DbtProject project;
    /** File-level ids per file: computed once, as every finding in a large schema.yml asks again. */
    private final Map<List<String>, Set<String>> fileLevelIds = new IdentityHashMap<>();

    public Suppressions(DbtProject project) {
        this.project = project;
    }

    /** True when a {@code dv:ignore} comment silences {@code diagnostic} (about {@code model}, may be null). */
    public boolean isSuppressed(Diagnostic diagnostic, String model) {
        String id = diagnostic.code();
        List<String> lines = linesOf(diagnostic.location().file());
        if (fileLevelCached(lines).contains(id)) {
            return true;
        }
        if (model != null) {
            Optional<ModelFile> sql = project.model(model);
            if (sql.isPresent() && fileLevelCached(sql.get().lines()).contains(id)) {
                return true;
            }
        }
        int line = diagnostic.location().line();
        if (line < 1 || line > lines.size()) {
            return false;
        }
        if (lineLevel(lines.get(line - 1)).contains(id)) {
            return true;
        }
        if (line >= 2) {
            String previous = lines.get(line - 2).trim();
            boolean commentOnly = previous.startsWith("--") || previous.startsWith("#") || previous.startsWith("{#");
            return commentOnly && lineLevel(previous).contains(id);
        }
        return false;
    }

    private List<String> linesOf(String file) {
        return project.modelFile(file).map(ModelFile::lines)
                .or(() -> project.schemaFile(file).map(SchemaFile::lines)).orElse(List.of());
    }

    private Set<String> fileLevelCached(List<String> lines) {
        return fileLevelIds.computeIfAbsent(lines, Suppressions::fileLevel);
    }

    private static Set<String> fileLevel(List<String> lines) {
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            if (!line.contains(MARKER)) {
                continue;
            }
            Matcher matcher = DIRECTIVE.matcher(line);
            while (matcher.find()) {
                if (matcher.group(2) != null) {
                    ids.addAll(ids(matcher.group(3)));
                }
            }
        }
        return ids;
    }

    private static Set<String> lineLevel(String line) {
        if (!line.contains(MARKER)) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        Matcher matcher = DIRECTIVE.matcher(line);
        while (matcher.find()) {
            if (matcher.group(2) == null) {
                ids.addAll(ids(matcher.group(3)));
            }
        }
        return ids;
    }

    private static List<String> ids(String list) {
        return List.of(list.toUpperCase(Locale.ROOT).split("[,\\s]+"));
    }
}
