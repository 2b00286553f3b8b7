package io.dvmaven.plugin.dbt;

import io.dvmaven.model.vault.Vault;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RawTablesSqlTest {

    private final Vault vault = TestVaults.memberAndCoverage();

    @Test
    void emptyTablesAreVarcharExceptTheLoadTimestamp() {
        assertThat(RawTablesSql.script(vault, 0)).isEqualTo("""
                CREATE SCHEMA IF NOT EXISTS "gemstone";
                CREATE SCHEMA IF NOT EXISTS "legacy_facets_history";
                DROP TABLE IF EXISTS "gemstone"."member";
                CREATE TABLE "gemstone"."member" (
                  "member_id" VARCHAR,
                  "load_timestamp" TIMESTAMP,
                  "first_name" VARCHAR
                );
                DROP TABLE IF EXISTS "legacy_facets_history"."facets_coverage";
                CREATE TABLE "legacy_facets_history"."facets_coverage" (
                  "cspi_id" VARCHAR,
                  "load_dts" TIMESTAMP,
                  "plan_name" VARCHAR
                );
                DROP TABLE IF EXISTS "legacy_facets_history"."facets_member";
                CREATE TABLE "legacy_facets_history"."facets_member" (
                  "cmc_meme_ck" VARCHAR,
                  "cmc_cspi_id" VARCHAR,
                  "load_dts" TIMESTAMP,
                  "first_name" VARCHAR,
                  "birth_date" VARCHAR
                );
                """);
    }

    @Test
    void sampleDataIsDeterministic() {
        assertThat(RawTablesSql.script(vault, 50)).isEqualTo(RawTablesSql.script(vault, 50));
    }

    @Test
    void sampleRowsHaveTwoLoadsAndTheExactCount() {
        String sql = RawTablesSql.script(vault, 10);

        List<String> memberRows = rows(sql, "legacy_facets_history", "facets_member");
        assertThat(memberRows).hasSize(10);
        assertThat(memberRows.subList(0, 5)).allMatch(row -> row.contains("TIMESTAMP '2024-01-01 00:00:00'"));
        assertThat(memberRows.subList(5, 10)).allMatch(row -> row.contains("TIMESTAMP '2024-01-02 00:00:00'"));
        assertThat(memberRows.get(0)).isEqualTo(
                "('member_id-000002', 'coverage_id-000004', TIMESTAMP '2024-01-01 00:00:00', 'first_name_2', '1953-01-02')");
        assertThat(rows(sql, "gemstone", "member").get(0)).as("first source of the member key space starts at 0")
                .startsWith("('member_id-000000', ");
    }

    @Test
    void secondLoadRepeatsFirstLoadKeysWithSomeAttributesChanged() {
        List<String> rows = rows(RawTablesSql.script(vault, 40), "legacy_facets_history", "facets_member");

        int changed = 0;
        for (int i = 0; i < 20; i++) {
            String first = rows.get(i);
            String second = rows.get(20 + i);
            assertThat(cell(second, 0)).isEqualTo(cell(first, 0));
            assertThat(cell(second, 1)).as("related key stays").isEqualTo(cell(first, 1));
            if (!cell(second, 3).equals(cell(first, 3))) {
                changed++;
                assertThat(cell(second, 3)).isEqualTo(cell(first, 3).replace("'", "").replace("first_name_", "'first_name_") + "_v2'");
            }
        }
        assertThat(changed).isBetween(5, 19);
    }

    @Test
    void sourcesOfOneHubShareHalfTheirKeys() {
        String sql = RawTablesSql.script(vault, 20);

        Set<String> legacy = column(rows(sql, "legacy_facets_history", "facets_member"), 0);
        Set<String> gemstone = column(rows(sql, "gemstone", "member"), 0);

        Set<String> shared = new HashSet<>(legacy);
        shared.retainAll(gemstone);
        assertThat(legacy).hasSize(10);
        assertThat(gemstone).hasSize(10);
        assertThat(shared).hasSize(5);
    }

    @Test
    void relatedKeysComeFromTheRelatedHubsKeySpace() {
        String sql = RawTablesSql.script(vault, 20);

        Set<String> coverageKeys = column(rows(sql, "legacy_facets_history", "facets_coverage"), 0);
        Set<String> relatedKeys = column(rows(sql, "legacy_facets_history", "facets_member"), 1);

        assertThat(relatedKeys).isNotEmpty().allMatch(key -> key.startsWith("'coverage_id-"));
        assertThat(coverageKeys).containsAll(relatedKeys);
    }

    @Test
    void attributeValuesFollowTheirNames() {
        assertThat(RawTablesSql.attributeValue("birth_date", 3, 1)).isEqualTo("1953-04-09");
        assertThat(RawTablesSql.attributeValue("birth_date", 3, 2)).isEqualTo("1953-04-10");
        assertThat(RawTablesSql.attributeValue("is_active", 3, 1)).isEqualTo("Y");
        assertThat(RawTablesSql.attributeValue("plan_name", 3, 2)).isEqualTo("plan_name_3_v2");
    }

    @Test
    void quotingEscapesIdentifiersAndLiterals() {
        assertThat(RawTablesSql.quote("we\"ird")).isEqualTo("\"we\"\"ird\"");
        assertThat(RawTablesSql.literal("O'Brien")).isEqualTo("'O''Brien'");
        assertThat(RawTablesSql.countQuery(vault)).startsWith(
                "SELECT 'gemstone.member' AS source_table, count(*) AS rows FROM \"gemstone\".\"member\"\nUNION ALL\n");
    }

    private static List<String> rows(String sql, String schema, String table) {
        Matcher insert = Pattern.compile("INSERT INTO \"" + schema + "\"\\.\"" + table + "\" \\([^)]*\\) VALUES\\n((?:  \\(.*\\)[,;]\\n)+)")
                .matcher(sql);
        List<String> rows = new java.util.ArrayList<>();
        while (insert.find()) {
            for (String line : insert.group(1).split("\n")) {
                rows.add(line.trim().replaceAll("[,;]$", ""));
            }
        }
        return rows;
    }

    private static String cell(String row, int index) {
        return row.substring(1, row.length() - 1).split(", ")[index];
    }

    private static Set<String> column(List<String> rows, int index) {
        Set<String> values = new HashSet<>();
        rows.forEach(row -> values.add(cell(row, index)));
        return values;
    }
}
