package io.dvmaven.model.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The one-line pieces of {@link BlockYamlReader}'s subset: plain, single- and double-quoted scalars and flow
 * sequences of scalars, each read from one line into the node snakeyaml composes, plus the character tests the
 * structure walk shares. Anything outside the subset throws {@link Unsupported}.
 */
final class BlockYamlScalars {

    private static final int[] NO_BUFFER = new int[0];
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private BlockYamlScalars() {
    }

    /** Thrown on the first construct outside the subset; carries no stack trace (it is not an error). */
    static final class Unsupported extends RuntimeException {
        private static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }

    static Unsupported unsupported() {
        return Unsupported.INSTANCE;
    }

    static boolean inCharacterSubset(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && (c <= 0x9F || c >= 0xD800 && c <= 0xDFFF
                    || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE)) {
                return false;
            }
        }
        return true;
    }

    /** The double-quoted scalar opening at {@code from} of line {@code line}; escapes limited to the common few. */
    static ScalarNode doubleQuoted(String label, int line, String text, int from) {
        StringBuilder value = new StringBuilder();
        int i = from + 1;
        while (true) {
            if (i >= text.length()) {
                throw unsupported(); // continues on the next line
            }
            char c = text.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                if (i + 1 >= text.length()) {
                    throw unsupported();
                }
                value.append(switch (text.charAt(i + 1)) {
                    case '\\' -> '\\';
                    case '"' -> '"';
                    case '/' -> '/';
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> throw unsupported();
                });
                i += 2;
            } else {
                value.append(c);
                i++;
            }
        }
        return new ScalarNode(Tag.STR, false, value.toString(), ScalarStyle.DOUBLE_QUOTED, mark(label, line, from),
                mark(label, line, i + 1));
    }

    /** The single-quoted scalar opening at {@code from} of line {@code line}. */
    static ScalarNode singleQuoted(String label, int line, String text, int from) {
        StringBuilder value = new StringBuilder();
        int end = singleQuotedInto(text, from, value);
        return new ScalarNode(Tag.STR, false, value.toString(), ScalarStyle.SINGLE_QUOTED, mark(label, line, from),
                mark(label, line, end));
    }

    /** The plain scalar starting at {@code from} of line {@code line}, up to a comment or the end of the line. */
    static ScalarNode plain(String label, int line, String text, int from) {
        if (INDICATORS.indexOf(text.charAt(from)) >= 0) {
            throw unsupported();
        }
        int end = plainEnd(text, from);
        String value = text.substring(from, end);
        if (value.contains(": ") || value.endsWith(":")) {
            throw unsupported();
        }
        return new ScalarNode(Tag.STR, true, value, ScalarStyle.PLAIN, mark(label, line, from), mark(label, line, end));
    }

    /** End of a plain scalar: before a comment ({@code " #"}) or trailing spaces. */
    private static int plainEnd(String text, int from) {
        int comment = text.indexOf(" #", from);
        int end = comment < 0 ? text.length() : comment;
        while (end > from && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    /**
     * Reads the one-line single-quoted scalar opening at {@code from} into {@code value} ({@code ''} is one quote)
     * and returns the index after its closing quote.
     */
    private static int singleQuotedInto(String text, int from, StringBuilder value) {
        int i = from + 1;
        while (true) {
            int quote = text.indexOf('\'', i);
            if (quote < 0) {
                throw unsupported();
            }
            value.append(text, i, quote);
            if (quote + 1 < text.length() && text.charAt(quote + 1) == '\'') {
                value.append('\'');
                i = quote + 2;
            } else {
                return quote + 1;
            }
        }
    }

    /** A one-line flow sequence of scalars opening at {@code from} of line {@code line}: {@code [a, 'b', "c"]}. */
    static SequenceNode flowSequence(String label, int line, String text, int from) {
        List<Node> items = new ArrayList<>();
        int i = skipSpaces(text, from + 1);
        if (i < text.length() && text.charAt(i) == ']') {
            return new SequenceNode(Tag.SEQ, false, items, FlowStyle.FLOW, mark(label, line, from),
                    mark(label, line, i + 1));
        }
        while (true) {
            if (i >= text.length()) {
                throw unsupported();
            }
            char c = text.charAt(i);
            int itemEnd;
            if (c == '\'' || c == '"') {
                String value;
                if (c == '\'') {
                    StringBuilder quoted = new StringBuilder();
                    itemEnd = singleQuotedInto(text, i, quoted);
                    value = quoted.toString();
                } else {
                    int close = text.indexOf(c, i + 1);
                    if (close < 0) {
                        throw unsupported();
                    }
                    value = text.substring(i + 1, close);
                    if (value.indexOf('\\') >= 0) {
                        throw unsupported(); // escapes inside double-quoted flow items: left to snakeyaml
                    }
                    itemEnd = close + 1;
                }
                items.add(new ScalarNode(Tag.STR, false, value,
                        c == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED, mark(label, line, i),
                        mark(label, line, itemEnd)));
            } else {
                if (INDICATORS.indexOf(c) >= 0) {
                    throw unsupported();
                }
                int stop = i;
                while (stop < text.length() && ",[]{}:#".indexOf(text.charAt(stop)) < 0) {
                    stop++;
                }
                int valueEnd = stop;
                while (valueEnd > i && text.charAt(valueEnd - 1) == ' ') {
                    valueEnd--;
                }
                if (valueEnd == i) {
                    throw unsupported();
                }
                itemEnd = valueEnd;
                items.add(new ScalarNode(Tag.STR, true, text.substring(i, valueEnd), ScalarStyle.PLAIN,
                        mark(label, line, i), mark(label, line, itemEnd)));
            }
            i = skipSpaces(text, itemEnd);
            if (i >= text.length()) {
                throw unsupported();
            }
            if (text.charAt(i) == ']') {
                return new SequenceNode(Tag.SEQ, false, items, FlowStyle.FLOW, mark(label, line, from),
                        mark(label, line, i + 1));
            }
            if (text.charAt(i) != ',') {
                throw unsupported();
            }
            i = skipSpaces(text, i + 1);
            if (i < text.length() && text.charAt(i) == ']') {
                throw unsupported(); // a trailing comma
            }
        }
    }

    /**
     * Index of the colon that ends a plain key starting at {@code from} ({@code key: value} or {@code key:}), or
     * -1 when the text there is not such a key.
     */
    static int keyEnd(String text, int from) {
        if (from >= text.length() || INDICATORS.indexOf(text.charAt(from)) >= 0) {
            return -1;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i;
            }
            if (c == '#' && text.charAt(i - 1) == ' ' || c == '\'' || c == '"' || c == '[' || c == ']'
                    || c == '{' || c == '}' || c == ',') {
                return -1;
            }
        }
        return -1;
    }

    static boolean isSequenceEntry(String text, int column) {
        return column < text.length() && text.charAt(column) == '-'
                && (column + 1 == text.length() || text.charAt(column + 1) == ' ');
    }

    /** Column after the node, on the line it was read from. */
    static int endColumn(Node node) {
        return node.getEndMark().orElseThrow().getColumn();
    }

    static Optional<Mark> mark(String label, int line, int column) {
        return Optional.of(new Mark(label, 0, line, column, NO_BUFFER, 0));
    }

    static int indentOf(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
