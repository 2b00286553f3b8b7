package io.dvmaven.model.rules;

import static io.dvmaven.model.rules.RuleTestSupport.DEMOGRAPHICS;
import static io.dvmaven.model.rules.RuleTestSupport.LEGACY;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashdiffNameRuleTest {

    @TempDir
    Path dir;

    private final HashdiffNameRule rule = new HashdiffNameRule();

    @Test
    void passesHashdiffsOfTheirOwnGroup() {
        assertThat(ProjectFixture.member(dir).findings(rule)).isEmpty();
    }

    @Test
    void reportsASatelliteUsingAnotherGroupsHashdiff() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .replace(DEMOGRAPHICS, "src_hashdiff = \"demographics_hashdiff\"", "src_hashdiff = \"address_hashdiff\"");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/satellites/s_member_demographics_legacy_facets.sql:10:25: [DV007] hashdiff column"
                        + " 'address_hashdiff' of s_member_demographics_legacy_facets should be 'demographics_hashdiff'"
                        + " (pattern {group}_hashdiff) (fix: rename it to demographics_hashdiff)");
    }

    @Test
    void reportsAStageHashdiffOutsideThePattern() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .replace(LEGACY + "stg_member_legacy_facets.sql", "  address_hashdiff:", "  address_hd:");

        assertThat(fixture.findings(rule)).containsExactly(
                "models/staging/legacy_facets/stg_member_legacy_facets.sql:25:3: [DV007] hashdiff column 'address_hd'"
                        + " of stg_member_legacy_facets does not match {group}_hashdiff"
                        + " (fix: rename it to {group}_hashdiff for its attribute group)");
    }
}
