package io.dvmaven.model.parse.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.mermaid.MermaidSources;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

class SpecInputTest {

    private static List<Diagnostic> problems(String file, String text) {
        Diagnostics diagnostics = new Diagnostics();
        SpecInput.read(file, text, diagnostics, new java.util.ArrayList<>());
        return diagnostics.sorted();
    }

    private static String located(String file, String text) {
        List<Diagnostic> found = problems(file, text.replace('¶', '\n'));
        assertThat(found).hasSize(1);
        Diagnostic d = found.get(0);
        return d.location().line() + ":" + d.location().column() + " " + d.code() + " " + d.message();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"entity\": {\"name\": \"member\",}}|1:30|trailing comma",
        "{\"entity\": {\"name\": \"member\"}, }|1:32|trailing comma",
        "{\"a\": 1, \"a\": 2}|1:13|duplicate member",
        "{\"a\": NaN}|1:10|NaN",
        "// note¶{}|1:1|",
        "{\"a\": 1} /* c */|1:10|",
        "{'a': 1}|1:2|",
        "{\"a\": \"\\ud800\"}|1:7|lone UTF-16 surrogate",
        "{\"a\": 01}|1:8|Leading zeroes",
    })
    void strictJsonRejectsWhatYamlWouldAcceptAtItsPosition(String json, String at, String says) {
        String found = located("dv/member.json", json);
        assertThat(found).startsWith(at + " spec.syntax invalid JSON");
        assertThat(found).contains(says == null ? "" : says);
    }

    @Test
    void jsonGivesNodeTreesWithMarks() {
        Diagnostics diagnostics = new Diagnostics();
        List<Node> nodes = SpecInput.read("dv/m.json", "{\n  \"entity\": {\"name\": \"member\"}\n}", diagnostics,
                new java.util.ArrayList<>());
        assertThat(diagnostics.sorted()).isEmpty();
        MappingNode root = (MappingNode) nodes.get(0);
        Node value = root.getValue().get(0).getValueNode();
        assertThat(value.getStartMark().get().getLine()).isEqualTo(1);
        assertThat(value.getStartMark().get().getColumn()).isEqualTo(12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "entity:¶  name: !!java.lang.Object x|2:9|explicit YAML tag",
        "entity: !custom¶  name: x|1:9|explicit YAML tag",
        "base: &b {name: x}¶entity:¶  <<: *b|3:3|merge keys",
        "entity:¶  name: x¶  description: \"cut \\u|3:23|escape sequence in a double-quoted string is cut short",
    })
    void yamlTagsAndMergeKeysAreRejectedWhereTheyStand(String yaml, String at, String says) {
        assertThat(located("dv/m.yml", yaml)).startsWith(at + " spec.syntax").contains(says);
    }

    @Test
    void aliasesAreBounded() {
        StringBuilder yaml = new StringBuilder("a: &x v\nl:\n");
        for (int i = 0; i < StrictYaml.MAX_ALIASES + 1; i++) {
            yaml.append("  - *x\n");
        }
        assertThat(located("dv/m.yml", yaml.toString())).startsWith((StrictYaml.MAX_ALIASES + 3) + ":5 spec.syntax")
                .contains("aliases");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "entity:¶  name: m¶  description: \"a {{ run_query('drop table x') }}\"|3:16|spec.jinja",
        "source_mappings:¶  crm:¶    record_source: crm {% if %}|3:24|spec.jinja",
        "entity:¶  name: \"m\\nx\"|2:11|spec.line-break",
        "entity:¶  name: m¶  description: \"a\\u0007\"|3:18|spec.control-character",
        "entity:¶  name: m¶  description: \"a\\u202Eb\"|3:18|spec.control-character",
        "business_rules:¶  - name: r¶    condition: a > 1; drop table x|3:21|spec.sql-expression",
        "business_rules:¶  - name: r¶    condition: a > 1 -- x|3:22|spec.sql-expression",
        "business_rules:¶  - name: r¶    condition: a /* x */|3:18|spec.sql-expression",
        "satellites:¶  - name: s¶    attributes: [a, 'b{#c']|3:23|spec.jinja",
    })
    void userTextThatWouldBeLiveInDbtFilesIsRejectedAtItsLocation(String yaml, String at, String code) {
        assertThat(located("dv/m.yml", yaml)).startsWith(at + " " + code);
    }

    @Test
    void descriptionsMayHaveSeveralLinesAndOrdinaryPunctuation() {
        assertThat(problems("dv/m.yml", "entity:\n  name: m\n  description: |\n    Line one {x}.\n    'two' -- 50%\n"))
                .isEmpty();
        assertThat(problems("dv/m.json", "{\"entity\": {\"name\": \"m\", \"description\": \"a\\nb\"}}")).isEmpty();
    }

    @Test
    void badUtf8IsReportedAtTheLineAndColumnOfTheFirstBadByte() {
        byte[] bytes = "entity:\n  name: caf\u00e9 x\u0000".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xFF;
        Diagnostics diagnostics = new Diagnostics();
        assertThat(SpecText.decode(bytes, "dv/m.yml", diagnostics)).isNull();
        Diagnostic d = diagnostics.sorted().get(0);
        assertThat(d.location().line() + ":" + d.location().column()).isEqualTo("2:15");
        assertThat(d.message()).contains("0xFF");
    }

    @Test
    void anEmptyDiagramFileIsReported() {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(MermaidSources.read("dv/e.mmd", "0", "  \n", diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("spec.empty");
    }

    @Test
    void diagramTextIsCheckedLikeSpecText() {
        Diagnostics diagnostics = new Diagnostics();
        MermaidSources.read("dv/m.mmd", "0", "erDiagram\n  member {\n    string id PK \"{{ x }}\"\n  }\n"
                + "%% dv:rule member r condition=\"a > 1; drop table x\"\n", diagnostics);
        assertThat(diagnostics.sorted()).extracting(d -> d.location().line() + " " + d.code())
                .contains("3 spec.jinja", "5 spec.sql-expression");
    }

    @Test
    void ruleConditionsAreListedForReviewWithTheirLocation() {
        Diagnostics diagnostics = new Diagnostics();
        List<io.dvmaven.model.Decision> decisions = new java.util.ArrayList<>();
        SpecInput.read("dv/m.yml", "business_rules:\n  - name: r\n    condition: amount > 0\n", diagnostics, decisions);
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo(UserText.SQL_REVIEW);
            assertThat(d.text()).isEqualTo("amount > 0");
            assertThat(d.location()).hasToString("dv/m.yml:3:16");
        });
    }
}
