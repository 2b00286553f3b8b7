package io.dvmaven.model.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbtProjectScannerTest {

    @TempDir
    Path dir;

    private static final String SCHEMA = """
            version: 2
            models:
              - name: l_member_coverage
                description: "Link"
                data_tests:
                  - dv_unique_combination_of_columns:
                      combination_of_columns: [member_hk, coverage_hk]
                columns:
                  - name: member_hk
                    tests:
                      - not_null
                      - relationships:
                          to: ref('h_member')
                          field: member_hk
                  - name: coverage_hk
                    data_tests:
                      - relationships:
                          arguments:
                            to: ref("h_coverage")
                            field: coverage_hk
                          config:
                            severity: warn
                      - test_name: accepted_values
                        values: ['a', 'b']
              - name: h_member
                columns: []
            """;

    @Test
    void readsModelFilesWithFolderAndGeneratedFlag() {
        DbtProject project = ProjectFixture.member(dir).write("models/marts/summary.sql", "select 1\n").scan();

        ModelFile hub = project.model("h_member").orElseThrow();
        assertThat(hub.path()).isEqualTo("models/integration/hubs/h_member.sql");
        assertThat(hub.modelRoot()).isEqualTo("models");
        assertThat(hub.folder()).isEqualTo("integration/hubs");
        assertThat(hub.generated()).isTrue();
        assertThat(hub.lines().get(8)).isEqualTo("{%- set src_pk = \"member_hk\" -%}");
        ModelFile summary = project.model("summary").orElseThrow();
        assertThat(summary.generated()).isFalse();
        assertThat(summary.folder()).isEqualTo("marts");
        assertThat(project.models()).extracting(ModelFile::path).isSorted();
        assertThat(project.schemaFiles()).extracting(SchemaFile::path).contains(
                "models/staging/legacy_facets/sources.yml", "models/integration/hubs/schema.yml");
        assertThat(project.schemaFile("models/integration/hubs/schema.yml").orElseThrow().generated()).isTrue();
    }

    @Test
    void keepsLineAndColumnOfModelsColumnsAndTests() {
        SchemaFile file = DbtProjectScanner.parseSchema("models/x/schema.yml", SCHEMA, new java.util.ArrayList<>());

        SchemaModel link = file.models().get(0);
        assertThat(link.name()).isEqualTo("l_member_coverage");
        assertThat(link.location()).isEqualTo(new SourceLocation("models/x/schema.yml", 3, 5));
        assertThat(link.endLine()).isEqualTo(24);
        assertThat(link.description()).isEqualTo("Link");
        assertThat(link.tests()).singleElement().satisfies(test -> {
            assertThat(test.name()).isEqualTo("dv_unique_combination_of_columns");
            assertThat(test.listArgument("combination_of_columns")).containsExactly("member_hk", "coverage_hk");
            assertThat(test.location()).isEqualTo(new SourceLocation("models/x/schema.yml", 6, 9));
        });
        SchemaColumn member = link.column("member_hk").orElseThrow();
        assertThat(member.location()).isEqualTo(new SourceLocation("models/x/schema.yml", 9, 9));
        assertThat(member.tests()).extracting(SchemaTest::name).containsExactly("not_null", "relationships");
        assertThat(member.tests().get(0).location()).isEqualTo(new SourceLocation("models/x/schema.yml", 11, 13));
        assertThat(member.tests().get(1).referencedModel()).contains("h_member");
        assertThat(member.tests().get(1).argument("field")).contains("member_hk");
        SchemaColumn coverage = link.column("coverage_hk").orElseThrow();
        assertThat(coverage.tests()).hasSize(2);
        SchemaTest nested = coverage.tests().get(0);
        assertThat(nested.arguments()).containsOnlyKeys("to", "field");
        assertThat(nested.referencedModel()).contains("h_coverage");
        assertThat(nested.location()).isEqualTo(new SourceLocation("models/x/schema.yml", 17, 13));
        SchemaTest longForm = coverage.tests().get(1);
        assertThat(longForm.name()).isEqualTo("accepted_values");
        assertThat(longForm.listArgument("values")).containsExactly("a", "b");
        assertThat(file.models().get(1).name()).isEqualTo("h_member");
        assertThat(file.models().get(1).location().line()).isEqualTo(25);
    }

    @Test
    void attributesSchemaLinesToTheirModelEntry() {
        DbtProject project = new DbtProject(List.of("models"), List.of(),
                List.of(DbtProjectScanner.parseSchema("models/x/schema.yml", SCHEMA, new java.util.ArrayList<>())),
                List.of());

        assertThat(project.modelAt(new SourceLocation("models/x/schema.yml", 24, 1))).contains("l_member_coverage");
        assertThat(project.modelAt(new SourceLocation("models/x/schema.yml", 25, 5))).contains("h_member");
        assertThat(project.modelAt(new SourceLocation("models/x/schema.yml", 1, 1))).isEmpty();
    }

    @Test
    void turnsBrokenYamlIntoADiagnostic() {
        DbtProject project = ProjectFixture.member(dir)
                .write("models/marts/schema.yml", "models:\n  - name: a\n    description: \"unterminated\n").scan();

        assertThat(project.problems()).extracting(Diagnostic::format).containsExactly(
                "models/marts/schema.yml:4:1: [DV013] schema file is not valid YAML: found unexpected end of stream"
                        + " (fix: correct the YAML syntax at this position)");
        assertThat(project.schemaFile("models/marts/schema.yml").orElseThrow().models()).isEmpty();
        assertThat(project.schemaModel("h_member")).isPresent();
    }

    @Test
    void reportsAModelEntryWithoutName() {
        List<Diagnostic> problems = new java.util.ArrayList<>();
        DbtProjectScanner.parseSchema("models/schema.yml", "models:\n  - description: x\n", problems);

        assertThat(problems).extracting(Diagnostic::format).containsExactly(
                "models/schema.yml:2:5: [DV013] model entry has no name (fix: add 'name: <model>' to the entry)");
    }

    @Test
    void scansSeveralModelFoldersAndSkipsMissingOnes() throws Exception {
        ProjectFixture fixture = ProjectFixture.empty(dir).write("models/a.sql", "select 1").write("extra/b.sql", "select 2");

        DbtProject project = DbtProjectScanner.scan(dir, List.of("models", "extra/", "absent"));

        assertThat(project.models()).extracting(ModelFile::path).containsExactly("extra/b.sql", "models/a.sql");
        assertThat(project.model("b").orElseThrow().modelRoot()).isEqualTo("extra");
        assertThat(project.model("b").orElseThrow().folder()).isEmpty();
        assertThat(fixture.root()).isEqualTo(dir);
    }

    @Test
    void detectsTheGeneratedHeaderOnTheFirstLineOnly() {
        assertThat(DbtProjectScanner.isGenerated("-- Generated by dv-maven-plugin 0.1.0. Do not edit\nselect 1")).isTrue();
        assertThat(DbtProjectScanner.isGenerated("select 1\n-- Generated by dv-maven-plugin")).isFalse();
    }

    @Test
    void refTargetsUnderstandPackageRefs() {
        assertThat(SchemaTest.refTarget("ref('h_member')")).contains("h_member");
        assertThat(SchemaTest.refTarget(" ref( \"pkg\" , 'h_member' ) ")).contains("h_member");
        assertThat(SchemaTest.refTarget("source('raw', 't')")).isEmpty();
        assertThat(new SchemaTest("dbt_utils.relationships_where", Map.of(), SourceLocation.ofFile("f")).isRelationships())
                .isTrue();
    }

    @Test
    void schemaFilesOfManyMegabytesAreReadWholeOnBothPaths() {
        StringBuilder plain = new StringBuilder("version: 2\nmodels:\n");
        int models = 40_000; // about 4 MiB: beyond snakeyaml's default limit of 3 MiB
        for (int i = 0; i < models; i++) {
            plain.append("  - name: s_entity_").append(i).append("\n    description: \"Satellite number ")
                    .append(i).append(" of a large design\"\n    columns:\n      - name: load_timestamp\n");
        }
        assertThat(plain.length()).isGreaterThan(3 * 1024 * 1024);
        // an anchor puts the same file outside the fast reader's subset, so snakeyaml reads it
        String withAnchor = plain.toString().replace("version: 2", "version: &v 2");
        assertThat(BlockYamlReader.compose("big.yml", plain.toString())).isPresent();
        assertThat(BlockYamlReader.compose("big.yml", withAnchor)).isEmpty();

        List<Diagnostic> fastProblems = new java.util.ArrayList<>();
        List<Diagnostic> slowProblems = new java.util.ArrayList<>();
        SchemaFile fast = DbtProjectScanner.parseSchema("models/big.yml", plain.toString(), fastProblems);
        SchemaFile slow = DbtProjectScanner.parseSchema("models/big.yml", withAnchor, slowProblems);

        assertThat(fastProblems).isEmpty();
        assertThat(slowProblems).isEmpty();
        assertThat(fast.models()).hasSize(models);
        assertThat(slow.models()).isEqualTo(fast.models());
        SchemaModel last = fast.models().get(models - 1);
        assertThat(last.name()).isEqualTo("s_entity_" + (models - 1));
        assertThat(last.location()).isEqualTo(new SourceLocation("models/big.yml", 3 + 4 * (models - 1), 5));
    }
}
