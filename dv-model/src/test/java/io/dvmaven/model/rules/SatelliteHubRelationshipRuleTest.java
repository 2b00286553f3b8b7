package io.dvmaven.model.rules;

import static io.dvmaven.model.rules.RuleTestSupport.SATS;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SatelliteHubRelationshipRuleTest {

    @TempDir
    Path dir;

    private final SatelliteHubRelationshipRule rule = new SatelliteHubRelationshipRule();

    @Test
    void passesSatellitesTestedAgainstTheirHub() {
        assertThat(ProjectFixture.member(dir).findings(rule)).isEmpty();
    }

    @Test
    void reportsSatellitesPointingElsewhere() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .replace(SATS + "schema.yml", "to: ref('h_member')", "to: ref('h_coverage')");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/satellites/schema.yml:11:9: [DV012] satellite s_member_address_gemstone_facets has"
                        + " no relationships test to its hub h_member"
                        + " (fix: add to column member_hk: relationships: {to: ref('h_member'), field: member_hk})",
                "models/integration/satellites/schema.yml:27:9: [DV012] satellite s_member_demographics_legacy_facets"
                        + " has no relationships test to its hub h_member"
                        + " (fix: add to column member_hk: relationships: {to: ref('h_member'), field: member_hk})");
    }
}
