package io.dvmaven.model.rules;

import static io.dvmaven.model.rules.RuleTestSupport.HUBS;
import static io.dvmaven.model.rules.RuleTestSupport.LEGACY;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashKeySuffixRuleTest {

    @TempDir
    Path dir;

    private final HashKeySuffixRule rule = new HashKeySuffixRule();

    @Test
    void passesHashKeysEndingInHk() {
        assertThat(ProjectFixture.member(dir).findings(rule)).isEmpty();
    }

    @Test
    void reportsAHubKeyAtTheSqlLineWhenTheSchemaDoesNotListIt() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .replace(HUBS + "h_member.sql", "src_pk = \"member_hk\"", "src_pk = \"member_key\"");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/hubs/h_member.sql:9:19: [DV005] hash key column 'member_key' of h_member does not"
                        + " match {entity}_hk or {link}_hk (fix: rename it to member_hk)");
    }

    @Test
    void reportsAStageHashedColumnAtItsSchemaEntry() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .replace(LEGACY + "stg_member_legacy_facets.sql", "  member_hk: member_bk", "  member_key: member_bk")
                .replace(LEGACY + "schema.yml", "- name: member_hk", "- name: member_key");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/staging/legacy_facets/schema.yml:12:9: [DV005] hash key column 'member_key' of"
                        + " stg_member_legacy_facets does not match {entity}_hk or {link}_hk"
                        + " (fix: rename it to {entity}_hk (a hub's key) or {link}_hk (a link's key))");
    }

    @Test
    void followsACustomHashKeyPattern() {
        assertThat(ProjectFixture.member(dir).findings(rule, RuleTestSupport.withHashKeys("hk_{entity}", "lhk_{link}")))
                .contains("models/integration/hubs/schema.yml:11:9: [DV005] hash key column 'coverage_hk' of h_coverage"
                        + " does not match hk_{entity} or lhk_{link} (fix: rename it to hk_coverage)",
                        "models/integration/links/schema.yml:8:9: [DV005] hash key column 'member_coverage_hk' of"
                        + " l_member_coverage does not match hk_{entity} or lhk_{link} (fix: rename it to lhk_member_coverage)");
    }
}
