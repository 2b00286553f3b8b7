package io.dvmaven.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The fast reader gives exactly snakeyaml's nodes (values, styles, start positions, end positions of mappings)
 * for everything it accepts, and declines whatever snakeyaml rejects.
 */
class BlockYamlReaderTest {

    @Test
    void schemaFilesOfTheFixturesReadFastAndAlike() throws IOException, URISyntaxException {
        Path fixtures = Path.of(getClass().getResource("/fixtures").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fixtures)) {
            files = walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
        for (Path file : files) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(BlockYamlReader.compose("x.yml", content)).as("%s is in the fast subset", file).isPresent();
            assertSameAsSnakeyaml(content);
        }
    }

    @Test
    void everyConstructOfTheSubsetReadsAlike() {
        List<String> samples = List.of(
                "version: 2\n",
                "version: 2",
                "# only a comment\n\n",
                "",
                "a:\n  b: c\n  d:\n    - e\n    - f: g\n      h: i\n",
                "models:\n- name: a\n  columns:\n  - name: b\n- name: c\n",
                "models:\n  - name: a   # trailing comment\n    description:\n    tests:\n\n      # c\n      - not_null\n",
                "key : spaced\nother:    far\n",
                "q: \"say \\\"hi\\\" \\\\ path\\/x\\n\\tend\"\nr: 'it''s'\ns: ''\nt: \"\"\n",
                "f: [a, 'b c', \"d\", ref('x')]\ng: []\nh: [ one ,two ]\n",
                "d: |\n  line one\n\n    indented\n  **Bold**: x # not a comment\n\nnext: 1\n",
                "d: |-\n  kept\n  lines\n\n\nnext: 1\n",
                "d: |\n\n  after a blank\nn: 2\n",
                "s:\n  - |\n    block in a sequence\n  - plain\n",
                "m:\n  - relationships:\n      to: ref('h_member')\n      field: member_hk\n  - accepted_values:\n"
                        + "      values: ['a', 'b']\n      config:\n        severity: warn\n",
                "url: http://example.com/a#b\ncolon: a:b\nbrackets: a [b] {c}\n",
                "e:\n-\n- x\n-   \n",
                "nested:\n  deeper:\n    deepest: v\n  back: w\ntop: z\n",
                "unicode: caf\u00e9 \u4e2d\u6587\n");
        for (String sample : samples) {
            assertThat(BlockYamlReader.compose("x.yml", sample)).as("in the subset: %s", sample).isPresent();
            assertSameAsSnakeyaml(sample);
        }
    }

    @Test
    void constructsOutsideTheSubsetAreLeftToSnakeyaml() {
        List<String> outside = List.of(
                "a: &anchor 1\nb: *anchor\n",
                "a: !tag x\n",
                "---\na: 1\n",
                "a: 1\n---\nb: 2\n",
                "%YAML 1.2\n---\na: 1\n",
                "a: >\n  folded\n",
                "a: |+\n  kept\n\n",
                "a: |2\n   x\n",
                "a: multi\n  line plain\n",
                "a: \"multi\n  line\"\n",
                "a: {b: c}\n",
                "a:\n\t- tab\n",
                "a: \"\\u00e9\"\n",
                "? complex\n: key\n",
                "a: [b, [c]]\n",
                "a: [b,]\n",
                "a: b: c\n",
                "\"quoted key\": v\n",
                "a: 1\r\nb: 2\r\n",
                "a: \ud83d\ude00\n",
                "a: |\n  no final line break");
        for (String sample : outside) {
            assertThat(BlockYamlReader.compose("x.yml", sample)).as("outside the subset: %s", sample).isEmpty();
        }
    }

    @Test
    void invalidYamlIsNeverAccepted() {
        List<String> invalid = List.of(
                "a: 1\n b: 2\n",
                "a:\n  - x\n  y: z\n",
                "a: 'open\n",
                "a: \"x\" y\n",
                "- a\nb: c\n",
                "a:\n    b: 1\n  c: 2\n",
                "a: [x\n",
                "a: |\n    x\n  y\nb: 1\n");
        for (String sample : invalid) {
            assertSameAsSnakeyaml(sample);
        }
    }

    @Test
    void randomSchemaFilesReadAlike() {
        Random random = new Random(20261122);
        int fast = 0;
        for (int round = 0; round < 400; round++) {
            String content = randomSchema(random);
            if (BlockYamlReader.compose("x.yml", content).isPresent()) {
                fast++;
            }
            assertSameAsSnakeyaml(content);
        }
        assertThat(fast).as("most random schema files are in the subset").isGreaterThan(200);
    }

    /**
     * Differential fuzzing: every schema and source file the generator writes for the golden designs, and
     * thousands of mutations of them (lines deleted, doubled, swapped or re-indented, YAML indicators and odd
     * characters inserted, characters dropped or replaced, files cut short), fixed seed. Whatever the fast reader
     * accepts reads exactly as snakeyaml reads it; whatever snakeyaml rejects, the fast reader declines.
     */
    @Test
    void generatedAndMutatedFilesReadAlike() throws IOException {
        List<String> corpus = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("../dv-templates/src/test/resources/golden"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".yml") && p.toString().contains("expected"))
                    .sorted().toList()) {
                corpus.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(corpus).hasSizeGreaterThan(30);
        int accepted = 0;
        int rejected = 0;
        for (String content : corpus) {
            assertThat(BlockYamlReader.compose("x.yml", content)).as("generated files are in the subset: %s", content)
                    .isPresent();
            assertSameAsSnakeyaml(content);
        }
        Random random = new Random(Long.getLong("dv.fuzz.seed", 20261206L));
        for (int round = 0; round < Integer.getInteger("dv.fuzz.yamlRounds", 6_000); round++) {
            String mutated = mutate(random, corpus.get(random.nextInt(corpus.size())));
            if (BlockYamlReader.compose("x.yml", mutated).isPresent()) {
                accepted++;
            } else {
                rejected++;
            }
            assertSameAsSnakeyaml(mutated);
        }
        assertThat(accepted).as("mutations the fast reader reads (compared node by node)").isGreaterThan(1_000);
        assertThat(rejected).as("mutations left to snakeyaml").isGreaterThan(1_000);
    }

    @Test
    void aSchemaFileEndingInACutShortEscapeIsAYamlProblemNotACrash() {
        List<io.dvmaven.model.Diagnostic> problems = new ArrayList<>();
        SchemaFile file = DbtProjectScanner.parseSchema("models/schema.yml",
                "version: 2\nmodels:\n  - name: m\n    description: \"cut \\u", problems);
        assertThat(file.models()).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(4);
            assertThat(p.message()).contains("escape sequence").contains("cut short");
        });
    }

    private static final String[] TOKENS = {": ", "- ", "-", "#", " #", "'", "\"", "''", "[", "]", "{", "}", ",",
        "|", "|-", "|+", ">", "&a ", "*a", "!t ", "!!str ", "\t", "\\", "\\n", "\r", "%", "---\n", "...\n", "? ",
        "@", "`", "\u00e9", "\u2028", "\ufeff", "\ud800", "\u0085", " ", "  ", "\n", "\n\n", "<<: ", "~", "null",
        ":", "key: value", "- item", "[a, b]", "{a: b}"};

    private static String mutate(Random random, String content) {
        List<String> lines = new ArrayList<>(List.of(content.split("\n", -1)));
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(8)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> {
                    if (at + 1 < lines.size()) {
                        lines.set(at, lines.get(at + 1));
                        lines.set(at + 1, line);
                    }
                }
                case 3 -> lines.set(at, random.nextBoolean() ? " ".repeat(1 + random.nextInt(2)) + line
                        : line.replaceFirst("^ {1,2}", ""));
                case 4, 5 -> {
                    int column = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, column) + TOKENS[random.nextInt(TOKENS.length)]
                            + line.substring(column));
                }
                case 6 -> {
                    if (!line.isEmpty()) {
                        int column = random.nextInt(line.length());
                        lines.set(at, line.substring(0, column) + (random.nextBoolean() ? ""
                                : String.valueOf((char) (0x20 + random.nextInt(0x5F)))) + line.substring(column + 1));
                    }
                }
                default -> {
                    if (lines.size() > 1) {
                        lines.subList(at == 0 ? 1 : at, lines.size()).clear();
                    }
                }
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return String.join("\n", lines);
    }

    // ---- comparison -------------------------------------------------------------------------------------

    private static void assertSameAsSnakeyaml(String content) {
        List<Node> expected = new ArrayList<>();
        boolean snakeyamlRejects = false;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel("x.yml").setSchema(TextOnlySchema.INSTANCE)
                    .build();
            new Compose(settings).composeAllFromString(content).forEach(expected::add);
        } catch (YamlEngineException e) {
            snakeyamlRejects = true;
        }
        Optional<List<Node>> actual = BlockYamlReader.compose("x.yml", content);
        if (snakeyamlRejects) {
            assertThat(actual).as("snakeyaml rejects, so must the fast reader: %s", content).isEmpty();
            return;
        }
        if (actual.isEmpty()) {
            return;
        }
        assertThat(actual.get()).as("documents of %s", content).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertSameNode(expected.get(i), actual.get().get(i), "doc" + i, content);
        }
    }

    private static void assertSameNode(Node expected, Node actual, String path, String content) {
        String where = path + " in:\n" + content;
        assertThat(actual.getClass()).as("node type at %s", where).isEqualTo(expected.getClass());
        assertThat(position(actual.getStartMark().orElseThrow())).as("start of %s", where)
                .isEqualTo(position(expected.getStartMark().orElseThrow()));
        if (expected instanceof ScalarNode scalar) {
            ScalarNode other = (ScalarNode) actual;
            assertThat(other.getValue()).as("value at %s", where).isEqualTo(scalar.getValue());
            assertThat(other.getScalarStyle()).as("style at %s", where).isEqualTo(scalar.getScalarStyle());
        } else if (expected instanceof SequenceNode sequence) {
            List<Node> items = ((SequenceNode) actual).getValue();
            assertThat(items).as("items at %s", where).hasSameSizeAs(sequence.getValue());
            assertThat(((SequenceNode) actual).getFlowStyle()).isEqualTo(sequence.getFlowStyle());
            for (int i = 0; i < items.size(); i++) {
                assertSameNode(sequence.getValue().get(i), items.get(i), path + "[" + i + "]", content);
            }
        } else if (expected instanceof MappingNode mapping) {
            List<NodeTuple> tuples = ((MappingNode) actual).getValue();
            assertThat(tuples).as("entries at %s", where).hasSameSizeAs(mapping.getValue());
            assertThat(position(actual.getEndMark().orElseThrow())).as("end of %s", where)
                    .isEqualTo(position(expected.getEndMark().orElseThrow()));
            for (int i = 0; i < tuples.size(); i++) {
                NodeTuple want = mapping.getValue().get(i);
                assertSameNode(want.getKeyNode(), tuples.get(i).getKeyNode(), path + ".key" + i, content);
                String key = ((ScalarNode) want.getKeyNode()).getValue();
                assertSameNode(want.getValueNode(), tuples.get(i).getValueNode(), path + "." + key, content);
            }
        } else {
            fail("unexpected node " + expected);
        }
    }

    private static String position(org.snakeyaml.engine.v2.exceptions.Mark mark) {
        return mark.getLine() + ":" + mark.getColumn();
    }

    // ---- random schema files ----------------------------------------------------------------------------

    private static final String[] WORDS = {"member", "coverage", "hk", "load_timestamp", "caf\u00e9", "a#b",
        "x: y", "'q'", "\"dq\"", "back\\slash", "[br]", "{c}", "-dash", "ref('h_member')", "50%", "*star", "&amp",
        "tab\there", "ends:", "# hash", "p, q"};

    private static String randomSchema(Random random) {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(3) == 0) {
            out.append("# Generated header\n# dv-checksum: 0123\n\n");
        }
        out.append("version: 2\n");
        boolean indentless = random.nextInt(4) == 0;
        out.append(random.nextInt(5) == 0 ? "\n" : "").append("models:\n");
        String item = indentless ? "" : "  ";
        int models = random.nextInt(4);
        for (int m = 0; m < models; m++) {
            String in = item + "  ";
            out.append(item).append("- name: ").append("m_").append(m).append('\n');
            comment(random, out, in);
            out.append(in).append("description:").append(value(random, in)).append('\n');
            if (random.nextBoolean()) {
                tests(random, out, in);
            }
            if (random.nextInt(4) > 0) {
                out.append(in).append("columns:\n");
                String columnItem = random.nextInt(4) == 0 ? in : in + "  ";
                for (int c = random.nextInt(3); c >= 0; c--) {
                    out.append(columnItem).append("- name: col_").append(c).append('\n');
                    String columnIn = columnItem + "  ";
                    if (random.nextBoolean()) {
                        out.append(columnIn).append("description:").append(value(random, columnIn)).append('\n');
                    }
                    if (random.nextBoolean()) {
                        tests(random, out, columnIn);
                    }
                    if (random.nextInt(3) == 0) {
                        out.append('\n');
                    }
                }
            }
            comment(random, out, item);
        }
        if (random.nextInt(3) == 0) {
            out.append("sources:\n  - name: raw\n    tables: [a, b]\n");
        }
        if (random.nextInt(10) == 0) {
            out.setLength(out.length() - 1); // no final line break
        }
        return out.toString();
    }

    private static void tests(Random random, StringBuilder out, String in) {
        out.append(in).append(random.nextBoolean() ? "data_tests:\n" : "tests:\n");
        String testItem = random.nextInt(4) == 0 ? in : in + "  ";
        for (int t = random.nextInt(3); t >= 0; t--) {
            switch (random.nextInt(4)) {
                case 0 -> out.append(testItem).append("- not_null\n");
                case 1 -> out.append(testItem).append("- unique").append(random.nextBoolean() ? "  # why\n" : "\n");
                case 2 -> out.append(testItem).append("- relationships:\n").append(testItem)
                        .append("      to: ref('h_member')\n").append(testItem).append("      field: member_hk\n");
                default -> out.append(testItem).append("- accepted_values:\n").append(testItem)
                        .append("      values: [").append(flowItems(random)).append("]\n");
            }
        }
    }

    private static String flowItems(Random random) {
        List<String> items = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String word = WORDS[random.nextInt(WORDS.length)];
            items.add(switch (random.nextInt(3)) {
                case 0 -> word;
                case 1 -> "'" + word.replace("'", "''") + "'";
                default -> "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            });
        }
        return String.join(random.nextBoolean() ? ", " : ",", items);
    }

    private static String value(Random random, String in) {
        String word = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
        return switch (random.nextInt(7)) {
            case 0 -> "";
            case 1 -> " " + word;
            case 2 -> " '" + word.replace("'", "''") + "'";
            case 3 -> " \"" + word.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
            case 4 -> " |\n" + in + "  ## " + word + "\n\n" + in + "    **Key**: " + word
                    + (random.nextBoolean() ? "\n" + in + "  # inside" : "");
            case 5 -> " |-\n" + in + "  " + word + "\n" + in + "  more";
            default -> " " + word + " # comment";
        };
    }

    private static void comment(Random random, StringBuilder out, String in) {
        switch (random.nextInt(5)) {
            case 0 -> out.append(in).append("# a comment\n");
            case 1 -> out.append("#\n");
            case 2 -> out.append('\n');
            default -> {
            }
        }
    }
}
