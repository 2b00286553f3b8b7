package io.dvmaven.plugin.dbt;

import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.HubSource;
import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.RawColumn.Role;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.RawTable;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.Vault;

import java.util.List;

/**
 * The member example's raw side: member from two sources (legacy_facets with a related coverage key), coverage
 * from one source. Only the parts the raw-table SQL reads are filled in.
 */
final class TestVaults {

    private TestVaults() {
    }

    static Vault memberAndCoverage() {
        SpecRef memberSpec = new SpecRef("specs/member.yml", "0".repeat(64));
        SpecRef coverageSpec = new SpecRef("specs/coverage.yml", "1".repeat(64));
        Entity member = new Entity("member", null, memberSpec, List.of("member_id"),
                List.of("gemstone_facets", "legacy_facets"));
        Entity coverage = new Entity("coverage", null, coverageSpec, List.of("coverage_id"), List.of("legacy_facets"));
        RawSource legacy = new RawSource("raw_legacy_facets", "legacy_facets", "legacy_facets_history",
                "staging/legacy_facets", List.of(
                new RawTable("facets_coverage", "coverage", null, coverageSpec, List.of(
                        new RawColumn("cspi_id", Role.BUSINESS_KEY, null),
                        new RawColumn("load_dts", Role.LOAD_TIMESTAMP, null),
                        new RawColumn("plan_name", Role.ATTRIBUTE, null))),
                new RawTable("facets_member", "member", null, memberSpec, List.of(
                        new RawColumn("cmc_meme_ck", Role.BUSINESS_KEY, null),
                        new RawColumn("cmc_cspi_id", Role.RELATED_BUSINESS_KEY, null),
                        new RawColumn("load_dts", Role.LOAD_TIMESTAMP, null),
                        new RawColumn("first_name", Role.ATTRIBUTE, null),
                        new RawColumn("birth_date", Role.ATTRIBUTE, null)))));
        RawSource gemstone = new RawSource("raw_gemstone_facets", "gemstone_facets", "gemstone",
                "staging/gemstone_facets", List.of(
                new RawTable("member", "member", null, memberSpec, List.of(
                        new RawColumn("member_id", Role.BUSINESS_KEY, null),
                        new RawColumn("load_timestamp", Role.LOAD_TIMESTAMP, null),
                        new RawColumn("first_name", Role.ATTRIBUTE, null)))));
        List<Stage> stages = List.of(
                stage("stg_coverage_legacy_facets", "coverage", "legacy_facets", "raw_legacy_facets",
                        "facets_coverage", "load_dts", List.of("cspi_id"), coverageSpec),
                stage("stg_member_gemstone_facets", "member", "gemstone_facets", "raw_gemstone_facets", "member",
                        "load_timestamp", List.of("member_id"), memberSpec),
                stage("stg_member_legacy_facets", "member", "legacy_facets", "raw_legacy_facets", "facets_member",
                        "load_dts", List.of("cmc_meme_ck"), memberSpec));
        Hub coverageHub = new Hub("h_coverage", "integration/hubs", coverage, "coverage_hk", List.of("coverage_bk"),
                List.of(new HubSource("legacy_facets", "stg_coverage_legacy_facets", List.of("cspi_id"), null),
                        new HubSource("legacy_facets", "stg_member_legacy_facets", List.of("cmc_cspi_id"),
                                "member_coverage")),
                List.of("l_member_coverage"), List.of(coverageSpec, memberSpec));
        Hub memberHub = new Hub("h_member", "integration/hubs", member, "member_hk", List.of("member_bk"),
                List.of(new HubSource("gemstone_facets", "stg_member_gemstone_facets", List.of("member_id"), null),
                        new HubSource("legacy_facets", "stg_member_legacy_facets", List.of("cmc_meme_ck"), null)),
                List.of("l_member_coverage"), List.of(memberSpec));
        return new Vault(List.of(coverage, member), List.of(gemstone, legacy), stages,
                List.of(coverageHub, memberHub), List.of(), List.of(), List.of());
    }

    private static Stage stage(String model, String entity, String source, String rawSource, String table,
                               String ldts, List<String> keys, SpecRef spec) {
        return new Stage(model, "staging/" + source, entity, source, rawSource, table, source.toUpperCase(), ldts,
                keys, List.of(), List.of(), List.of(), spec);
    }
}
