package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.hashimpact.HashLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole round: generate records the ledger and the vars block; a breaking spec change fails the plan (which
 * dv:verify runs) and generate before anything is written; a rehash entry lets both pass and is recorded.
 */
class HashGovernanceTest {

    private static final String SPEC = """
            entity: {name: policy}
            hub: {business_key: [policy_number], sources: [legacy]}
            satellites:
              - {name: terms, attributes: [premium, start_date], sources: [legacy]}
            source_mappings:
              legacy: {schema: raw, table: policies, key_field: pol_no}
            """;

    @TempDir
    Path project;

    @Test
    void aBreakingChangeFailsUntilAcknowledged() throws Exception {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.writeString(project.resolve("dbt_project.yml"), "name: p\nprofile: p\n\nvars:\n  mine: 1\n");
        Files.writeString(specs.resolve("policy.yml"), SPEC);
        Files.writeString(specs.resolve("dv_settings.yml"), "hashing: {algorithm: md5}\n");
        GenerateRequest request = GenerateRequest.defaults(project);
        new DvGenerator().generate(request, new CapturingLog());
        String ledger = Files.readString(project.resolve(HashLedger.DIRECTORY).resolve("stg_policy_legacy.json"));
        assertThat(ledger).contains("\"stg_policy_legacy.terms_hashdiff\"");
        assertThat(Files.readString(project.resolve("dbt_project.yml"))).isEqualTo("""
                name: p
                profile: p

                vars:
                  # >>> dv-maven-plugin vars: generated from the project settings (specs/dv_settings.yml); edit that file
                  concat_string: '||'
                  enable_ghost_records: false
                  hash: MD5
                  hash_content_casing: upper
                  null_key_optional: '-2'
                  null_key_required: '-1'
                  null_placeholder_string: '^^'
                  # <<< dv-maven-plugin vars
                  mine: 1
                """);

        Files.writeString(specs.resolve("policy.yml"), SPEC.replace("start_date]", "start_date, currency]"));
        assertThat(new DvGenerator().plan(request).specErrors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("hash.breaking-change");
            assertThat(d.location().file()).isEqualTo("specs/policy.yml");
            assertThat(d.message()).contains("hash terms_hashdiff of stg_policy_legacy (stored in "
                    + "s_policy_terms_legacy) changes: was md5, casing upper, concat '||', null '^^' over [premium, "
                    + "start_date]; now md5, casing upper, concat '||', null '^^' over [currency, premium, start_date]");
        });
        assertThatThrownBy(() -> new DvGenerator().generate(request, new CapturingLog()))
                .isInstanceOf(SpecErrorsException.class);
        assertThat(Files.readString(project.resolve(HashLedger.DIRECTORY).resolve("stg_policy_legacy.json"))).isEqualTo(ledger);

        Files.writeString(specs.resolve("dv_settings.yml"), """
                hashing: {algorithm: md5}
                rehash:
                  - {column: terms_hashdiff, acknowledged: 2026-02-01, reason: "currency joins the terms"}
                """);
        assertThat(new DvGenerator().plan(request).specErrors()).isEmpty();
        new DvGenerator().generate(request, new CapturingLog());
        assertThat(Files.readString(project.resolve(HashLedger.DIRECTORY).resolve("stg_policy_legacy.json")))
                .contains("\"currency\"").contains("\"rehash_acknowledged\": \"2026-02-01\"");

        Files.writeString(project.resolve("dbt_project.yml"), Files.readString(project.resolve("dbt_project.yml"))
                + "  hash: SHA\n");
        assertThat(new DvGenerator().plan(request).specErrors()).extracting(Diagnostic::code)
                .containsExactly("settings.var-outside");
    }
}
