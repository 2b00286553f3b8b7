package io.dvmaven.model.parse;

import io.dvmaven.model.Decision;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One spec document being read: typed access to its node tree with locations, and the checks every section
 * reader shares (missing keys, wrong types, identifiers, duplicates). Every structure kind reads its section
 * through this class, so a message about a wrong type or a missing key reads the same for every kind.
 */
public final class SpecDocument {

    private final String file;
    private final Diagnostics diagnostics;
    private final List<Decision> decisions;

    public SpecDocument(String file, Diagnostics diagnostics, List<Decision> decisions) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.decisions = decisions;
    }

    public String file() {
        return file;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public List<Decision> decisions() {
        return decisions;
    }

    /** A mapping's entries by key; {@code allowed} null means any key. */
    public Section section(MappingNode node, String where, SourceLocation location, Collection<String> allowed) {
        return new Section(node, where, location, allowed);
    }

    /** One mapping entry of a list section, with its name ({@code null} when unreadable) and how messages name it. */
    public record Entry(Section section, SourceLocation location, Ident name, String where) {
    }

    /**
     * The entries of the list section {@code key} ({@code links}, {@code satellites}, ...): each must be a mapping
     * with a {@code name}; what is not is reported and left out.
     */
    public List<Entry> namedEntries(Section top, String key, String kind, Collection<String> allowed, String example,
                                    String entryExample, String nameLabel, String namePlaceholder) {
        List<Entry> entries = new ArrayList<>();
        for (Node item : optionalList(top, key, example)) {
            if (!(item instanceof MappingNode node)) {
                wrongType(item, "a " + key + " entry", "a mapping", entryExample);
                continue;
            }
            SourceLocation location = at(item);
            Section section = section(node, describeEntry(kind, node), location, allowed);
            Ident name = requiredName(section, "name", nameLabel, namePlaceholder);
            String where = name == null ? kind : kind + " '" + name.value() + "'";
            section.rename(where);
            entries.add(new Entry(section, location, name, where));
        }
        return entries;
    }

    /**
     * Remembers {@code name}; when it was seen before in the same list, reports it at the second place, naming the
     * first line, and returns true.
     */
    public boolean duplicate(Map<String, SourceLocation> seen, Ident name, String what, String fix) {
        SourceLocation first = seen.putIfAbsent(name.value(), name.location());
        if (first == null) {
            return false;
        }
        diagnostics.error(name.location(), "spec.duplicate-name", what + " (first at line " + first.line() + ")", fix);
        return true;
    }

    public MappingNode requiredMapping(Section parent, String key, String example) {
        Node node = parent.value(key);
        if (node == null) {
            missing(parent, key, example.substring(example.indexOf(':') + 2));
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            wrongType(node, "'" + key + "'", "a mapping", example);
            return null;
        }
        return mapping;
    }

    public List<Node> optionalList(Section parent, String key, String example) {
        Node node = parent.value(key);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            wrongType(node, "'" + key + "'", "a list", example);
            return List.of();
        }
        return sequence.getValue();
    }

    public Ident requiredName(Section section, String key, String label, String placeholder) {
        Node node = section.value(key);
        if (node == null) {
            missing(section, key, placeholder);
            return null;
        }
        return nameValue(node, label, "'" + key + "' of " + section.where(), key + ": " + placeholder);
    }

    public Ident optionalName(Section section, String key, String label) {
        Node node = section.value(key);
        return node == null ? null : nameValue(node, label, "'" + key + "' of " + section.where(),
                key + ": <" + label + ">");
    }

    public String optionalText(Section section, String key) {
        Node node = section.value(key);
        return node == null ? null : scalarText(node, "'" + key + "' of " + section.where(), key + ": \"...\"");
    }

    public List<Ident> requiredNameList(Section section, String key, String label, String placeholder) {
        Node node = section.value(key);
        if (node == null) {
            missing(section, key, placeholder);
            return List.of();
        }
        String what = "'" + key + "' of " + section.where();
        if (node instanceof SequenceNode sequence && sequence.getValue().isEmpty()) {
            diagnostics.error(at(node), "spec.empty-list", what + " is empty", "write " + key + ": " + placeholder);
            return List.of();
        }
        return nameList(node, label, what, key + ": " + placeholder);
    }

    /** A list of names; {@code label} non-null means the names are definitions to check. */
    public List<Ident> nameList(Node node, String label, String what, String example) {
        if (!(node instanceof SequenceNode sequence)) {
            wrongType(node, what, "a list of names", example);
            return List.of();
        }
        List<Ident> names = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            Ident name = nameValue(item, label, "an entry of " + what, example);
            if (name != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** A single name; {@code label} non-null means the name is a definition to check. */
    public Ident nameValue(Node node, String label, String what, String example) {
        String text = scalarText(node, what, example);
        if (text == null) {
            return null;
        }
        Ident ident = new Ident(text, at(node));
        if (label != null) {
            checkName(ident, label);
        }
        return ident;
    }

    public String scalarText(Node node, String what, String example) {
        if (node instanceof ScalarNode scalar && !isNull(node)) {
            return scalar.getValue();
        }
        wrongType(node, what, isNull(node) ? "a value" : "a single value", example);
        return null;
    }

    public void checkName(Ident ident, String label) {
        Names.checkIdentifier(ident, label, diagnostics);
    }

    public void checkDuplicates(List<Ident> names, String label, String where) {
        Map<String, Ident> seen = new HashMap<>();
        for (Ident name : names) {
            Ident first = seen.putIfAbsent(name.value(), name);
            if (first != null) {
                diagnostics.error(name.location(), "spec.duplicate-name", label + " '" + name.value()
                        + "' is listed twice in " + where + " (first at line " + first.location().line() + ")",
                        "remove one of the two entries");
            }
        }
    }

    public void missing(Section section, String key, String placeholder) {
        diagnostics.error(section.location(), "spec.missing-field", "missing required key '" + key + "' in "
                + section.where(), "add " + key + ": " + placeholder);
    }

    public void wrongType(Node node, String what, String expected, String example) {
        diagnostics.error(at(node), "spec.wrong-type", what + " must be " + expected + ", found " + describe(node),
                "write " + example);
    }

    public static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    public static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (isNull(node)) {
            return "no value";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }

    /** "satellite 'demographics'" when the entry has a readable name, else just the kind. */
    public static String describeEntry(String kind, MappingNode node) {
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && "name".equals(key.getValue())
                    && tuple.getValueNode() instanceof ScalarNode value && !isNull(value)) {
                return kind + " '" + value.getValue() + "'";
            }
        }
        return kind;
    }

    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public SourceLocation at(Node node) {
        Mark mark = node.getStartMark().orElse(null);
        return mark == null ? new SourceLocation(file, 1, 1)
                : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** A mapping's entries by key (first occurrence), reporting duplicate, unknown and non-scalar keys. */
    public final class Section {
        private String where;
        private final SourceLocation location;
        private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

        private Section(MappingNode node, String where, SourceLocation location, Collection<String> allowed) {
            this.where = where;
            this.location = location;
            Map<String, Integer> firstLine = new HashMap<>();
            for (NodeTuple tuple : node.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode scalarKey) || isNull(keyNode)) {
                    wrongType(keyNode, "a key in " + where, "a name", "<name>: <value>");
                    continue;
                }
                String key = scalarKey.getValue();
                Integer first = firstLine.putIfAbsent(key, at(keyNode).line());
                if (first != null) {
                    diagnostics.error(at(keyNode), "spec.duplicate-key", "duplicate key '" + key + "' in " + where
                            + " (first at line " + first + ")", "remove one of the two");
                    continue;
                }
                if (allowed != null && !allowed.contains(key)) {
                    diagnostics.error(at(keyNode), "spec.unknown-key", "unknown key '" + key + "' in " + where,
                            Names.closest(key, allowed).map(s -> "did you mean '" + s + "'?")
                                    .orElse("remove it; allowed keys: " + String.join(", ", allowed)));
                    continue;
                }
                entries.put(key, tuple);
            }
        }

        public void rename(String newWhere) {
            this.where = newWhere;
        }

        public String where() {
            return where;
        }

        public SourceLocation location() {
            return location;
        }

        public Map<String, NodeTuple> entries() {
            return entries;
        }

        public Node value(String key) {
            NodeTuple tuple = entries.get(key);
            return tuple == null ? null : tuple.getValueNode();
        }

        public SourceLocation keyLocation(String key) {
            NodeTuple tuple = entries.get(key);
            return tuple == null ? location : at(tuple.getKeyNode());
        }
    }
}
