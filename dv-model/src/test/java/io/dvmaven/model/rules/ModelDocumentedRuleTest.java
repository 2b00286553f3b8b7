package io.dvmaven.model.rules;

import static io.dvmaven.model.rules.RuleTestSupport.HUBS;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.Severity;
import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDocumentedRuleTest {

    @TempDir
    Path dir;

    private final ModelDocumentedRule rule = new ModelDocumentedRule();

    @Test
    void warnsByDefault() {
        assertThat(rule.defaultSeverity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void passesWhenEveryModelHasADescribedEntry() {
        assertThat(ProjectFixture.member(dir).findings(rule)).isEmpty();
    }

    @Test
    void reportsAModelWithoutEntry() {
        ProjectFixture fixture = ProjectFixture.member(dir).write("models/marts/member_summary.sql", "select 1");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/marts/member_summary.sql:1:1: [DV010] model 'member_summary' is not documented in any schema file"
                        + " (fix: add '- name: member_summary' with a description to models/marts/member_summary.yml)");
    }

    @Test
    void reportsAnEntryWithoutDescription() {
        ProjectFixture fixture = ProjectFixture.member(dir).replace(HUBS + "schema.yml",
                "    description: \"Hub of member: one row per member business key\"\n", "");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/hubs/schema.yml:20:5: [DV010] model 'h_member' has no description"
                        + " (fix: add 'description: ...' to its entry)");
    }
}
