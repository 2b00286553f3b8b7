package io.dvmaven.draft;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the first line dv:draft writes into a draft ({@code # DRAFT written by dv:draft from <narrative> (model
 * <model>). ...}), so that a second run can refuse before paying for a request and approval can record where a
 * spec came from.
 */
final class DraftHeaders {

    private static final Pattern FIRST_LINE = Pattern.compile(Pattern.quote(SpecDrafter.HEADER_MARKER)
            + " from (.+) \\(model (.*)\\)\\. Review it before use\\.");

    /** Narrative file and model named in a draft's first line. */
    record Origin(String narrative, String model) {
    }

    private DraftHeaders() {
    }

    /** The origin of a draft text, or {@code null} when dv:draft did not write it. */
    static Origin origin(String text) {
        int end = text.indexOf('\n');
        Matcher matcher = FIRST_LINE.matcher(end < 0 ? text : text.substring(0, end));
        return matcher.matches() ? new Origin(matcher.group(1), matcher.group(2)) : null;
    }

    /** Drafts (paths as shown) whose header says they were drafted from {@code narrative}. */
    static List<String> draftsFrom(Path project, Path specDirectory, String narrative) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(specDirectory)) {
            return found;
        }
        try (Stream<Path> walk = Files.walk(specDirectory)) {
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(p -> CandidateValidator.isDraft(p.getFileName().toString())).sorted().toList()) {
                String first;
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    first = reader.readLine();
                }
                Origin origin = first == null ? null : origin(first);
                if (origin != null && origin.narrative().equals(narrative)) {
                    found.add(CandidateValidator.display(project.toAbsolutePath().normalize(), file));
                }
            }
        }
        return found;
    }

    /** The spec without the three lines that mark it as a draft; the rest of the review comments stays. */
    static String withoutDraftMarker(String text) {
        if (origin(text) == null) {
            return text;
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int drop = 0;
        while (drop < lines.size() && drop < 3 && lines.get(drop).startsWith("#")
                && !lines.get(drop).equals("#")) {
            drop++;
        }
        lines.subList(0, drop).clear();
        while (!lines.isEmpty() && lines.get(0).equals("#")) {
            lines.remove(0);
        }
        return String.join("\n", lines);
    }
}
