package io.dvmaven.model.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Diagnostics;
import org.junit.jupiter.api.Test;

class ProjectSettingsReaderTest {

    private static final String FILE = "specs/dv_settings.yml";

    @Test
    void readsEverySettingAndMakesTheDbtVars() {
        Diagnostics diagnostics = new Diagnostics();
        ProjectSettings settings = ProjectSettingsReader.parse(FILE, """
                hashing: {algorithm: sha256, concat_string: "|", null_placeholder_string: "<n>", content_casing: disabled}
                null_key_placeholders: {required: "-9", optional: "-8"}
                ghost_records: true
                apply_source_filter: true
                rehash:
                  - {column: policy_hk, acknowledged: 2026-02-01, reason: "key widened"}
                """, diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(settings.hashing()).isEqualTo(new HashSettings("sha256", "|", "<n>", "disabled"));
        assertThat(settings.ghostRecords()).isTrue();
        assertThat(settings.applySourceFilter()).isTrue();
        assertThat(settings.rehash()).singleElement().satisfies(r -> {
            assertThat(r.column()).isEqualTo("policy_hk");
            assertThat(r.acknowledged()).isEqualTo("2026-02-01");
        });
        assertThat(settings.dbtVars()).containsExactly(
                java.util.Map.entry("concat_string", "'|'"), java.util.Map.entry("enable_ghost_records", "true"),
                java.util.Map.entry("hash", "SHA"), java.util.Map.entry("hash_content_casing", "disabled"),
                java.util.Map.entry("null_key_optional", "'-8'"), java.util.Map.entry("null_key_required", "'-9'"),
                java.util.Map.entry("null_placeholder_string", "'<n>'"));
    }

    @Test
    void noFileMeansAutomateDvDefaultsAndNoVars() {
        assertThat(ProjectSettings.DEFAULTS.hashing()).isEqualTo(HashSettings.DEFAULTS);
        assertThat(ProjectSettings.DEFAULTS.dbtVars()).isEmpty();
    }

    @Test
    void badValuesAreReportedWithTheirLocationAndAFix() {
        Diagnostics diagnostics = new Diagnostics();
        ProjectSettingsReader.parse(FILE, """
                hashing:
                  algorithm: sha1
                  concat_string: "'"
                ghost_records: yes please
                rehash:
                  - {column: policy_hk, acknowledged: someday}
                """, diagnostics);
        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).hasSize(4);
        assertThat(diagnostics.sorted()).extracting(d -> d.location().line() + ":" + d.location().column() + " "
                + d.code()).containsExactly("2:14 settings.invalid-value", "3:18 settings.invalid-value",
                "4:16 settings.invalid-value", "6:39 settings.invalid-value");
        assertThat(diagnostics.sorted().get(0).message()).isEqualTo("algorithm 'sha1' is not one of md5, sha256");
        assertThat(diagnostics.sorted().get(3).fix()).isEqualTo("write acknowledged: 2026-01-31");
    }

    @Test
    void modelContractsAreOffByDefaultAndOnWhereSet() {
        assertThat(ProjectSettings.DEFAULTS.contractsEnforced()).isFalse();
        Diagnostics diagnostics = new Diagnostics();
        ProjectSettings settings = ProjectSettingsReader.parse(FILE, "ghost_records: false\nmodel_contracts: true\n",
                diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(settings.contractsEnforced()).isTrue();
        assertThat(settings.modelContracts().line() + ":" + settings.modelContracts().column()).isEqualTo("2:18");
        assertThat(ProjectSettingsReader.parse(FILE, "model_contracts: false\n", diagnostics).contractsEnforced())
                .isFalse();
    }

    @Test
    void aModelContractsValueOtherThanTrueOrFalseIsReportedAtItsLocation() {
        Diagnostics diagnostics = new Diagnostics();
        ProjectSettings settings = ProjectSettingsReader.parse(FILE, "model_contracts: enforced\n", diagnostics);
        assertThat(settings.contractsEnforced()).isFalse();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.location().line() + ":" + d.location().column()).isEqualTo("1:18");
            assertThat(d.message()).isEqualTo("model_contracts must be true or false, found 'enforced'");
            assertThat(d.fix()).isEqualTo("write model_contracts: true");
        });
    }
}
