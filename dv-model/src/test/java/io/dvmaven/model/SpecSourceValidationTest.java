package io.dvmaven.model;

import static io.dvmaven.model.SpecFixture.COVERAGE;
import static io.dvmaven.model.SpecFixture.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Validation rules on sources, key fields and names across the objects of a design: bad input in, exact
 * file:line:col, message and fix out.
 */
class SpecSourceValidationTest extends AbstractSpecValidationTest {

    @Test
    void duplicateEntityReportsBothLocations() {
        specs().write("specs/a.yml", MEMBER).write("specs/b.yml", MEMBER);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/a.yml:2:9: entity 'member' is defined more than once (also at specs/b.yml:2:9) (rename one of"
                        + " them or merge the specs)",
                "specs/b.yml:2:9: entity 'member' is defined more than once (also at specs/a.yml:2:9) (rename one of"
                        + " them or merge the specs)");
    }

    @Test
    void duplicateSatelliteGroupAndAttribute() {
        String spec = MEMBER.replace("satellites:\n", """
                satellites:
                  - name: demographics
                    attributes: [city, city]
                    sources: [legacy]
                """);
        assertThat(member(spec)).containsExactly(
                "specs/member.yml:8:24: attribute 'city' is listed twice in satellite 'demographics' (first at line"
                        + " 8) (remove one of the two entries)",
                "specs/member.yml:10:11: satellite 'demographics' is defined twice in this entity (first at line 7)"
                        + " (rename one of the two groups or merge their attributes)");
    }

    @Test
    void sourceListedTwice() {
        assertThat(member(MEMBER.replace("sources: [legacy]\nsatellites", "sources: [legacy, legacy]\nsatellites")))
                .containsExactly("specs/member.yml:5:21: source 'legacy' is listed twice in hub sources (first at"
                        + " line 5) (remove one of the two entries)");
    }

    @Test
    void sourceNotInSourceMappingsSuggestsTheClosest() {
        assertThat(member(MEMBER.replace("    sources: [legacy]", "    sources: [legacy, legacyy]")))
                .containsExactly("specs/member.yml:9:23: source 'legacyy' of satellite 'demographics' is not in"
                        + " source_mappings (did you mean 'legacy'?)");
    }

    @Test
    void missingKeyField() {
        assertThat(member(MEMBER.replace("    key_field: member_id\n", ""))).containsExactly(
                "specs/member.yml:11:3: missing required key 'key_field' in source mapping 'legacy' (add key_field:"
                        + " <column carrying the member business key>)");
    }

    @Test
    void keyFieldArityMustMatchTheBusinessKey() {
        String spec = MEMBER.replace("[member_id]", "[member_id, group_id]")
                .replace("business_key: [member_id, group_id]", "business_key: [member_id, group_id]");
        assertThat(member(spec)).containsExactly(
                "specs/member.yml:14:16: key_field of source mapping 'legacy' gives 1 column but the member business"
                        + " key has 2 parts [member_id, group_id] (list one column per key part in business_key"
                        + " order, or map them: key_field: {member_id: <column>, group_id: <column>})");
    }

    @Test
    void keyFieldMapNamingAnUnknownKeyPart() {
        assertThat(member(MEMBER.replace("key_field: member_id", "key_field: {membr_id: mbr_ck}"))).containsExactly(
                "specs/member.yml:14:16: key_field of source mapping 'legacy' has no column for key part 'member_id'"
                        + " (add member_id: <column> to key_field)",
                "specs/member.yml:14:17: key_field of source mapping 'legacy' names unknown key part 'membr_id' (did"
                        + " you mean 'member_id'?)");
    }

    @Test
    void oneSchemaPerSourceSystem() {
        specs().write("specs/coverage.yml", COVERAGE.replace("schema: raw_legacy", "schema: legacy_history"))
                .write("specs/member.yml", MEMBER);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/coverage.yml:8:13: source system 'legacy' maps to schema 'legacy_history' here but to"
                        + " 'raw_legacy' at specs/member.yml:12:13 (use the same schema for legacy in every spec (one"
                        + " dbt source per source system))",
                "specs/member.yml:12:13: source system 'legacy' maps to schema 'raw_legacy' here but to"
                        + " 'legacy_history' at specs/coverage.yml:8:13 (use the same schema for legacy in every spec"
                        + " (one dbt source per source system))");
    }

    @Test
    void attributeNamedLikeAGeneratedColumn() {
        assertThat(member(MEMBER.replace("[first_name, last_name]", "[first_name, member_hk, load_timestamp]")))
                .containsExactly(
                        "specs/member.yml:8:30: attribute 'member_hk' of satellite 'demographics' has the same name as"
                                + " the generated hash key of hub member in stg_member_legacy (rename the attribute and"
                                + " map it to its source column in source_mappings.legacy.columns, e.g."
                                + " {member_hk_value: member_hk})",
                        "specs/member.yml:8:41: attribute 'load_timestamp' of satellite 'demographics' has the same"
                                + " name as the generated load timestamp column in stg_member_legacy (rename the"
                                + " attribute and map it to its source column in source_mappings.legacy.columns, e.g."
                                + " {load_timestamp_value: load_timestamp})");
    }

    @Test
    void twoObjectsWithTheSameModelName() {
        // s_{entity}_{group}_{source}: member + group a_b and member_a + group b both give s_member_a_b_legacy
        specs().write("specs/member.yml", MEMBER.replace("name: demographics", "name: a_b"))
                .write("specs/member_a.yml", MEMBER.replace("name: member", "name: member_a")
                        .replace("name: demographics", "name: b"));
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:7:11: the satellite 'a_b' of entity 'member' for source 'legacy' would be"
                        + " generated as model 's_member_a_b_legacy', the same name as the satellite 'b' of entity"
                        + " 'member_a' for source 'legacy' at specs/member_a.yml:7:11 (rename one of them so that"
                        + " every model name is unique)",
                "specs/member_a.yml:7:11: the satellite 'b' of entity 'member_a' for source 'legacy' would be"
                        + " generated as model 's_member_a_b_legacy', the same name as the satellite 'a_b' of entity"
                        + " 'member' for source 'legacy' at specs/member.yml:7:11 (rename one of them so that every"
                        + " model name is unique)");
    }

    @Test
    void renameOfAnAttributeTheSourceDoesNotProvideIsAWarning() {
        DesignResult result = specs().write("specs/member.yml", MEMBER.replace("    key_field: member_id",
                "    key_field: member_id\n    columns: {frist_name: fname}")).load();
        assertThat(SpecFixture.formatted(result)).containsExactly(
                "specs/member.yml:15:27: columns of source mapping 'legacy' renames attribute 'frist_name', which no"
                        + " satellite loads from legacy (did you mean 'first_name'?)");
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.vault()).isNotNull();
    }

    @Test
    void businessRuleOnAnUnknownSatelliteAndBadSeverity() {
        assertThat(member(MEMBER + """
                business_rules:
                  - name: birth_date_not_in_future
                    satellite: demographic
                    condition: "birth_date <= current_date"
                    severity: fatal
                """)).containsExactly(
                "specs/member.yml:17:16: business rule 'birth_date_not_in_future' refers to unknown satellite"
                        + " 'demographic' (did you mean 'demographics'?)",
                "specs/member.yml:19:15: severity 'fatal' of business rule 'birth_date_not_in_future' is not error"
                        + " or warn (use severity: error or severity: warn)");
    }

    @Test
    void unusedSourceMappingIsAWarning() {
        DesignResult result = specs().write("specs/member.yml",
                MEMBER + "  other:\n    schema: raw_other\n    table: t\n    key_field: id\n").load();
        assertThat(SpecFixture.formatted(result)).containsExactly("specs/member.yml:15:3: source mapping 'other' is not"
                + " used by the hub, a satellite or a link (add it to hub sources, or remove it)");
        assertThat(result.vault()).isNotNull();
    }
}
