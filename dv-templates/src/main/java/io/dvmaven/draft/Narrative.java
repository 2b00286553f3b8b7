package io.dvmaven.draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A plain-English description of business entities that {@code dv:draft} turns into specs.
 *
 * <p>In the spec directory, a {@code .md} or {@code .txt} file is a narrative when it is marked so, either by
 * the first non-blank line {@code <!-- dv:narrative -->} or by front matter at the very top that contains
 * {@code dv: narrative}:
 * <pre>
 * ---
 * dv: narrative
 * ---
 * </pre>
 * The marker keeps narratives apart from other notes and from Markdown files that hold mermaid diagrams of the
 * design. A file given explicitly ({@code dv.draft.input}) needs no marker. The marker is not sent to the model.
 *
 * @param file    where it was read, as shown in messages (relative to the project when inside it)
 * @param text    the description without the marker
 */
public record Narrative(String file, String text) {

    public static final String MARKER_COMMENT = "<!-- dv:narrative -->";

    /** Every marked narrative under {@code specDirectory}, sorted by path. */
    public static List<Path> find(Path specDirectory) throws IOException {
        if (!Files.isDirectory(specDirectory)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(specDirectory)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString))
                    .toList()) {
                String name = path.getFileName().toString();
                if ((name.endsWith(".md") || name.endsWith(".txt")) && !hidden(specDirectory.relativize(path))
                        && isMarked(Files.readString(path, StandardCharsets.UTF_8))) {
                    found.add(path);
                }
            }
        }
        return found;
    }

    /** Reads a narrative file; the marker, if any, is removed. */
    public static Narrative read(Path file, String shownAs) throws IOException {
        return new Narrative(shownAs, stripMarker(Files.readString(file, StandardCharsets.UTF_8)));
    }

    static boolean isMarked(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = body.lines().toList();
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.equals("---")) {
                    break;
                }
                if (line.replace(" ", "").equals("dv:narrative")) {
                    return true;
                }
            }
        }
        return lines.stream().filter(line -> !line.isBlank()).findFirst()
                .map(line -> line.strip().equals(MARKER_COMMENT)).orElse(false);
    }

    static String stripMarker(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>(body.lines().toList());
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    boolean marked = lines.subList(1, i).stream()
                            .anyMatch(line -> line.strip().replace(" ", "").equals("dv:narrative"));
                    if (marked) {
                        lines.subList(0, i + 1).clear();
                    }
                    break;
                }
            }
        }
        lines.removeIf(line -> line.strip().equals(MARKER_COMMENT));
        return String.join("\n", lines).strip() + "\n";
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
