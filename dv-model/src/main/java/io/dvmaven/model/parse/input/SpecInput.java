package io.dvmaven.model.parse.input;

import io.dvmaven.model.Decision;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Turns a spec file's text into node trees: strict YAML or strict JSON (by file name), then checks every piece
 * of user text in them ({@link UserText}). Problems go to the diagnostics with file, line and column.
 */
public final class SpecInput {

    private SpecInput() {
    }

    /**
     * @param decisions gets one "SQL from the spec, review it" entry per rule condition, for the generation report
     * @return the documents, in order (a JSON file has one); {@code null} when the text could not be read at all,
     *         which has then been reported as {@code spec.syntax}
     */
    public static List<Node> read(String file, String text, Diagnostics diagnostics, List<Decision> decisions) {
        boolean json = file.endsWith(".json");
        List<Node> documents;
        if (json && text.isBlank()) {
            return List.of(); // reported as an empty spec, like an empty YAML file
        }
        try {
            documents = json ? List.of(JsonNodes.compose(file, text)) : StrictYaml.compose(file, text);
        } catch (InputException e) {
            String problem = e.problem();
            if (json && !problem.startsWith("invalid JSON")) {
                problem = "invalid JSON: " + problem;
            }
            diagnostics.error(new SourceLocation(file, e.line(), e.column()), "spec.syntax", problem, e.fix());
            return null;
        }
        for (Node document : documents) {
            UserText.check(file, document, diagnostics, decisions);
        }
        return documents;
    }
}
