package io.dvmaven.model.parse.input;

import io.dvmaven.model.Decision;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Every piece of text in a spec ends up in a dbt file (descriptions in schema YAML and SQL comments, names in
 * SQL, record sources in accepted values and staging metadata). dbt renders all of those with Jinja, so text that
 * could open Jinja is refused where it is written, as are control characters and line breaks outside
 * descriptions. Rule conditions are SQL by design: they are checked here for Jinja, statement separators and
 * comment openers, and listed in the generation report for review.
 */
public final class UserText {

    /** Keys whose values may span lines. */
    private static final Set<String> MULTI_LINE = Set.of("description");
    /** Keys whose values are SQL expressions: rule conditions and derived columns' {@code sql}. */
    private static final Set<String> SQL = Set.of("condition", "sql");
    private static final List<String> JINJA = List.of("{{", "}}", "{%", "%}", "{#", "#}");
    private static final List<String> SQL_BREAKERS = List.of(";", "--", "/*", "*/");

    private UserText() {
    }

    static void check(String file, Node root, Diagnostics diagnostics, List<Decision> decisions) {
        walk(file, root, null, diagnostics, decisions, 0);
    }

    private static void walk(String file, Node node, String key, Diagnostics diagnostics, List<Decision> decisions,
                             int depth) {
        if (depth > 1000) {
            return; // the composer already refused such nesting; nothing deeper is text
        }
        if (node instanceof ScalarNode scalar) {
            Optional<Problem> problem = problem(scalar.getValue(), key);
            problem.ifPresent(p -> diagnostics.error(at(file, scalar, p.index()), p.code(), p.message(), p.fix()));
            if (problem.isEmpty() && key != null && SQL.contains(key) && !scalar.getValue().isBlank()) {
                decisions.add(new Decision(SQL_REVIEW, scalar.getValue(), at(file, scalar, 0)));
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String name = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
                walk(file, tuple.getKeyNode(), "", diagnostics, decisions, depth + 1);
                walk(file, tuple.getValueNode(), name, diagnostics, decisions, depth + 1);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                walk(file, item, key, diagnostics, decisions, depth + 1);
            }
        }
    }

    /** The subject under which rule conditions are listed in the generation report. */
    public static final String SQL_REVIEW = "SQL from the spec, review it";

    /** What is wrong with {@code text} as the value of {@code key} (null: a list item or document root). */
    public static Optional<Problem> problem(String text, String key) {
        for (String delimiter : JINJA) {
            int index = text.indexOf(delimiter);
            if (index >= 0) {
                return Optional.of(new Problem("spec.jinja", index, "text holds the Jinja delimiter '" + delimiter
                        + "'" + where(key) + "; dbt would run it as template code",
                        "remove the delimiter; spec text is copied into dbt files as plain text"));
            }
        }
        boolean multiLine = key != null && MULTI_LINE.contains(key);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '\n' || c == '\r') && !multiLine) {
                return Optional.of(new Problem("spec.line-break", i, "line break in a single-line value"
                        + where(key), "write the value on one line"));
            }
            if (isControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of(new Problem("spec.control-character", i, String.format(
                        "control character U+%04X%s", (int) c, where(key)), "remove it"));
            }
        }
        if (key != null && SQL.contains(key)) {
            for (String breaker : SQL_BREAKERS) {
                int index = text.indexOf(breaker);
                if (index >= 0) {
                    return Optional.of(new Problem("spec.sql-expression", index, ("sql".equals(key)
                            ? "SQL expression holds '" + breaker + "'; a derived column is one SQL expression"
                            : "rule condition holds '" + breaker + "'; a condition is one SQL boolean expression")
                            + ", without statements or comments", "sql".equals(key)
                            ? "remove it; write one expression over the source columns"
                            : "remove it; put explanations in the rule's description"));
                }
            }
        }
        return Optional.empty();
    }

    /** C0/C1 controls, DEL, line/paragraph separators and the bidirectional overrides that hide text. */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }

    private static String where(String key) {
        return key == null || key.isEmpty() ? "" : " of '" + key + "'";
    }

    /** The scalar's start, moved to the offending character when the scalar is on one line and plain. */
    private static SourceLocation at(String file, ScalarNode scalar, int index) {
        Optional<Mark> start = scalar.getStartMark();
        if (start.isEmpty()) {
            return new SourceLocation(file, 1, 1);
        }
        Mark mark = start.get();
        int column = mark.getColumn() + 1;
        String value = scalar.getValue();
        boolean sameLine = scalar.getEndMark().map(end -> end.getLine() == mark.getLine()).orElse(false);
        if (sameLine && value.indexOf('\\') < 0 && value.indexOf('\'') < 0 && value.indexOf('"') < 0) {
            column += index + (scalar.isPlain() ? 0 : 1);
        }
        return new SourceLocation(file, mark.getLine() + 1, column);
    }

    /** One problem: its code, offset in the text, message and fix. */
    public record Problem(String code, int index, String message, String fix) {
    }
}
