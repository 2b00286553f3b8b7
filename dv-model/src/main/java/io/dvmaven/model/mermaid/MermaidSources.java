package io.dvmaven.model.mermaid;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.parse.input.DiagramText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code erDiagram}s of a spec file: the whole of a {@code .mmd} file, or every fenced
 * {@code mermaid} block of a {@code .md} file whose diagram is an {@code erDiagram} (other diagrams and the
 * prose around them are documentation and are skipped). Line numbers stay those of the original file.
 */
public final class MermaidSources {

    private static final Pattern FENCE_OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*mermaid\\b.*$");

    private MermaidSources() {
    }

    /** Whether the file is read as a diagram rather than as YAML/JSON. */
    public static boolean isDiagramFile(String name) {
        return name.endsWith(".mmd") || name.endsWith(".md");
    }

    /**
     * @return the diagrams of the file; empty for a Markdown file without an erDiagram block (then it is
     *         not a spec at all)
     */
    public static List<ErDiagram> read(String file, String sha256, String text, Diagnostics diagnostics) {
        List<String> lines = text.lines().toList();
        if (file.endsWith(".mmd")) {
            if (text.isBlank()) {
                diagnostics.error(new SourceLocation(file, 1, 1), "spec.empty", "diagram file is empty",
                        "write an erDiagram in it or delete the file");
                return List.of();
            }
            ErDiagram diagram = ErDiagramParser.parse(file, sha256, lines, 1, diagnostics);
            if (diagram != null) {
                DiagramText.check(diagram, diagnostics);
            }
            return diagram == null ? List.of() : List.of(diagram);
        }
        List<ErDiagram> diagrams = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE_OPEN.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String fence = open.group(1);
            int end = i + 1;
            while (end < lines.size() && !isClosingFence(lines.get(end), fence)) {
                end++;
            }
            List<String> block = lines.subList(i + 1, end);
            if (ErDiagramParser.isErDiagram(block)) {
                if (end == lines.size()) {
                    diagnostics.error(new SourceLocation(file, i + 1, lines.get(i).indexOf(fence) + 1),
                            "mermaid.unclosed", "```mermaid block is not closed", "add a line " + fence
                                    + " after the diagram");
                }
                ErDiagram diagram = ErDiagramParser.parse(file, sha256, block, i + 2, diagnostics);
                if (diagram != null) {
                    DiagramText.check(diagram, diagnostics);
                    diagrams.add(diagram);
                }
            }
            i = end;
        }
        return diagrams;
    }

    private static boolean isClosingFence(String line, String fence) {
        String stripped = line.strip();
        return line.length() - line.stripLeading().length() <= 3 && stripped.length() >= fence.length()
                && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }
}
