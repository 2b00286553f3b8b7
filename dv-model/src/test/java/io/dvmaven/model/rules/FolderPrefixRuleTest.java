package io.dvmaven.model.rules;

import static io.dvmaven.model.rules.RuleTestSupport.HUBS;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.Severity;
import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderPrefixRuleTest {

    @TempDir
    Path dir;

    private final FolderPrefixRule rule = new FolderPrefixRule();

    @Test
    void describesItself() {
        assertThat(rule.id()).isEqualTo("DV001");
        assertThat(rule.defaultSeverity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void passesWhenEveryVaultFolderHoldsItsPrefix() {
        assertThat(ProjectFixture.member(dir).findings(rule)).isEmpty();
    }

    @Test
    void reportsAHubWithoutTheHubPrefix() {
        ProjectFixture fixture = ProjectFixture.member(dir).move(HUBS + "h_member.sql", HUBS + "hub_member.sql");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/hubs/hub_member.sql:1:1: [DV001] hub 'hub_member' in integration/hubs must start"
                        + " with 'h_' (pattern h_{entity}) (fix: rename it to h_{entity}, or move it out of integration/hubs)");
    }

    @Test
    void followsACustomHubPattern() {
        ProjectFixture fixture = ProjectFixture.member(dir);

        assertThat(fixture.findings(rule, RuleTestSupport.withHubModel("hub_{entity}"))).containsExactly(
                "models/integration/hubs/h_coverage.sql:1:1: [DV001] hub 'h_coverage' in integration/hubs must start"
                        + " with 'hub_' (pattern hub_{entity}) (fix: rename it to hub_{entity}, or move it out of integration/hubs)",
                "models/integration/hubs/h_member.sql:1:1: [DV001] hub 'h_member' in integration/hubs must start"
                        + " with 'hub_' (pattern hub_{entity}) (fix: rename it to hub_{entity}, or move it out of integration/hubs)");
    }

    @Test
    void ignoresFoldersOutsideTheVault() {
        ProjectFixture fixture = ProjectFixture.member(dir).write("models/marts/member_summary.sql", "select 1");

        assertThat(fixture.findings(rule)).isEmpty();
    }
}
