package io.dvmaven.draft;

import io.dvmaven.model.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The team's drafting metrics from {@code dv-feedback/*.log}: approvals over time (each with its edits and tests),
 * the share approved without edits, edits per field and tests per request.
 */
public final class FeedbackReport {

    private FeedbackReport() {
    }

    /** The report as lines; a single line saying so when there is no feedback yet. */
    public static List<String> lines(Path projectDirectory) throws IOException {
        Path folder = projectDirectory.resolve(DraftFeedback.DIRECTORY);
        List<Map<?, ?>> entries = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        try {
                            if (Json.parse(line) instanceof Map<?, ?> map) {
                                entries.add(map);
                            }
                        } catch (Json.JsonSyntaxException e) {
                            // a hand-damaged line: the others still count
                        }
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        if (entries.isEmpty()) {
            lines.add("Drafting feedback: no approvals of drafts recorded yet in " + DraftFeedback.DIRECTORY + "/");
            return lines;
        }
        entries.sort(Comparator.comparing((Map<?, ?> e) -> String.valueOf(e.get("approved_at")))
                .thenComparing(e -> String.valueOf(e.get("entity"))));
        lines.add("Drafting feedback: " + entries.size() + " approved draft" + (entries.size() == 1 ? "" : "s"));
        lines.add(String.format(Locale.ROOT, "%-20s %-24s %-16s %-7s %5s  %s", "approved at", "entity", "by", "edited",
                "tests", "edits"));
        Map<String, Integer> perField = new TreeMap<>();
        int unedited = 0;
        int tests = 0;
        for (Map<?, ?> entry : entries) {
            boolean edited = Boolean.TRUE.equals(entry.get("edited"));
            unedited += edited ? 0 : 1;
            int entryTests = entry.get("tests") instanceof Number n ? n.intValue() : 0;
            tests += entryTests;
            List<String> edits = new ArrayList<>();
            if (entry.get("fields") instanceof Map<?, ?> fields) {
                fields.forEach((field, diff) -> {
                    int count = 0;
                    if (diff instanceof Map<?, ?> d) {
                        for (Object list : d.values()) {
                            count += list instanceof List<?> l ? l.size() : 0;
                        }
                    }
                    perField.merge(String.valueOf(field), count, Integer::sum);
                    edits.add(field + " " + count);
                });
            }
            lines.add(String.format(Locale.ROOT, "%-20s %-24s %-16s %-7s %5d  %s", entry.get("approved_at"),
                    entry.get("entity"), entry.get("approved_by"), edited ? "yes" : "no", entryTests,
                    edits.isEmpty() ? "-" : String.join(", ", edits)));
        }
        lines.add(String.format(Locale.ROOT, "Approved without edits: %d of %d (%.0f%%)", unedited, entries.size(),
                100.0 * unedited / entries.size()));
        List<String> fieldEdits = new ArrayList<>();
        perField.forEach((field, count) -> fieldEdits.add(field + " " + count));
        lines.add("Edits per field: " + (fieldEdits.isEmpty() ? "none" : String.join(", ", fieldEdits)));
        lines.add(String.format(Locale.ROOT, "Tests per request: %.1f", (double) tests / entries.size()));
        return lines;
    }
}
