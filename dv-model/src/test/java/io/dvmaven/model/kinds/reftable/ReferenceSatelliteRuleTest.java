package io.dvmaven.model.kinds.reftable;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.rules.FolderPrefixRule;
import io.dvmaven.model.rules.HashKeySuffixRule;
import io.dvmaven.model.rules.HashKeyTestsRule;
import io.dvmaven.model.rules.HashdiffNameRule;
import io.dvmaven.model.rules.ModelFolderRule;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DV033 on hand-written reference satellites, and the exemption of their code from the hash key rule DV005. */
class ReferenceSatelliteRuleTest {

    private static final String REFERENCE = "models/integration/reference/";
    private static final String REF_TABLE = """
            {{ automate_dv.ref_table(src_pk="nation_code", src_extra_columns=["nation_name"],
                                     src_ldts="load_timestamp", src_source="record_source",
                                     source_model="stg_nation_reference") }}
            """;
    private static final String SAT_BY_CODE = """
            {{ automate_dv.sat(src_pk="nation_code", src_hashdiff="nation_hashdiff", src_payload=["nation_name"],
                               src_ldts="load_timestamp", src_source="record_source",
                               source_model="stg_nation_reference") }}
            """;

    @TempDir
    Path dir;

    private final NamingRule rule = new ReferenceTableKind().rules().get(1);

    private ProjectFixture withReferenceTable() {
        return ProjectFixture.member(dir).write(REFERENCE + "ref_nation.sql", REF_TABLE);
    }

    @Test
    void aReferenceSatelliteKeyedByTheCodePassesEveryRule() {
        ProjectFixture fixture = withReferenceTable().write(REFERENCE + "ref_s_nation.sql", SAT_BY_CODE);

        assertThat(rule.id()).isEqualTo("DV033");
        assertThat(fixture.findings(rule)).isEmpty();
        assertThat(fixture.findings(new HashKeySuffixRule())).isEmpty();
        assertThat(fixture.findings(new HashdiffNameRule())).isEmpty();
        assertThat(fixture.findings(new HashKeyTestsRule())).isEmpty();
        assertThat(fixture.findings(new FolderPrefixRule())).isEmpty();
        assertThat(fixture.findings(new ModelFolderRule())).isEmpty();
    }

    @Test
    void aSatelliteKeyedByAColumnThatIsNeitherAHashKeyNorACodeStillFailsDv005() {
        ProjectFixture fixture = withReferenceTable().write(REFERENCE + "ref_s_nation.sql",
                SAT_BY_CODE.replace("src_pk=\"nation_code\"", "src_pk=\"nation_id\""));

        assertThat(fixture.findings(new HashKeySuffixRule())).singleElement().asString()
                .startsWith("models/integration/reference/ref_s_nation.sql:1:")
                .contains("[DV005] hash key column 'nation_id' of ref_s_nation does not match {entity}_hk");
        assertThat(fixture.findings(rule)).singleElement().asString().isEqualTo(
                "models/integration/reference/ref_s_nation.sql:1:28: [DV033] reference satellite 'ref_s_nation' is"
                        + " keyed by 'nation_id', not by the code of ref_nation (nation_code) (fix: set its src_pk to"
                        + " the code of ref_nation)");
    }

    @Test
    void aSatelliteKeyedByACodeMustBeNamedAfterItsReferenceTableAndLiveBesideIt() {
        ProjectFixture fixture = withReferenceTable()
                .write("models/integration/satellites/nation_history.sql", SAT_BY_CODE);

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/satellites/nation_history.sql:1:1: [DV033] reference satellite 'nation_history'"
                        + " does not fit ref_s_{table} (fix: rename it to ref_s_{table}, or set"
                        + " <referenceSatelliteModel> in the naming configuration)");
        assertThat(fixture.findings(new HashKeySuffixRule())).isEmpty();
    }

    @Test
    void aReferenceTableWhoseNameStartsLikeTheSatellitePatternIsNoReferenceSatellite() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(REFERENCE + "ref_s_hipping_method.sql", REF_TABLE);

        assertThat(fixture.findings(rule)).isEmpty();
    }

    @Test
    void reportsAMissingReferenceTableAndTheWrongFolder() {
        ProjectFixture fixture = ProjectFixture.member(dir)
                .write("models/integration/satellites/ref_s_currency.sql", SAT_BY_CODE);

        assertThat(fixture.findings(rule)).containsExactly(
                "models/integration/satellites/ref_s_currency.sql:1:1: [DV033] reference satellite 'ref_s_currency'"
                        + " is in integration/satellites but belongs in integration/reference (fix: move it to"
                        + " models/integration/reference/ref_s_currency.sql)",
                "models/integration/satellites/ref_s_currency.sql:1:1: [DV033] reference table 'ref_currency' of"
                        + " reference satellite 'ref_s_currency' does not exist (fix: add the reference table"
                        + " ref_currency, or rename the satellite after an existing reference table)");
    }
}
