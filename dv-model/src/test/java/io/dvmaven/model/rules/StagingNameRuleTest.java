package io.dvmaven.model.rules;

import static io.dvmaven.model.rules.RuleTestSupport.LEGACY;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingNameRuleTest {

    @TempDir
    Path dir;

    private final StagingNameRule rule = new StagingNameRule();

    @Test
    void passesStagingModelsNamedAfterEntityAndSource() {
        assertThat(ProjectFixture.member(dir).findings(rule)).isEmpty();
    }

    @Test
    void reportsAStagingModelWithoutSource() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(LEGACY + "stg_member.sql", "select 1");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/staging/legacy_facets/stg_member.sql:1:1: [DV014] staging model name 'stg_member' does not fit"
                        + " stg_{entity}_{source} (fix: rename it to stg_{entity}_legacy_facets)");
    }
}
