package io.dvmaven.model.rules;

import static io.dvmaven.model.rules.RuleTestSupport.HUBS;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnNameCaseRuleTest {

    @TempDir
    Path dir;

    private final ColumnNameCaseRule rule = new ColumnNameCaseRule();

    @Test
    void passesLowerSnakeCaseColumns() {
        assertThat(ProjectFixture.member(dir).findings(rule)).isEmpty();
    }

    @Test
    void reportsTheColumnEntryInTheSchemaFile() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .replace(HUBS + "schema.yml", "- name: load_timestamp", "- name: LoadTimestamp");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/hubs/schema.yml:32:9: [DV003] column 'LoadTimestamp' of h_member is not lower"
                        + " snake_case (fix: rename it to load_timestamp)");
    }
}
