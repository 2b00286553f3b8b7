package io.dvmaven.model.rules;

import static io.dvmaven.model.rules.RuleTestSupport.SATS;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.kinds.masat.MultiActiveSatelliteKind;
import io.dvmaven.model.kinds.reftable.ReferenceTableKind;
import io.dvmaven.model.kinds.xts.ExtendedTrackingKind;
import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The naming rules of the multi-active (DV030) and extended tracking (DV031) satellites and of reference tables
 * (DV032), on hand-written models.
 */
class MacroModelNameRuleTest {

    private static final String MA_SAT_CALL = """
            {{ automate_dv.ma_sat(src_pk="member_hk", src_cdk=["phone_type"], src_hashdiff="phones_hashdiff",
                                  src_payload=["phone_number"], src_ldts="load_timestamp",
                                  src_source="record_source", source_model="stg_member_legacy_facets") }}
            """;

    private static final String REF_TABLE_CALL = """
            {{ automate_dv.ref_table(src_pk="nation_code", src_extra_columns=["nation_name"],
                                     src_ldts="load_timestamp", src_source="record_source",
                                     source_model="stg_nation_reference") }}
            """;
    private static final String REFERENCE = "models/integration/reference/";

    @TempDir
    Path dir;

    private final MacroModelNameRule maSat = (MacroModelNameRule) new MultiActiveSatelliteKind().rules().get(0);
    private final MacroModelNameRule xts = (MacroModelNameRule) new ExtendedTrackingKind().rules().get(0);
    private final MacroModelNameRule refTable = (MacroModelNameRule) new ReferenceTableKind().rules().get(0);

    @Test
    void aHandWrittenMultiActiveSatelliteAmongTheSatellitesPassesEveryRule() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(SATS + "ma_s_member_phones_legacy_facets.sql",
                MA_SAT_CALL);

        assertThat(fixture.findings(maSat)).isEmpty();
        assertThat(fixture.findings(new FolderPrefixRule())).isEmpty();
        assertThat(fixture.findings(new ModelFolderRule())).isEmpty();
        assertThat(fixture.findings(new HashKeySuffixRule())).isEmpty();
    }

    @Test
    void aModelCallingMaSatMustFitThePattern() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(SATS + "member_phones.sql", MA_SAT_CALL);

        assertThat(fixture.findings(maSat)).containsExactly(
                "models/integration/satellites/member_phones.sql:1:1: [DV030] multi-active satellite name"
                        + " 'member_phones' does not fit ma_s_{entity}_{group}_{source} (fix: rename it to"
                        + " ma_s_{entity}_{group}_{source})");
    }

    @Test
    void reportsAMissingHub() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(SATS + "xts_policy_crm.sql", "select 1");

        assertThat(fixture.findings(xts)).containsExactly(
                "models/integration/satellites/xts_policy_crm.sql:1:1: [DV031] hub 'h_policy' of extended tracking"
                        + " satellite 'xts_policy_crm' does not exist (fix: add the hub h_policy, or rename the"
                        + " extended tracking satellite after an existing hub)");
    }

    @Test
    void aPlainSatelliteInTheFolderStillNeedsItsPrefix() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(SATS + "member_extra.sql",
                "{{ automate_dv.sat(src_pk=\"member_hk\") }}");

        assertThat(fixture.findings(new FolderPrefixRule())).hasSize(1);
    }

    @Test
    void aHandWrittenReferenceTablePassesEveryRule() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(REFERENCE + "ref_nation.sql", REF_TABLE_CALL);

        assertThat(fixture.findings(refTable)).isEmpty();
        assertThat(fixture.findings(new FolderPrefixRule())).isEmpty();
        assertThat(fixture.findings(new ModelFolderRule())).isEmpty();
        assertThat(fixture.findings(new HashKeySuffixRule())).isEmpty();
    }

    @Test
    void aModelCallingRefTableMustFitThePattern() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(REFERENCE + "nations.sql", REF_TABLE_CALL);

        assertThat(fixture.findings(refTable)).containsExactly(
                "models/integration/reference/nations.sql:1:1: [DV032] reference table name 'nations' does not fit"
                        + " ref_{table} (fix: rename it to ref_{table})");
    }
}
