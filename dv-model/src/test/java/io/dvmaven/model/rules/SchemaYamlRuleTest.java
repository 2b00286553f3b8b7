package io.dvmaven.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaYamlRuleTest {

    @TempDir
    Path dir;

    private final SchemaYamlRule rule = new SchemaYamlRule();

    @Test
    void passesValidSchemaFiles() {
        assertThat(ProjectFixture.member(dir).findings(rule)).isEmpty();
    }

    @Test
    void reportsBrokenYamlAtItsPosition() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .write("models/marts/schema.yml", "version: 2\nmodels:\n  - name: member_summary\n    columns: [a, b\n");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/marts/schema.yml:5:1: [DV013] schema file is not valid YAML: expected ',' or ']', but got"
                        + " <stream end> (fix: correct the YAML syntax at this position)");
    }
}
