package io.dvmaven.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.kinds.effsat.EffSatKind;
import io.dvmaven.model.kinds.linksat.LinkSatKind;
import io.dvmaven.model.kinds.nhlink.NhLinkKind;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DV020-DV022: hand-written models calling eff_sat, nh_link/t_link or sat on a link are recognised by the macro. */
class KindMacroRuleTest {

    private static final String EFF_SQL = """
            {{ config(materialized='incremental') }}
            {{ automate_dv.eff_sat(src_pk="member_coverage_hk", src_dfk=["member_hk"], src_sfk=["coverage_hk"],
                                   src_start_date="start_date", src_end_date="end_date", src_eff="start_date",
                                   src_ldts="load_timestamp", src_source="record_source",
                                   source_model="stg_member_legacy_facets") }}
            """;

    @TempDir
    Path dir;

    private static NamingRule rule(io.dvmaven.model.kinds.Kind kind) {
        return kind.rules().get(0);
    }

    @Test
    void aHandWrittenEffectivitySatelliteWhereTheKindBelongsPasses() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .write("models/integration/effectivity_satellites/eff_member_coverage_legacy_facets.sql", EFF_SQL);

        assertThat(fixture.findings(rule(new EffSatKind()))).isEmpty();
    }

    @Test
    void aModelCallingEffSatIsNamedByThePattern() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .write("models/integration/satellites/member_coverage_effectivity.sql", EFF_SQL);

        assertThat(fixture.findings(rule(new EffSatKind()))).containsExactly(
                "models/integration/satellites/member_coverage_effectivity.sql:1:1: [DV020] effectivity satellite"
                        + " 'member_coverage_effectivity' (it calls automate_dv.eff_sat) does not match the"
                        + " effectivitySatelliteModel pattern eff_{link}_{source} (fix: rename it to"
                        + " eff_{link}_{source}, or set <effectivitySatelliteModel> in the naming configuration)");
    }

    @Test
    void aWellNamedModelInAnotherFolderIsReportedWithItsFolder() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .write("models/integration/satellites/eff_member_coverage_legacy_facets.sql", EFF_SQL);

        assertThat(fixture.findings(rule(new EffSatKind()))).containsExactly(
                "models/integration/satellites/eff_member_coverage_legacy_facets.sql:1:1: [DV020] effectivity"
                        + " satellite 'eff_member_coverage_legacy_facets' is in integration/satellites but belongs in"
                        + " integration/effectivity_satellites (fix: move it to"
                        + " models/integration/effectivity_satellites/eff_member_coverage_legacy_facets.sql)");
    }

    @Test
    void theDeprecatedTLinkIsRecognisedAsANonHistorisedLinkAndItsKeyMustBeALinkKey() {
        ProjectFixture fixture = ProjectFixture.member(dir).write("models/integration/nh_links/nh_l_payment.sql", """
                {{ automate_dv.t_link(src_pk="member_hk", src_fk=["member_hk"], src_eff="paid_at",
                                      src_ldts="load_timestamp", src_source="record_source",
                                      source_model="stg_member_legacy_facets") }}
                """);

        assertThat(fixture.findings(rule(new NhLinkKind()))).containsExactly(
                "models/integration/nh_links/nh_l_payment.sql:1:31: [DV021] non-historised link 'nh_l_payment' is"
                        + " keyed by 'member_hk', which is not a link hash key ({link}_hk) (fix: key it by the hash"
                        + " key of the link it describes)");
    }

    @Test
    void onlySatellitesKeyedByAnExistingLinkAreLinkSatellites() {
        String sql = """
                {{ automate_dv.sat(src_pk="member_coverage_hk", src_hashdiff="terms_hashdiff", src_payload=["plan"],
                                   src_ldts="load_timestamp", src_source="record_source",
                                   source_model="stg_member_legacy_facets") }}
                """;
        ProjectFixture fixture = ProjectFixture.member(dir)
                .write("models/integration/satellites/s_member_coverage_terms_legacy_facets.sql", sql);

        assertThat(fixture.findings(rule(new LinkSatKind()))).containsExactly(
                "models/integration/satellites/s_member_coverage_terms_legacy_facets.sql:1:1: [DV022] link satellite"
                        + " 's_member_coverage_terms_legacy_facets' (it calls automate_dv.sat) does not match the"
                        + " linkSatelliteModel pattern ls_{link}_{group}_{source} (fix: rename it to"
                        + " ls_{link}_{group}_{source}, or set <linkSatelliteModel> in the naming configuration)");
    }

    @Test
    void theHubSatellitesOfTheMemberLayoutAreNotLinkSatellites() {
        assertThat(ProjectFixture.member(dir).findings(rule(new LinkSatKind()))).isEmpty();
    }

    @Test
    void followsAUsersPatternOverride() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .write("models/integration/effectivity_satellites/efs_member_coverage_legacy_facets.sql", EFF_SQL);
        NamingConventions naming = NamingConventions.defaults()
                .withKindPatterns(Map.of("effectivitySatelliteModel", "efs_{link}_{source}"));

        assertThat(fixture.findings(rule(new EffSatKind()), naming)).isEmpty();
    }
}
