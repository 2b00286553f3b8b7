package io.dvmaven.model.rules;

import static io.dvmaven.model.rules.RuleTestSupport.HUBS;
import static io.dvmaven.model.rules.RuleTestSupport.SATS;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashKeyTestsRuleTest {

    @TempDir
    Path dir;

    private final HashKeyTestsRule rule = new HashKeyTestsRule();

    @Test
    void passesTestedHashKeys() {
        assertThat(ProjectFixture.member(dir).findings(rule)).isEmpty();
    }

    @Test
    void reportsAHubKeyWithoutUniqueTest() {
        ProjectFixture fixture = ProjectFixture.member(dir).replace(HUBS + "schema.yml",
                "        description: \"Hash key of member\"\n        data_tests:\n          - unique\n",
                "        description: \"Hash key of member\"\n        data_tests:\n");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/hubs/schema.yml:23:9: [DV011] hash key 'member_hk' of hub h_member is not tested"
                        + " unique (fix: add unique to the tests of column member_hk)");
    }

    @Test
    void reportsAHubKeyMissingFromTheSchemaEntry() {
        ProjectFixture fixture = ProjectFixture.member(dir).replace(HUBS + "schema.yml",
                "      - name: coverage_hk", "      - name: coverage_key");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/hubs/schema.yml:8:5: [DV011] hash key 'coverage_hk' of hub h_coverage is not tested"
                        + " unique and not_null (fix: add unique and not_null to the tests of column coverage_hk)");
    }

    @Test
    void asksOnlyNotNullOfASatelliteKey() {
        ProjectFixture fixture = ProjectFixture.member(dir).replace(SATS + "schema.yml",
                "        tests:\n          - not_null\n", "        tests:\n");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/satellites/schema.yml:27:9: [DV011] hash key 'member_hk' of satellite"
                        + " s_member_demographics_legacy_facets is not tested not_null"
                        + " (fix: add not_null to the tests of column member_hk)");
    }
}
