package io.dvmaven.model.rules;

import static io.dvmaven.model.rules.RuleTestSupport.GEMSTONE;
import static io.dvmaven.model.rules.RuleTestSupport.HUBS;
import static io.dvmaven.model.rules.RuleTestSupport.LEGACY;
import static io.dvmaven.model.rules.RuleTestSupport.LINKS;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFolderRuleTest {

    @TempDir
    Path dir;

    private final ModelFolderRule rule = new ModelFolderRule();

    @Test
    void passesWhenEveryModelIsInItsFolder() {
        assertThat(ProjectFixture.member(dir).findings(rule)).isEmpty();
    }

    @Test
    void reportsAHubInTheLinkFolder() {
        ProjectFixture fixture = ProjectFixture.member(dir).move(HUBS + "h_member.sql", LINKS + "h_member.sql");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/links/h_member.sql:1:1: [DV004] hub 'h_member' is in integration/links but belongs"
                        + " in integration/hubs (fix: move it to models/integration/hubs/h_member.sql)");
    }

    @Test
    void reportsAStagingModelInAnotherSourcesFolder() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .move(GEMSTONE + "stg_member_gemstone_facets.sql", LEGACY + "stg_member_gemstone_facets.sql");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/staging/legacy_facets/stg_member_gemstone_facets.sql:1:1: [DV004] staging model"
                        + " 'stg_member_gemstone_facets' is in staging/legacy_facets but belongs in staging/gemstone_facets"
                        + " (fix: move it to models/staging/gemstone_facets/stg_member_gemstone_facets.sql)");
    }

    @Test
    void reportsAVaultModelAtTheModelRoot() {
        ProjectFixture fixture = ProjectFixture.member(dir).write("models/s_member_extra_legacy_facets.sql", "select 1");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/s_member_extra_legacy_facets.sql:1:1: [DV004] satellite 's_member_extra_legacy_facets' is in"
                        + " models/ but belongs in integration/satellites"
                        + " (fix: move it to models/integration/satellites/s_member_extra_legacy_facets.sql)");
    }
}
