package io.dvmaven.model.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * What the naming rules need from a model's SQL: the AutomateDV macro it calls and the key columns it names.
 *
 * <p>Recognised forms (all AutomateDV documents): keyword arguments with literal values
 * ({@code automate_dv.hub(src_pk="member_hk", ...)}), Jinja assignments ({@code {%- set src_fk = ["a_hk", "b_hk"] -%}})
 * and {@code {%- set yaml_metadata -%} ... {%- endset -%}} blocks, whose {@code hashed_columns} give a stage's hash
 * keys and hashdiffs ({@code is_hashdiff: true}). Arguments given as Jinja variables only are followed through
 * {@code set}; anything else is not recognised and simply yields no columns.
 *
 * @param macro      the AutomateDV macro called ({@code hub}, {@code link}, {@code sat}, {@code stage}, ...), empty if none
 * @param parameters column names per macro parameter ({@code src_pk}, {@code src_fk}, {@code src_nk}, {@code src_hashdiff})
 * @param hashKeys   a stage's {@code hashed_columns} that are hash keys
 * @param hashdiffs  a stage's {@code hashed_columns} that are hashdiffs
 */
public record SqlMetadata(Optional<String> macro, Map<String, List<SqlColumnRef>> parameters,
                          List<SqlColumnRef> hashKeys, List<SqlColumnRef> hashdiffs) {

    public static final String SRC_PK = "src_pk";
    public static final String SRC_FK = "src_fk";
    public static final String SRC_NK = "src_nk";
    public static final String SRC_HASHDIFF = "src_hashdiff";

    private static final Set<String> KEY_PARAMETERS = Set.of(SRC_PK, SRC_FK, SRC_NK, SRC_HASHDIFF);
    private static final Pattern MACRO = Pattern.compile("\\bautomate_dv\\.(\\w+)\\s*\\(");
    private static final Pattern ASSIGNMENT = Pattern.compile("\\b(src_pk|src_fk|src_nk|src_hashdiff)\\s*=\\s*");
    private static final Pattern YAML_BLOCK = Pattern.compile(
            "\\{%-?\\s*set\\s+\\w+\\s*-?%}(.*?)\\{%-?\\s*endset\\s*-?%}", Pattern.DOTALL);
    /** Scalars are read as text only, so no implicit typing (see {@link TextOnlySchema}). */
    private static final LoadSettings YAML_SETTINGS = LoadSettings.builder().setSchema(TextOnlySchema.INSTANCE).build();
    private static final Pattern LIST_ITEM = Pattern.compile("(['\"])([^'\"\\n]*)\\1");
    private static final Pattern ALIAS_ENTRY =
            Pattern.compile("(['\"])(source_column|alias)\\1\\s*:\\s*(['\"])([^'\"\\n]*)\\3");
    private static final Pattern QUOTED = Pattern.compile("\\G\\s*(['\"])([^'\"\\n]*)\\1");

    public SqlMetadata {
        Map<String, List<SqlColumnRef>> copy = new LinkedHashMap<>();
        parameters.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        parameters = Collections.unmodifiableMap(copy);
        hashKeys = List.copyOf(hashKeys);
        hashdiffs = List.copyOf(hashdiffs);
    }

    public static SqlMetadata empty() {
        return new SqlMetadata(Optional.empty(), Map.of(), List.of(), List.of());
    }

    /** Columns given for one parameter, in the order written; empty when absent. */
    public List<SqlColumnRef> parameter(String name) {
        return parameters.getOrDefault(name, List.of());
    }

    /** Reads the metadata of one model's SQL text. Never throws: unreadable parts give no columns. */
    public static SqlMetadata parse(String sql) {
        LineIndex index = new LineIndex(sql);
        Matcher macroMatcher = MACRO.matcher(sql).useTransparentBounds(true);
        Optional<String> macro = find(macroMatcher, sql, "automate_dv.", 0)
                ? Optional.of(macroMatcher.group(1)) : Optional.empty();
        Map<String, List<SqlColumnRef>> parameters = new LinkedHashMap<>();
        List<SqlColumnRef> hashKeys = new ArrayList<>();
        List<SqlColumnRef> hashdiffs = new ArrayList<>();

        Matcher assignment = ASSIGNMENT.matcher(sql).useTransparentBounds(true);
        for (int from = 0; find(assignment, sql, "src_", from); from = assignment.end()) {
            List<SqlColumnRef> values = literalValues(sql, assignment.end(), index);
            if (!values.isEmpty()) {
                parameters.computeIfAbsent(assignment.group(1), k -> new ArrayList<>()).addAll(values);
            }
        }
        Matcher block = YAML_BLOCK.matcher(sql).useTransparentBounds(true);
        for (int from = 0; find(block, sql, "{%", from); from = block.end()) {
            readYamlBlock(block.group(1), index.line(block.start(1)), parameters, hashKeys, hashdiffs);
        }
        parameters.replaceAll((k, v) -> dedupe(v));
        return new SqlMetadata(macro, parameters, dedupe(hashKeys), dedupe(hashdiffs));
    }

    /**
     * {@code matcher.find()} from {@code from} for a pattern whose every match starts with {@code literal}: tries the
     * pattern only where the literal occurs (a plain {@code indexOf}), instead of at every character. The matcher
     * needs transparent bounds, so a leading {@code \\b} still sees the character before the candidate.
     */
    private static boolean find(Matcher matcher, String text, String literal, int from) {
        for (int at = text.indexOf(literal, from); at >= 0; at = text.indexOf(literal, at + 1)) {
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static List<SqlColumnRef> literalValues(String sql, int at, LineIndex index) {
        List<SqlColumnRef> values = new ArrayList<>();
        int pos = skipSpace(sql, at);
        if (pos >= sql.length()) {
            return values;
        }
        char first = sql.charAt(pos);
        if (first == '"' || first == '\'') {
            quoted(sql, pos, index).ifPresent(values::add);
        } else if (first == '[' || first == '{') {
            char close = first == '[' ? ']' : '}';
            int end = sql.indexOf(close, pos);
            if (end < 0) {
                return values;
            }
            String inner = sql.substring(pos + 1, end);
            if (first == '[') {
                Matcher item = LIST_ITEM.matcher(inner);
                while (item.find()) {
                    values.add(ref(item.group(2), pos + 1 + item.start(2), index));
                }
            } else {
                // {"source_column": "X", "alias": "Y"}: the target table's column is the alias
                Matcher entry = ALIAS_ENTRY.matcher(inner);
                SqlColumnRef source = null;
                SqlColumnRef alias = null;
                while (entry.find()) {
                    SqlColumnRef found = ref(entry.group(4), pos + 1 + entry.start(4), index);
                    if (entry.group(2).equals("alias")) {
                        alias = found;
                    } else {
                        source = found;
                    }
                }
                if (alias != null || source != null) {
                    values.add(alias != null ? alias : source);
                }
            }
        }
        return values;
    }

    private static Optional<SqlColumnRef> quoted(String sql, int pos, LineIndex index) {
        Matcher matcher = QUOTED.matcher(sql);
        if (matcher.find(pos) && matcher.start() == pos) {
            return Optional.of(ref(matcher.group(2), matcher.start(2), index));
        }
        return Optional.empty();
    }

    private static void readYamlBlock(String yaml, int firstLine, Map<String, List<SqlColumnRef>> parameters,
                                      List<SqlColumnRef> hashKeys, List<SqlColumnRef> hashdiffs) {
        Optional<Node> root;
        Optional<List<Node>> fast = BlockYamlReader.compose("yaml_metadata", yaml);
        if (fast.isPresent()) {
            root = fast.get().stream().findFirst();
        } else {
            try {
                root = new Compose(YAML_SETTINGS).composeString(yaml);
            } catch (YamlEngineException | NumberFormatException notYaml) { // the latter: an escape cut short
                return;
            }
        }
        if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            String name = key.getValue();
            Node value = tuple.getValueNode();
            if (KEY_PARAMETERS.contains(name)) {
                List<SqlColumnRef> refs = new ArrayList<>();
                if (name.equals(SRC_HASHDIFF) && value instanceof MappingNode aliasForm) {
                    scalarEntry(aliasForm, "alias").or(() -> scalarEntry(aliasForm, "source_column"))
                            .ifPresent(n -> refs.add(ref(n, firstLine)));
                } else {
                    scalars(value).forEach(n -> refs.add(ref(n, firstLine)));
                }
                parameters.computeIfAbsent(name, k -> new ArrayList<>()).addAll(refs);
            } else if (name.equals("hashed_columns") && value instanceof MappingNode hashed) {
                for (NodeTuple column : hashed.getValue()) {
                    if (!(column.getKeyNode() instanceof ScalarNode columnKey)) {
                        continue;
                    }
                    boolean hashdiff = column.getValueNode() instanceof MappingNode spec
                            && scalarEntry(spec, "is_hashdiff").map(v -> v.getValue().equalsIgnoreCase("true")).orElse(false);
                    (hashdiff ? hashdiffs : hashKeys).add(ref(columnKey, firstLine));
                }
            }
        }
    }

    private static List<ScalarNode> scalars(Node node) {
        if (node instanceof ScalarNode scalar) {
            return List.of(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast).toList();
        }
        return List.of();
    }

    private static Optional<ScalarNode> scalarEntry(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                    && tuple.getValueNode() instanceof ScalarNode v) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static SqlColumnRef ref(ScalarNode node, int firstLine) {
        int line = node.getStartMark().map(m -> m.getLine()).orElse(0);
        int column = node.getStartMark().map(m -> m.getColumn()).orElse(0);
        return new SqlColumnRef(node.getValue(), firstLine + line, column + 1);
    }

    private static SqlColumnRef ref(String name, int offset, LineIndex index) {
        return new SqlColumnRef(name, index.line(offset), index.column(offset));
    }

    private static List<SqlColumnRef> dedupe(List<SqlColumnRef> refs) {
        Map<String, SqlColumnRef> byName = new LinkedHashMap<>();
        refs.forEach(r -> byName.putIfAbsent(r.name().toLowerCase(java.util.Locale.ROOT), r));
        return new ArrayList<>(byName.values());
    }

    private static int skipSpace(String text, int pos) {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /** Offsets to 1-based line and column. */
    private static final class LineIndex {
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String text) {
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        int line(int offset) {
            int found = Collections.binarySearch(starts, offset);
            return found >= 0 ? found + 1 : -found - 1;
        }

        int column(int offset) {
            return offset - starts.get(line(offset) - 1) + 1;
        }
    }
}
