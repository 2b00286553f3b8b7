package io.dvmaven.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNameCaseRuleTest {

    @TempDir
    Path dir;

    private final FileNameCaseRule rule = new FileNameCaseRule();

    @Test
    void passesLowerSnakeCaseFileNames() {
        assertThat(ProjectFixture.member(dir).write("models/marts/member_summary_2.sql", "select 1").findings(rule))
                .isEmpty();
    }

    @Test
    void reportsCamelCaseAndDashes() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .write("models/marts/MemberSummary.sql", "select 1")
                .write("models/marts/member-totals.sql", "select 1");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/marts/MemberSummary.sql:1:1: [DV002] model file name 'MemberSummary.sql' is not lower snake_case"
                        + " (fix: rename it to member_summary.sql)",
                "models/marts/member-totals.sql:1:1: [DV002] model file name 'member-totals.sql' is not lower snake_case"
                        + " (fix: rename it to member_totals.sql)");
    }
}
