package io.dvmaven.model.rules;

import static io.dvmaven.model.rules.RuleTestSupport.LINKS;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkHubsRuleTest {

    @TempDir
    Path dir;

    private final LinkHubsRule rule = new LinkHubsRule();

    @Test
    void passesWhenBothHubsExist() {
        assertThat(ProjectFixture.member(dir).findings(rule)).isEmpty();
    }

    @Test
    void reportsARelationshipsTestToAMissingHub() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .replace(LINKS + "schema.yml", "to: ref('h_coverage')", "to: ref('h_policy')");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/links/schema.yml:23:13: [DV009] hub 'h_policy' joined by link 'l_member_coverage'"
                        + " does not exist (fix: add the hub h_policy, or correct the link's reference)");
    }

    @Test
    void reportsAForeignHashKeyOfAMissingHub() {
        ProjectFixture fixture = ProjectFixture.member(dir).delete("models/integration/hubs/h_coverage.sql");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/links/schema.yml:23:13: [DV009] hub 'h_coverage' joined by link 'l_member_coverage'"
                        + " does not exist (fix: add the hub h_coverage, or correct the link's reference)");
    }

    @Test
    void readsHubsFromTheForeignHashKeysInTheSql() {
        ProjectFixture fixture = ProjectFixture.member(dir).replace(LINKS + "l_member_coverage.sql",
                "[\"member_hk\", \"coverage_hk\"]", "[\"member_hk\", \"policy_hk\"]");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/links/l_member_coverage.sql:10:33: [DV009] hub 'h_policy' joined by link"
                        + " 'l_member_coverage' does not exist (fix: add the hub h_policy, or correct the link's reference)");
    }

    @Test
    void reportsALinkThatNamesNoHubs() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(LINKS + "l_orphan.sql", "select 1");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/links/l_orphan.sql:1:1: [DV009] link 'l_orphan' names no hubs (no src_fk hash keys"
                        + " and no relationships tests) (fix: add a relationships test from each foreign hash key to its hub)");
    }
}
