package io.dvmaven.model.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads the plain block YAML that dbt schema files are nearly always written in, several times faster than a
 * general YAML parser, into the same nodes (values, styles and the start and end positions the scanner uses) that
 * snakeyaml composes. Anything outside that subset gives {@link Optional#empty()}, and the caller composes
 * with snakeyaml instead, which also reports every error.
 *
 * <p>The subset: one document of block mappings and block sequences (compact {@code - key: value} items and
 * sequences at their key's indentation included) with plain keys; values that are plain, single-quoted or
 * double-quoted one-line scalars, one-line flow sequences of such scalars, or literal block scalars
 * ({@code |} and {@code |-}); comments and blank lines anywhere. Not in it: tabs, control characters,
 * surrogates, carriage returns, document markers and directives, anchors, aliases, tags, flow mappings,
 * multi-line plain or quoted scalars, folded scalars, explicit keys and merge keys ({@code <<}).
 */
final class BlockYamlReader {

    private static final int[] NO_BUFFER = new int[0];
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private final String label;
    private final String[] lines;
    /** The line being read; after a node, the line after the last one it took. */
    private int line;

    private BlockYamlReader(String label, String[] lines) {
        this.label = label;
        this.lines = lines;
    }

    /** The documents of {@code content}, or empty when it is not in the subset this reader handles. */
    static Optional<List<Node>> compose(String label, String content) {
        return compose(label, content, content.split("\n", -1));
    }

    /** As {@link #compose(String, String)}, with the text already split at line feeds ({@code split("\n", -1)}). */
    static Optional<List<Node>> compose(String label, String content, String[] lines) {
        if (!inCharacterSubset(content)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BlockYamlReader(label, lines.length == 0 ? new String[] {""} : lines)
                    .documents());
        } catch (Unsupported outsideTheSubset) {
            return Optional.empty();
        }
    }

    /** Thrown on the first construct outside the subset; carries no stack trace (it is not an error). */
    private static final class Unsupported extends RuntimeException {
        private static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }

    private static Unsupported unsupported() {
        return Unsupported.INSTANCE;
    }

    private static boolean inCharacterSubset(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && (c <= 0x9F || c >= 0xD800 && c <= 0xDFFF
                    || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE)) {
                return false;
            }
        }
        return true;
    }

    private List<Node> documents() {
        int first = nextSignificant();
        if (first >= lines.length) {
            return List.of();
        }
        String text = lines[first];
        if (indentOf(text) != 0 || text.startsWith("---") || text.startsWith("...") || text.startsWith("%")) {
            throw unsupported();
        }
        Node root = blockNode(0);
        if (nextSignificant() < lines.length) {
            throw unsupported();
        }
        return List.of(root);
    }

    /** A block node starting at column {@code indent} of the current line. */
    private Node blockNode(int indent) {
        return isSequenceEntry(lines[line], indent) ? sequence(indent) : mapping(indent);
    }

    private SequenceNode sequence(int indent) {
        Optional<Mark> start = mark(line, indent);
        List<Node> items = new ArrayList<>();
        while (true) {
            String text = lines[line];
            int content = skipSpaces(text, indent + 1);
            if (content >= text.length() || text.charAt(content) == '#') {
                items.add(nestedOrEmpty(indent, false, indent + 1));
            } else if (isSequenceEntry(text, content)) {
                throw unsupported(); // "- - x"
            } else if (keyEnd(text, content) >= 0) {
                items.add(mapping(content));
            } else {
                items.add(inlineValue(text, content, indent));
            }
            int next = nextSignificant();
            if (next < lines.length && indentOf(lines[next]) == indent && isSequenceEntry(lines[next], indent)) {
                continue;
            }
            if (next < lines.length && indentOf(lines[next]) > indent) {
                throw unsupported();
            }
            return new SequenceNode(Tag.SEQ, false, items, FlowStyle.BLOCK, start, endMark());
        }
    }

    /** A block mapping whose first key starts at column {@code column} of the current line. */
    private MappingNode mapping(int column) {
        Optional<Mark> start = mark(line, column);
        List<NodeTuple> tuples = new ArrayList<>();
        int keyColumn = column;
        while (true) {
            String text = lines[line];
            int colon = keyEnd(text, keyColumn);
            if (colon < 0) {
                throw unsupported();
            }
            String keyText = text.substring(keyColumn, colon).stripTrailing();
            if (keyText.equals("<<")) {
                throw unsupported(); // a merge key: snakeyaml merges the mappings it names into this one
            }
            ScalarNode key = new ScalarNode(Tag.STR, true, keyText, ScalarStyle.PLAIN, mark(line, keyColumn),
                    mark(line, colon));
            int value = skipSpaces(text, colon + 1);
            Node valueNode = value >= text.length() || text.charAt(value) == '#'
                    ? nestedOrEmpty(keyColumn, true, colon + 1)
                    : inlineValue(text, value, keyColumn);
            tuples.add(new NodeTuple(key, valueNode));
            int next = nextSignificant();
            if (next >= lines.length) {
                break;
            }
            int indent = indentOf(lines[next]);
            if (indent > keyColumn) {
                throw unsupported();
            }
            if (indent < keyColumn || isSequenceEntry(lines[next], indent)) {
                break;
            }
        }
        return new MappingNode(Tag.MAP, false, tuples, FlowStyle.BLOCK, start, endMark());
    }

    /**
     * The value of a key or sequence entry with nothing after it on its line: the block on the following lines
     * when they are indented deeper than {@code ownerIndent} (or, after a key, a sequence at the key's own
     * indentation), else an empty scalar.
     */
    private Node nestedOrEmpty(int ownerIndent, boolean afterKey, int emptyColumn) {
        int here = line;
        line++;
        int next = nextSignificant();
        if (next < lines.length) {
            String text = lines[next];
            int indent = indentOf(text);
            if (indent > ownerIndent || afterKey && indent == ownerIndent && isSequenceEntry(text, indent)) {
                return blockNode(indent);
            }
        }
        return new ScalarNode(Tag.STR, true, "", ScalarStyle.PLAIN, mark(here, emptyColumn), mark(here, emptyColumn));
    }

    /** A value written on the line of its key or entry, starting at {@code from}; takes the line. */
    private Node inlineValue(String text, int from, int ownerIndent) {
        char first = text.charAt(from);
        Node node;
        int end;
        if (first == '|') {
            return literal(text, from, ownerIndent);
        } else if (first == '"') {
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
            end = i + 1;
            node = new ScalarNode(Tag.STR, false, value.toString(), ScalarStyle.DOUBLE_QUOTED, mark(line, from),
                    mark(line, end));
        } else if (first == '\'') {
            StringBuilder value = new StringBuilder();
            end = singleQuoted(text, from, value);
            node = new ScalarNode(Tag.STR, false, value.toString(), ScalarStyle.SINGLE_QUOTED, mark(line, from),
                    mark(line, end));
        } else if (first == '[') {
            return flowSequence(text, from, ownerIndent);
        } else {
            if (INDICATORS.indexOf(first) >= 0) {
                throw unsupported();
            }
            end = plainEnd(text, from);
            String value = text.substring(from, end);
            if (value.contains(": ") || value.endsWith(":")) {
                throw unsupported();
            }
            node = new ScalarNode(Tag.STR, true, value, ScalarStyle.PLAIN, mark(line, from), mark(line, end));
        }
        endOfValue(text, end, ownerIndent);
        return node;
    }

    /** After a value: only a comment may follow on its line, and no deeper line (a continuation) after it. */
    private void endOfValue(String text, int end, int ownerIndent) {
        int rest = skipSpaces(text, end);
        if (rest < text.length() && (text.charAt(rest) != '#' || rest == end)) {
            throw unsupported();
        }
        line++;
        int next = nextSignificant();
        if (next < lines.length && indentOf(lines[next]) > ownerIndent) {
            throw unsupported();
        }
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
    private int singleQuoted(String text, int from, StringBuilder value) {
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

    /** A one-line flow sequence of scalars: {@code [a, 'b', "c"]}. */
    private Node flowSequence(String text, int from, int ownerIndent) {
        List<Node> items = new ArrayList<>();
        int i = skipSpaces(text, from + 1);
        if (i < text.length() && text.charAt(i) == ']') {
            int end = i + 1;
            SequenceNode node = new SequenceNode(Tag.SEQ, false, items, FlowStyle.FLOW, mark(line, from),
                    mark(line, end));
            endOfValue(text, end, ownerIndent);
            return node;
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
                    itemEnd = singleQuoted(text, i, quoted);
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
                        c == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED, mark(line, i),
                        mark(line, itemEnd)));
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
                        mark(line, i), mark(line, itemEnd)));
            }
            i = skipSpaces(text, itemEnd);
            if (i >= text.length()) {
                throw unsupported();
            }
            if (text.charAt(i) == ']') {
                int end = i + 1;
                SequenceNode node = new SequenceNode(Tag.SEQ, false, items, FlowStyle.FLOW, mark(line, from),
                        mark(line, end));
                endOfValue(text, end, ownerIndent);
                return node;
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

    /** A literal block scalar ({@code |} or {@code |-}) whose indicator is at {@code from}. */
    private Node literal(String text, int from, int ownerIndent) {
        boolean strip = from + 1 < text.length() && text.charAt(from + 1) == '-';
        int header = from + (strip ? 2 : 1);
        int rest = skipSpaces(text, header);
        if (rest < text.length() && (text.charAt(rest) != '#' || rest == header)) {
            throw unsupported(); // "|+", an indentation indicator, or text after the indicator
        }
        Optional<Mark> start = mark(line, from);
        int blockIndent = -1;
        int leadingBlankWidth = 0;
        List<String> content = new ArrayList<>();
        int i = line + 1;
        for (; i < lines.length; i++) {
            String candidate = lines[i];
            int indent = indentOf(candidate);
            boolean blank = indent == candidate.length();
            if (blank) {
                if (blockIndent < 0) {
                    leadingBlankWidth = Math.max(leadingBlankWidth, candidate.length());
                }
                content.add(blockIndent < 0 || candidate.length() <= blockIndent ? ""
                        : candidate.substring(blockIndent));
                continue;
            }
            if (indent <= ownerIndent) {
                break;
            }
            if (blockIndent < 0) {
                blockIndent = indent;
                if (leadingBlankWidth > blockIndent) {
                    throw unsupported();
                }
            } else if (indent < blockIndent) {
                throw unsupported();
            }
            content.add(candidate.substring(blockIndent));
        }
        if (blockIndent < 0 || i >= lines.length && !lines[lines.length - 1].isEmpty()) {
            throw unsupported(); // no content, or a last line without its line break: left to snakeyaml
        }
        int last = content.size() - 1;
        while (last >= 0 && content.get(last).isEmpty()) {
            last--;
        }
        String value = String.join("\n", content.subList(0, last + 1)) + (strip ? "" : "\n");
        line = i;
        Optional<Mark> end = i < lines.length ? mark(i, indentOf(lines[i])) : mark(i - 1, 0);
        return new ScalarNode(Tag.STR, true, value, ScalarStyle.LITERAL, start, end);
    }

    /**
     * Index of the colon that ends a plain key starting at {@code from} ({@code key: value} or {@code key:}), or
     * -1 when the text there is not such a key.
     */
    private static int keyEnd(String text, int from) {
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

    private static boolean isSequenceEntry(String text, int column) {
        return column < text.length() && text.charAt(column) == '-'
                && (column + 1 == text.length() || text.charAt(column + 1) == ' ');
    }

    /** Moves past blank and comment lines; the index of the line reached (the line count at the end). */
    private int nextSignificant() {
        while (line < lines.length) {
            String text = lines[line];
            int indent = indentOf(text);
            if (indent < text.length() && text.charAt(indent) != '#') {
                break;
            }
            line++;
        }
        return line;
    }

    /** Where the next token starts, as snakeyaml marks the end of a block: the next significant line, or the end. */
    private Optional<Mark> endMark() {
        int next = nextSignificant();
        if (next < lines.length) {
            return mark(next, indentOf(lines[next]));
        }
        return mark(lines.length - 1, lines[lines.length - 1].length());
    }

    private Optional<Mark> mark(int lineIndex, int column) {
        return Optional.of(new Mark(label, 0, lineIndex, column, NO_BUFFER, 0));
    }

    private static int indentOf(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
