package io.dvmaven.model.hashimpact;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.settings.HashSettings;
import io.dvmaven.model.settings.ProjectSettings;
import io.dvmaven.model.settings.RehashAcknowledgement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of change to what a hash is computed from, against a ledger of the original spec. */
class HashImpactTest {

    private static final String SPEC = """
            entity: {name: policy}
            hub: {business_key: [group_id, policy_number], sources: [legacy]}
            satellites:
              - {name: terms, attributes: [premium, start_date, end_date], sources: [legacy]}
            source_mappings:
              legacy: {schema: raw, table: policies, key_field: [grgr_id, pol_no]}
            """;

    @TempDir
    Path project;

    @Test
    void anUnchangedSpecHasNoChanges() throws Exception {
        assertThat(changes(SPEC, HashSettings.DEFAULTS)).isEmpty();
    }

    @Test
    void aHashdiffColumnAdded() throws Exception {
        List<HashChange> changes = changes(SPEC.replace("end_date]", "end_date, currency]"), HashSettings.DEFAULTS);
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.after().key()).isEqualTo("stg_policy_legacy.terms_hashdiff");
            assertThat(change.describe()).isEqualTo("hash terms_hashdiff of stg_policy_legacy (stored in "
                    + "s_policy_terms_legacy) changes: was md5, casing upper, concat '||', null '^^' over [end_date, "
                    + "premium, start_date]; now md5, casing upper, concat '||', null '^^' over [currency, end_date, "
                    + "premium, start_date]");
        });
    }

    @Test
    void aHashdiffColumnRemoved() throws Exception {
        assertThat(changes(SPEC.replace(", end_date]", "]"), HashSettings.DEFAULTS))
                .extracting(c -> c.after().column()).containsExactly("terms_hashdiff");
    }

    @Test
    void reorderingHashdiffColumnsIsNotAChangeBecauseAutomateDvSortsThem() throws Exception {
        assertThat(changes(SPEC.replace("[premium, start_date, end_date]", "[end_date, premium, start_date]"),
                HashSettings.DEFAULTS)).isEmpty();
    }

    @Test
    void reorderingTheBusinessKeyChangesTheHashKey() throws Exception {
        String reordered = SPEC.replace("[group_id, policy_number]", "[policy_number, group_id]")
                .replace("[grgr_id, pol_no]", "[pol_no, grgr_id]");
        List<HashChange> changes = changes(reordered, HashSettings.DEFAULTS);
        assertThat(changes).extracting(c -> c.after().column()).containsExactly("policy_hk");
        assertThat(changes.get(0).describe()).contains("stored in h_policy, s_policy_terms_legacy")
                .contains("over [policy_group_id_bk <- grgr_id, policy_policy_number_bk <- pol_no]; now")
                .endsWith("over [policy_policy_number_bk <- pol_no, policy_group_id_bk <- grgr_id]");
    }

    @Test
    void aBusinessKeySourceColumnChangeOnTheHub() throws Exception {
        assertThat(changes(SPEC.replace("[grgr_id, pol_no]", "[group_code, pol_no]"), HashSettings.DEFAULTS))
                .extracting(c -> c.after().column()).containsExactly("policy_hk");
    }

    @Test
    void theHashAlgorithmChangesEveryHash() throws Exception {
        List<HashChange> changes = changes(SPEC, new HashSettings("sha256", "||", "^^", "upper"));
        assertThat(changes).extracting(c -> c.after().column()).containsExactly("policy_hk", "terms_hashdiff");
        assertThat(changes.get(0).describe()).contains("was md5,").contains("now sha256,");
    }

    @Test
    void theConcatAndNullStringsAndCasingChangeMultiColumnHashes() throws Exception {
        assertThat(changes(SPEC, new HashSettings("md5", "|", "^^", "upper"))).hasSize(2);
        assertThat(changes(SPEC, new HashSettings("md5", "||", "<null>", "upper"))).hasSize(2);
        assertThat(changes(SPEC, new HashSettings("md5", "||", "^^", "disabled"))).hasSize(2);
    }

    @Test
    void theConcatStringDoesNotTouchASingleColumnHashKey() throws Exception {
        String simple = SPEC.replace("[group_id, policy_number]", "[policy_number]").replace("[grgr_id, pol_no]",
                "[pol_no]");
        ledger(simple, HashSettings.DEFAULTS);
        assertThat(changes(simple, new HashSettings("md5", "|", "~", "upper")))
                .extracting(c -> c.after().column()).containsExactly("terms_hashdiff");
    }

    @Test
    void anAcknowledgementAcceptsTheChangeOnceAndItsDateCannotBeReused() throws Exception {
        String added = SPEC.replace("end_date]", "end_date, currency]");
        RehashAcknowledgement ack = new RehashAcknowledgement("terms_hashdiff", "2026-02-01", "currency", null);
        HashLedger ledger = ledger(SPEC, HashSettings.DEFAULTS);
        SortedMap<String, HashDefinition> current = definitions(added, HashSettings.DEFAULTS);
        List<HashChange> changes = HashImpact.changes(ledger, current, List.of(ack));
        assertThat(changes).singleElement().satisfies(c -> assertThat(c.acknowledged()).isTrue());

        HashLedger accepted = HashImpact.accepted(ledger, current, changes);
        assertThat(accepted.acknowledged()).containsEntry("stg_policy_legacy.terms_hashdiff", "2026-02-01");
        SortedMap<String, HashDefinition> again = definitions(added.replace(", currency]", ", currency, fee]"),
                HashSettings.DEFAULTS);
        assertThat(HashImpact.changes(accepted, again, List.of(ack))).singleElement()
                .satisfies(c -> assertThat(c.acknowledged()).as("the date was used for the earlier change").isFalse());
    }

    @Test
    void anUnacknowledgedChangeIsAnErrorOnTheSpecNamingTheFix() throws Exception {
        ledger(SPEC, HashSettings.DEFAULTS);
        DesignResult design = load(SPEC.replace("end_date]", "end_date, currency]"));
        Diagnostics diagnostics = new Diagnostics();
        HashImpact.report(HashImpact.changes(HashLedger.read(project), definitions(design, HashSettings.DEFAULTS),
                List.of()), design.vault(), ProjectSettings.DEFAULTS, diagnostics);
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("hash.breaking-change");
            assertThat(d.location().file()).isEqualTo("specs/policy.yml");
            assertThat(d.message()).startsWith("hash terms_hashdiff of stg_policy_legacy (stored in "
                    + "s_policy_terms_legacy) changes: was ");
            assertThat(d.fix()).contains("rehash: [{column: terms_hashdiff, acknowledged: <yyyy-mm-dd>");
        });
    }

    @Test
    void aReferenceTablesHistoryHashdiffIsGovernedOnItsSpec() throws Exception {
        String withHistory = SPEC + """
                reference_tables:
                  - name: nation
                    code: nation_code
                    attributes: [nation_name, region]
                    history: true
                    sources: [{source: legacy, schema: raw, table: nations}]
                """;
        ledger(withHistory, HashSettings.DEFAULTS);
        assertThat(changes(withHistory.replace("[nation_name, region]", "[region, nation_name]"),
                HashSettings.DEFAULTS)).as("AutomateDV sorts hashdiff inputs").isEmpty();

        DesignResult design = load(withHistory.replace("[nation_name, region]", "[nation_name, region, iso3]"));
        List<HashChange> changes = HashImpact.changes(HashLedger.read(project),
                definitions(design, HashSettings.DEFAULTS), List.of());
        assertThat(changes).singleElement().satisfies(change -> assertThat(change.describe()).isEqualTo(
                "hash nation_hashdiff of stg_nation_reference (stored in ref_s_nation) changes: was md5, casing "
                        + "upper, concat '||', null '^^' over [nation_name, region]; now md5, casing upper, concat "
                        + "'||', null '^^' over [iso3, nation_name, region]"));
        Diagnostics diagnostics = new Diagnostics();
        HashImpact.report(changes, design.vault(), ProjectSettings.DEFAULTS, diagnostics);
        assertThat(diagnostics.sorted()).singleElement()
                .satisfies(d -> assertThat(d.location().file()).isEqualTo("specs/policy.yml"));
        assertThat(changes(withHistory, new HashSettings("sha256", "||", "^^", "upper")))
                .extracting(c -> c.after().key()).contains("stg_nation_reference.nation_hashdiff");
    }

    @Test
    void theLedgerRoundTripsByteForByte() throws Exception {
        HashLedger ledger = ledger(SPEC, HashSettings.DEFAULTS);
        String json = Files.readString(project.resolve(HashLedger.DIRECTORY).resolve("stg_policy_legacy.json"));
        assertThat(HashLedger.read(project).toFiles()).isEqualTo(ledger.toFiles())
                .containsEntry("stg_policy_legacy.json", json);
        assertThat(json).contains("\"stg_policy_legacy.policy_hk\"").doesNotContain("\r");
    }

    private List<HashChange> changes(String spec, HashSettings settings) throws Exception {
        HashLedger ledger = Files.exists(project.resolve(HashLedger.DIRECTORY)) ? HashLedger.read(project)
                : ledger(SPEC, HashSettings.DEFAULTS);
        return HashImpact.changes(ledger, definitions(spec, settings), List.of());
    }

    private HashLedger ledger(String spec, HashSettings settings) throws Exception {
        HashLedger ledger = HashImpact.accepted(HashLedger.empty(), definitions(spec, settings), List.of());
        Path directory = Files.createDirectories(project.resolve(HashLedger.DIRECTORY));
        for (var file : ledger.toFiles().entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue());
        }
        return ledger;
    }

    private SortedMap<String, HashDefinition> definitions(String spec, HashSettings settings) throws Exception {
        return definitions(load(spec), settings);
    }

    private static SortedMap<String, HashDefinition> definitions(DesignResult design, HashSettings settings) {
        assertThat(design.diagnostics()).noneMatch(Diagnostic::isError);
        return HashDefinitions.of(design.vault(), settings);
    }

    private DesignResult load(String spec) throws Exception {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.writeString(specs.resolve("policy.yml"), spec);
        return DesignLoader.load(project, specs, NamingConventions.defaults());
    }
}
