package io.dvmaven.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberLayoutPassesAllRulesTest {

    @TempDir
    Path dir;

    @Test
    void theGeneratedMemberLayoutHasNoFindings() {
        ProjectFixture fixture = ProjectFixture.member(dir);

        RuleResult result = RuleEngine.create(RuleSettings.defaults()).run(fixture.scan(), NamingConventions.defaults());

        assertThat(result.findings()).extracting(Finding::format).isEmpty();
        assertThat(result.suppressed()).isEmpty();
        assertThat(result.models()).extracting(CheckedModel::name).containsExactly(
                "h_coverage", "h_member", "l_member_coverage", "s_member_address_gemstone_facets",
                "s_member_demographics_legacy_facets", "stg_member_gemstone_facets", "stg_member_legacy_facets");
        assertThat(result.models()).allMatch(CheckedModel::generated);
        assertThat(result.rules()).extracting(RuleDescriptor::id).containsExactly("DV001", "DV002", "DV003", "DV004",
                "DV005", "DV006", "DV007", "DV008", "DV009", "DV010", "DV011", "DV012", "DV013", "DV014",
                "DV020", "DV021", "DV022", "DV023", "DV024", "DV030", "DV031", "DV032", "DV033", "DV040",
                "DV041", "DV042");
    }

    @Test
    void everyRuleSeesTheKeysItChecks() {
        ProjectFixture fixture = ProjectFixture.member(dir);
        var project = fixture.scan();
        var context = new RuleContext(project, NamingConventions.defaults());

        assertThat(project.model("stg_member_legacy_facets").orElseThrow().metadata().hashKeys())
                .extracting(k -> k.name()).containsExactly("member_hk", "coverage_hk", "member_coverage_hk");
        assertThat(project.model("stg_member_legacy_facets").orElseThrow().metadata().hashdiffs())
                .extracting(k -> k.name()).containsExactly("demographics_hashdiff", "address_hashdiff");
        assertThat(context.knownSources()).containsExactly("gemstone_facets", "legacy_facets");
        assertThat(context.satelliteName("s_member_demographics_legacy_facets")).get()
                .isEqualTo(new SatelliteName("member", "demographics", "legacy_facets", "h_member", true, true));
        assertThat(context.primaryHashKey(project.model("l_member_coverage").orElseThrow())).contains("member_coverage_hk");
    }
}
