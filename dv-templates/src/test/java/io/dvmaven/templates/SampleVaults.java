package io.dvmaven.templates;

import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.BusinessRule;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.HubSource;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.RawTable;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.Vault;
import java.util.List;

/** Hand-built vaults for unit tests, independent of the spec loader. */
final class SampleVaults {

    static final SpecRef MEMBER_SPEC = new SpecRef("specs/member.yml", "1a2b3c4d5e6f" + "0".repeat(52));
    static final SpecRef COVERAGE_SPEC = new SpecRef("specs/coverage.yml", "abcdef012345" + "1".repeat(52));

    private SampleVaults() {
    }

    /** member (two sources, demographics) linked to coverage (two sources, details), plus two rules. */
    static Vault memberCoverage() {
        Entity member = new Entity("member", "Health insurance member across all source systems", MEMBER_SPEC,
                List.of("member_id"), List.of("gemstone_facets", "legacy_facets"));
        Entity coverage = new Entity("coverage", "Insurance coverage", COVERAGE_SPEC, List.of("coverage_id"),
                List.of("gemstone_facets", "legacy_facets"));
        List<Attribute> demo = List.of(new Attribute("first_name", null, "first_name"),
                new Attribute("birth_date", "Date of birth", "birth_date"));
        List<Attribute> details = List.of(new Attribute("plan_code", null, "plan_code"));

        Stage stgMemberLegacy = memberStage("legacy_facets", "facets_member", "LEGACY_FACETS", "cmc_meme_ck",
                "cmc_cspi_id", demo);
        Stage stgMemberGem = memberStage("gemstone_facets", "gms_member", "GEMSTONE_FACETS", "member_id",
                "coverage_id", demo);
        Stage stgCovLegacy = coverageStage("legacy_facets", "facets_coverage", "LEGACY_FACETS", "cmc_cspi_id", details);
        Stage stgCovGem = coverageStage("gemstone_facets", "gms_coverage", "GEMSTONE_FACETS", "coverage_id", details);

        Hub hMember = new Hub("h_member", "integration/hubs", member, "member_hk", List.of("member_bk"),
                List.of(new HubSource("gemstone_facets", "stg_member_gemstone_facets", List.of("member_id"), null),
                        new HubSource("legacy_facets", "stg_member_legacy_facets", List.of("cmc_meme_ck"), null)),
                List.of("l_member_coverage"), List.of(MEMBER_SPEC));
        Hub hCoverage = new Hub("h_coverage", "integration/hubs", coverage, "coverage_hk", List.of("coverage_bk"),
                List.of(new HubSource("gemstone_facets", "stg_coverage_gemstone_facets", List.of("coverage_id"), null),
                        new HubSource("legacy_facets", "stg_coverage_legacy_facets", List.of("cmc_cspi_id"), null),
                        new HubSource("gemstone_facets", "stg_member_gemstone_facets", List.of("coverage_id"),
                                "l_member_coverage"),
                        new HubSource("legacy_facets", "stg_member_legacy_facets", List.of("cmc_cspi_id"),
                                "l_member_coverage")),
                List.of("l_member_coverage"), List.of(COVERAGE_SPEC, MEMBER_SPEC));
        Link link = new Link("l_member_coverage", "integration/links", "member_coverage", null, "many_to_many",
                "member_coverage_hk",
                List.of(new LinkedHub("member", "h_member", "member_hk", List.of("member_bk")),
                        new LinkedHub("coverage", "h_coverage", "coverage_hk", List.of("coverage_bk"))),
                List.of("stg_member_gemstone_facets", "stg_member_legacy_facets"),
                List.of("gemstone_facets", "legacy_facets"), MEMBER_SPEC);
        List<Satellite> sats = List.of(
                sat("coverage", "details", "gemstone_facets", details, COVERAGE_SPEC),
                sat("coverage", "details", "legacy_facets", details, COVERAGE_SPEC),
                sat("member", "demographics", "gemstone_facets", demo, MEMBER_SPEC),
                sat("member", "demographics", "legacy_facets", demo, MEMBER_SPEC));
        List<RawSource> raw = List.of(
                new RawSource("raw_gemstone_facets", "gemstone_facets", "gemstone_facets_history",
                        "staging/gemstone_facets", List.of(
                        rawTable("gms_coverage", "coverage", "coverage_id", null, List.of("plan_code")),
                        rawTable("gms_member", "member", "member_id", "coverage_id",
                                List.of("first_name", "birth_date")))),
                new RawSource("raw_legacy_facets", "legacy_facets", "legacy_facets_history",
                        "staging/legacy_facets", List.of(
                        rawTable("facets_coverage", "coverage", "cmc_cspi_id", null, List.of("plan_code")),
                        rawTable("facets_member", "member", "cmc_meme_ck", "cmc_cspi_id",
                                List.of("first_name", "birth_date")))));
        List<BusinessRule> rules = List.of(
                new BusinessRule("birth_date_not_in_future", "member", "A member cannot be born in the future",
                        List.of("s_member_demographics_gemstone_facets", "s_member_demographics_legacy_facets"),
                        "birth_date <= current_date", "warn", MEMBER_SPEC),
                new BusinessRule("one_active_coverage", "member", "A member has at most one active coverage",
                        List.of("h_member"), null, "error", MEMBER_SPEC));
        return new Vault(List.of(coverage, member), raw,
                List.of(stgCovGem, stgCovLegacy, stgMemberGem, stgMemberLegacy),
                List.of(hCoverage, hMember), List.of(link), sats, rules);
    }

    private static Stage memberStage(String source, String table, String recordSource, String key, String covKey,
                                     List<Attribute> demo) {
        return new Stage("stg_member_" + source, "staging/" + source, "member", source, "raw_" + source, table,
                recordSource, "load_timestamp", List.of(key), demo,
                List.of(new DerivedColumn("member_bk", key, "Business key of member, from " + key),
                        new DerivedColumn("coverage_bk", covKey, "Business key of coverage, from " + covKey),
                        new DerivedColumn("record_source", "!" + recordSource, "Record source"),
                        new DerivedColumn("load_timestamp", "load_timestamp", "Load timestamp")),
                List.of(new HashedColumn("member_hk", List.of("member_bk"), false, "Hash key of member"),
                        new HashedColumn("coverage_hk", List.of("coverage_bk"), false, "Hash key of coverage"),
                        new HashedColumn("member_coverage_hk", List.of("member_bk", "coverage_bk"), false,
                                "Hash key of link member_coverage"),
                        new HashedColumn("demographics_hashdiff", List.of("birth_date", "first_name"), true,
                                "Hashdiff of demographics")),
                MEMBER_SPEC);
    }

    private static Stage coverageStage(String source, String table, String recordSource, String key,
                                       List<Attribute> details) {
        return new Stage("stg_coverage_" + source, "staging/" + source, "coverage", source, "raw_" + source, table,
                recordSource, "load_timestamp", List.of(key), details,
                List.of(new DerivedColumn("coverage_bk", key, null),
                        new DerivedColumn("record_source", "!" + recordSource, null),
                        new DerivedColumn("load_timestamp", "load_timestamp", null)),
                List.of(new HashedColumn("coverage_hk", List.of("coverage_bk"), false, null),
                        new HashedColumn("details_hashdiff", List.of("plan_code"), true, null)),
                COVERAGE_SPEC);
    }

    private static Satellite sat(String entity, String group, String source, List<Attribute> payload,
                                 SpecRef spec) {
        return new Satellite("s_" + entity + "_" + group + "_" + source, "integration/satellites", entity, group,
                null, source, "h_" + entity, entity + "_hk", group + "_hashdiff", payload,
                "stg_" + entity + "_" + source, spec);
    }

    private static RawTable rawTable(String name, String entity, String key, String relatedKey, List<String> attrs) {
        List<RawColumn> columns = new java.util.ArrayList<>();
        columns.add(new RawColumn(key, RawColumn.Role.BUSINESS_KEY, null));
        if (relatedKey != null) {
            columns.add(new RawColumn(relatedKey, RawColumn.Role.RELATED_BUSINESS_KEY, null));
        }
        columns.add(new RawColumn("load_timestamp", RawColumn.Role.LOAD_TIMESTAMP, null));
        attrs.forEach(a -> columns.add(new RawColumn(a, RawColumn.Role.ATTRIBUTE, null)));
        return new RawTable(name, entity, null, entity.equals("member") ? MEMBER_SPEC : COVERAGE_SPEC, columns);
    }
}
