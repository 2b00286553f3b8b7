package io.dvmaven.model.project;

import static io.dvmaven.model.project.DbtProjectScanner.YAML_PROBLEM_CODE;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads one dbt schema file into its models, columns and tests, with the lines each starts and ends at. Plain
 * block YAML is composed by {@link BlockYamlReader}, anything else by snakeyaml; unreadable YAML becomes a
 * {@link DbtProjectScanner#YAML_PROBLEM_CODE} diagnostic.
 */
final class SchemaFileParser {

    private SchemaFileParser() {
    }

    /**
     * Parses one schema file. A YAML error adds a diagnostic to {@code problems} and gives a file without models.
     *
     * @param path path relative to the project, used in locations
     */
    static SchemaFile parse(String path, String content, List<Diagnostic> problems) {
        String[] lineArray = content.isEmpty() ? new String[0] : content.split("\n", -1);
        List<String> lines = List.of(lineArray);
        boolean generated = DbtProjectScanner.isGenerated(content);
        List<SchemaModel> models = new ArrayList<>();
        try {
            // plain block YAML (nearly every schema file) is read fast; the rest, errors included, by snakeyaml
            Optional<List<Node>> fast = BlockYamlReader.compose(path, content, lineArray);
            Iterable<Node> documents = fast.isPresent() ? fast.get() : new Compose(LoadSettings.builder()
                    .setLabel(path).setSchema(TextOnlySchema.INSTANCE).setBufferSize(64 * 1024)
                    .setCodePointLimit(Integer.MAX_VALUE).build()) // a large design's schema.yml runs to megabytes
                    .composeAllFromString(content);
            for (Node document : documents) {
                if (document instanceof MappingNode root) {
                    entry(root, "models").ifPresent(node -> readModels(path, lines, node, models, problems));
                }
            }
        } catch (MarkedYamlEngineException broken) {
            Mark mark = broken.getProblemMark().or(broken::getContextMark).orElse(null);
            SourceLocation location = mark == null ? new SourceLocation(path, 1, 1)
                    : new SourceLocation(path, mark.getLine() + 1, mark.getColumn() + 1);
            problems.add(Diagnostic.error(location, YAML_PROBLEM_CODE, "schema file is not valid YAML: "
                    + firstLine(broken.getProblem()), "correct the YAML syntax at this position"));
            models.clear();
        } catch (YamlEngineException broken) {
            problems.add(Diagnostic.error(new SourceLocation(path, 1, 1), YAML_PROBLEM_CODE,
                    "schema file is not valid YAML: " + firstLine(broken.getMessage()), "correct the YAML syntax"));
            models.clear();
        } catch (NumberFormatException cutShort) { // snakeyaml-engine on an escape cut short by the end
            problems.add(Diagnostic.error(new SourceLocation(path, Math.max(1, lines.size()), 1), YAML_PROBLEM_CODE,
                    "schema file is not valid YAML: an escape sequence in a double-quoted string is cut short",
                    "complete the escape or close the string"));
            models.clear();
        }
        return new SchemaFile(path, lines, generated, models);
    }

    private static void readModels(String path, List<String> lines, Node node, List<SchemaModel> models, List<Diagnostic> problems) {
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(Diagnostic.error(location(path, node), YAML_PROBLEM_CODE,
                    "'models' must be a list of model entries", "write each model as '- name: <model>'"));
            return;
        }
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode model)) {
                continue;
            }
            Optional<String> name = scalar(model, "name");
            if (name.isEmpty()) {
                problems.add(Diagnostic.error(location(path, item), YAML_PROBLEM_CODE,
                        "model entry has no name", "add 'name: <model>' to the entry"));
                continue;
            }
            List<SchemaColumn> columns = new ArrayList<>();
            entry(model, "columns").ifPresent(columnsNode -> {
                if (columnsNode instanceof SequenceNode columnList) {
                    for (Node columnNode : columnList.getValue()) {
                        if (columnNode instanceof MappingNode column) {
                            scalar(column, "name").ifPresent(columnName -> columns.add(new SchemaColumn(columnName,
                                    scalar(column, "description").orElse(null), location(path, column),
                                    tests(path, column))));
                        }
                    }
                }
            });
            int endLine = item.getEndMark().map(m -> lastLineBefore(lines, m)).orElse(Integer.MAX_VALUE);
            models.add(new SchemaModel(name.get(), scalar(model, "description").orElse(null), location(path, item),
                    Math.max(endLine, location(path, item).line()), columns, tests(path, model)));
        }
    }

    private static List<SchemaTest> tests(String path, MappingNode owner) {
        List<SchemaTest> tests = new ArrayList<>();
        for (String key : List.of("tests", "data_tests")) {
            entry(owner, key).ifPresent(node -> {
                if (node instanceof SequenceNode list) {
                    for (Node item : list.getValue()) {
                        test(path, item).ifPresent(tests::add);
                    }
                }
            });
        }
        return tests;
    }

    private static Optional<SchemaTest> test(String path, Node item) {
        if (item instanceof ScalarNode scalar) {
            return Optional.of(new SchemaTest(scalar.getValue(), Map.of(), location(path, item)));
        }
        if (!(item instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
            return Optional.empty();
        }
        // Either {relationships: {to: ..., field: ...}} or the long form {test_name: relationships, to: ..., ...}
        Optional<String> testName = scalar(mapping, "test_name");
        Map<String, Object> arguments = new LinkedHashMap<>();
        String name;
        if (testName.isPresent()) {
            name = testName.get();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = keyOf(tuple);
                if (key != null && !key.equals("test_name") && !key.equals("name")) {
                    arguments.put(key, plain(tuple.getValueNode()));
                }
            }
        } else {
            NodeTuple first = mapping.getValue().get(0);
            name = keyOf(first);
            if (name == null) {
                return Optional.empty();
            }
            if (plain(first.getValueNode()) instanceof Map<?, ?> args) {
                args.forEach((k, v) -> arguments.put(String.valueOf(k), v));
            }
        }
        // dbt 1.10+: arguments nested under 'arguments:'; config is not an argument
        if (arguments.remove("arguments") instanceof Map<?, ?> nested) {
            nested.forEach((k, v) -> arguments.putIfAbsent(String.valueOf(k), v));
        }
        arguments.remove("config");
        return Optional.of(new SchemaTest(name, arguments, location(path, item)));
    }

    /** 1-based last line of a node that ends at {@code end} (the start of whatever follows it). */
    private static int lastLineBefore(List<String> lines, Mark end) {
        int line = end.getLine();
        if (line >= lines.size()) {
            return lines.size();
        }
        String before = lines.get(line).substring(0, Math.min(end.getColumn(), lines.get(line).length()));
        return before.replace("-", "").isBlank() ? line : line + 1;
    }

    private static Object plain(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(SchemaFileParser::plain).toList();
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = keyOf(tuple);
                if (key != null) {
                    map.putIfAbsent(key, plain(tuple.getValueNode()));
                }
            }
            return Collections.unmodifiableMap(map);
        }
        return "";
    }

    private static String keyOf(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : null;
    }

    private static Optional<Node> entry(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (key.equals(keyOf(tuple))) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> scalar(MappingNode mapping, String key) {
        return entry(mapping, key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue());
    }

    private static SourceLocation location(String path, Node node) {
        return node.getStartMark().map(m -> new SourceLocation(path, m.getLine() + 1, m.getColumn() + 1))
                .orElse(new SourceLocation(path, 1, 1));
    }

    private static String firstLine(String text) {
        return text == null ? "unreadable content" : text.strip().lines().findFirst().orElse("unreadable content");
    }
}
