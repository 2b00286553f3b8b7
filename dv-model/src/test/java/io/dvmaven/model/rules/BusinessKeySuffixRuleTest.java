package io.dvmaven.model.rules;

import static io.dvmaven.model.rules.RuleTestSupport.HUBS;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BusinessKeySuffixRuleTest {

    @TempDir
    Path dir;

    private final BusinessKeySuffixRule rule = new BusinessKeySuffixRule();

    @Test
    void passesBusinessKeysEndingInBk() {
        assertThat(ProjectFixture.member(dir).findings(rule)).isEmpty();
    }

    @Test
    void reportsAHubBusinessKeyWithoutTheSuffix() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .replace(HUBS + "h_member.sql", "src_nk = \"member_bk\"", "src_nk = \"member_id\"");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/hubs/h_member.sql:10:19: [DV006] business key column 'member_id' of h_member does"
                        + " not match {entity}_bk (fix: rename it to member_bk)");
    }

    @Test
    void acceptsCompositeKeyPartsAndReportsTheOddOneOut() {
        ProjectFixture fixture = ProjectFixture.member(dir).replace(HUBS + "h_member.sql",
                "src_nk = \"member_bk\"", "src_nk = [\"member_group_bk\", \"member_number\"]");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/hubs/h_member.sql:10:39: [DV006] business key column 'member_number' of h_member"
                        + " does not match {entity}_{key}_bk (fix: rename it to {entity}_{key}_bk)");
    }
}
