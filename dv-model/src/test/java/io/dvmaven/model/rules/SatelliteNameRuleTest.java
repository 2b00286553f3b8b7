package io.dvmaven.model.rules;

import static io.dvmaven.model.rules.RuleTestSupport.SATS;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SatelliteNameRuleTest {

    @TempDir
    Path dir;

    private final SatelliteNameRule rule = new SatelliteNameRule();

    @Test
    void passesSatellitesNamedAfterAnExistingHubAndSource() {
        assertThat(ProjectFixture.member(dir).findings(rule)).isEmpty();
    }

    @Test
    void reportsASatelliteWhoseHubIsMissing() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(SATS + "s_policy_details_legacy_facets.sql", "select 1");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/satellites/s_policy_details_legacy_facets.sql:1:1: [DV008] hub 'h_policy' of"
                        + " satellite 's_policy_details_legacy_facets' does not exist"
                        + " (fix: add the hub h_policy, or rename the satellite after an existing hub)");
    }

    @Test
    void reportsANameThatDoesNotFitThePattern() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(SATS + "s_member.sql", "select 1");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/satellites/s_member.sql:1:1: [DV008] satellite name 's_member' does not fit"
                        + " s_{entity}_{group}_{source} (fix: rename it to s_{entity}_{group}_{source} (hub entity,"
                        + " attribute group, source))");
    }

    @Test
    void reportsAnUnknownSource() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(SATS + "s_member_details_crm.sql", "select 1");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/satellites/s_member_details_crm.sql:1:1: [DV008] source 'crm' of satellite"
                        + " 's_member_details_crm' has no staging folder staging/crm"
                        + " (fix: end the satellite name with its source, one of gemstone_facets, legacy_facets)");
    }
}
