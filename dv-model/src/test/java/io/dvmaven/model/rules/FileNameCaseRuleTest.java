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
    void passesDoubleUnderscoreBetweenWords() {
        // dbt's own staging style, stg_{source}__{entity}, is a valid naming convention
        assertThat(ProjectFixture.member(dir).write("models/marts/stg_legacy_facets__member.sql", "select 1")
                .findings(rule)).isEmpty();
    }

    @Test
    void reportsLeadingAndTrailingUnderscores() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .write("models/marts/_member.sql", "select 1")
                .write("models/marts/member_.sql", "select 1");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/marts/_member.sql:1:1: [DV002] model file name '_member.sql' is not lower snake_case"
                        + " (fix: rename it to member.sql)",
                "models/marts/member_.sql:1:1: [DV002] model file name 'member_.sql' is not lower snake_case"
                        + " (fix: rename it to member.sql)");
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
