package io.dvmaven.model.project;

import static io.dvmaven.model.project.BlockYamlScalars.endColumn;
import static io.dvmaven.model.project.BlockYamlScalars.inCharacterSubset;
import static io.dvmaven.model.project.BlockYamlScalars.indentOf;
import static io.dvmaven.model.project.BlockYamlScalars.isSequenceEntry;
import static io.dvmaven.model.project.BlockYamlScalars.keyEnd;
import static io.dvmaven.model.project.BlockYamlScalars.skipSpaces;
import static io.dvmaven.model.project.BlockYamlScalars.unsupported;

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
 *
 * <p>This class walks the block structure and literal blocks; {@link BlockYamlScalars} reads the one-line values.
 */
final class BlockYamlReader {

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
        } catch (BlockYamlScalars.Unsupported outsideTheSubset) {
            return Optional.empty();
        }
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
        if (first == '|') {
            return literal(text, from, ownerIndent);
        }
        Node node = first == '"' ? BlockYamlScalars.doubleQuoted(label, line, text, from)
                : first == '\'' ? BlockYamlScalars.singleQuoted(label, line, text, from)
                : first == '[' ? BlockYamlScalars.flowSequence(label, line, text, from)
                : BlockYamlScalars.plain(label, line, text, from);
        endOfValue(text, endColumn(node), ownerIndent);
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
        return BlockYamlScalars.mark(label, lineIndex, column);
    }
}
