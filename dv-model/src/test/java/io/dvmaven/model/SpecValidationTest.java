package io.dvmaven.model;

import static io.dvmaven.model.SpecFixture.COVERAGE;
import static io.dvmaven.model.SpecFixture.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per validation rule: bad input in, exact file:line:col, message and fix out. */
class SpecValidationTest {

    @TempDir
    Path project;

    private SpecFixture specs() {
        return new SpecFixture(project);
    }

    private java.util.List<String> member(String content) {
        DesignResult result = specs().write("specs/member.yml", content).load();
        if (result.hasErrors()) {
            assertThat(result.vault()).isNull();
        }
        return SpecFixture.formatted(result);
    }

    @Test
    void validSpecHasNoDiagnostics() {
        assertThat(member(MEMBER)).isEmpty();
    }

    @Test
    void domainThatIsNoSubjectAreaNameIsReportedAtItsValue() {
        assertThat(member(MEMBER.replace("  name: member\n", "  name: member\n  domain: Member Services\n")))
                .containsExactly("specs/member.yml:3:11: domain 'Member Services' of entity is not a subject-area"
                        + " name (use lower-case letters, digits, '_' and '-', starting with a letter, at most 64"
                        + " characters, e.g. 'member_services')");
    }

    @Test
    void domainIsReadFromYamlAndJson() {
        specs().write("specs/member.yml", MEMBER.replace("  name: member\n", "  name: member\n  domain: care-plans\n"))
                .write("specs/finance/coverage.json", """
                        {"entity": {"name": "coverage", "domain": "billing"},
                         "hub": {"business_key": ["coverage_id"], "sources": ["legacy"]},
                         "source_mappings": {"legacy": {"schema": "raw_legacy", "table": "coverage",
                                                        "key_field": "coverage_id"}}}
                        """);
        DesignResult result = specs().load();
        assertThat(SpecFixture.formatted(result)).isEmpty();
        assertThat(result.entities()).extracting(e -> e.name().value() + ":" + e.domain())
                .containsExactly("coverage:billing", "member:care-plans");
        assertThat(io.dvmaven.model.mermaid.SubjectAreas.group(result.entities(), "specs").keySet())
                .containsExactly("billing", "care-plans");
    }

    @Test
    void yamlSyntaxErrorIsReportedAtTheProblemMark() {
        assertThat(member("entity:\n  name: member\n  description: \"unclosed\n")).containsExactly(
                "specs/member.yml:4:1: invalid YAML: found unexpected end of stream while scanning a quoted scalar"
                        + " (fix the YAML syntax at this position)");
    }

    @Test
    void jsonSyntaxErrorSaysJson() {
        assertThat(specs().write("specs/member.json", "{\"entity\": {\"name\": \"member\"}\n").diagnostics())
                .containsExactly("specs/member.json:2:1: invalid JSON: unexpected end of input inside an object"
                        + " (fix the JSON syntax at this position (JSON allows no comments, trailing commas, single"
                        + " quotes or NaN))");
    }

    @Test
    void emptyFileAndEmptyDocument() {
        specs().write("specs/a.yml", "# nothing yet\n").write("specs/b.yml", MEMBER + "---\n---\n" + COVERAGE);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/a.yml:1:1: spec file is empty (write an entity spec (entity, hub, source_mappings) or delete"
                        + " the file)",
                "specs/b.yml:16:1: document 2 of the spec file is empty (write an entity spec in it or remove the"
                        + " '---' separator)");
    }

    @Test
    void unknownKeySuggestsTheClosestKey() {
        assertThat(member(MEMBER.replace("  business_key:", "  buisness_key:"))).containsExactly(
                "specs/member.yml:3:1: missing required key 'business_key' in hub (add business_key: [<key part>])",
                "specs/member.yml:4:3: unknown key 'buisness_key' in hub (did you mean 'business_key'?)");
    }

    @Test
    void unknownKeyWithoutCloseMatchListsAllowedKeys() {
        assertThat(member(MEMBER.replace("    table: member", "    table: member\n    owner: finance")))
                .containsExactly("specs/member.yml:14:5: unknown key 'owner' in source mapping 'legacy' (remove it;"
                        + " allowed keys: schema, table, key_field, load_timestamp, record_source, columns,"
                        + " description, database, model, effective_from, extra_columns, derived_columns,"
                        + " column_types)");
    }

    @Test
    void listWhereANameIsNeeded() {
        assertThat(member(MEMBER.replace("schema: raw_legacy", "schema: [raw_legacy, other]"))).containsExactly(
                "specs/member.yml:12:13: 'schema' of source mapping 'legacy' must be a single value, found a list"
                        + " (write schema: <raw schema>)");
    }

    @Test
    void scalarWhereAListIsNeeded() {
        assertThat(member(MEMBER.replace("business_key: [member_id]", "business_key: member_id"))).containsExactly(
                "specs/member.yml:4:17: 'business_key' of hub must be a list of names, found 'member_id'"
                        + " (write business_key: [<key part>])");
    }

    @Test
    void missingRequiredFieldIsReportedAtItsSection() {
        assertThat(member(MEMBER.replace("    table: member\n", ""))).containsExactly(
                "specs/member.yml:11:3: missing required key 'table' in source mapping 'legacy' (add table:"
                        + " <raw table>)");
    }

    @Test
    void missingTopLevelSectionIsReportedAtTheDocument() {
        assertThat(member("entity:\n  name: member\n")).containsExactly(
                "specs/member.yml:1:1: missing required key 'hub' in the entity spec (add hub: {business_key:"
                        + " [<key part>], sources: [<source>]})",
                "specs/member.yml:1:1: missing required key 'source_mappings' in the entity spec (add"
                        + " source_mappings: {<source>: {schema: ..., table: ..., key_field: ...}})");
    }

    @Test
    void duplicateKeyNamesTheFirstLine() {
        assertThat(member(MEMBER.replace("    table: member\n", "    table: member\n    schema: raw_other\n")))
                .containsExactly("specs/member.yml:14:5: duplicate key 'schema' in source mapping 'legacy' (first at"
                        + " line 12) (remove one of the two)");
    }

    @Test
    void identifierMustBeLowerSnakeCase() {
        assertThat(member(MEMBER.replace("name: member", "name: MemberEntity"))).containsExactly(
                "specs/member.yml:2:9: entity name 'MemberEntity' is not lower snake_case (use lower-case letters,"
                        + " digits and underscores, starting with a letter, e.g. 'member_entity')");
    }

    @Test
    void identifierMustNotEndWithOrRepeatUnderscores() {
        assertThat(member(MEMBER.replace("name: member", "name: member_"))).containsExactly(
                "specs/member.yml:2:9: entity name 'member_' is not lower snake_case (use lower-case letters,"
                        + " digits and underscores, starting with a letter, e.g. 'member')");
        assertThat(member(MEMBER.replace("[first_name, last_name]", "[first__name, last_name]"))).containsExactly(
                "specs/member.yml:8:18: attribute 'first__name' is not lower snake_case (use lower-case letters,"
                        + " digits and underscores, starting with a letter, e.g. 'first_name')");
    }

    @Test
    void identifierMustNotBeAReservedWord() {
        assertThat(member(MEMBER.replace("[first_name, last_name]", "[first_name, order]"))).containsExactly(
                "specs/member.yml:8:30: attribute 'order' is an SQL reserved word (rename it, e.g. 'order_value'"
                        + " (reserved words break unquoted identifiers in generated SQL))");
    }

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
    void duplicateLinkNameAcrossFiles() {
        String link = """
                links:
                  - name: member_coverage
                    related_hub: %s
                    sources: [legacy]
                    related_keys: {legacy: %s}
                """;
        specs().write("specs/coverage.yml", COVERAGE + link.formatted("member", "member_id"))
                .write("specs/member.yml", MEMBER + link.formatted("coverage", "coverage_id"));
        assertThat(specs().diagnostics()).containsExactly(
                "specs/coverage.yml:12:11: link 'member_coverage' is defined more than once (also at"
                        + " specs/member.yml:16:11) (rename one of them (link names are unique across the design))",
                "specs/member.yml:16:11: link 'member_coverage' is defined more than once (also at"
                        + " specs/coverage.yml:12:11) (rename one of them (link names are unique across the design))");
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
    void unknownRelatedHubSuggestsEntityNamesOfAllFiles() {
        specs().write("specs/coverage.yml", COVERAGE).write("specs/member.yml", MEMBER + """
                links:
                  - name: member_coverage
                    related_hub: coverrage
                    sources: [legacy]
                    related_keys: {legacy: coverage_id}
                """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:17:18: link 'member_coverage' relates to unknown entity 'coverrage' (did you mean"
                        + " 'coverage'?)");
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
    void seedLinkWithoutRelatedKeysNamesLinkSourceHubAndFix() {
        specs().write("specs/coverage.yml", COVERAGE).write("specs/member.yml", MEMBER + """
                links:
                  - name: member_coverage
                    related_hub: coverage
                    sources: [legacy]
                """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:16:5: link 'member_coverage' has no related_keys entry for source 'legacy', so the"
                        + " column carrying the coverage business key is unknown (add related_keys: {legacy: <column"
                        + " carrying the coverage business key>} to link 'member_coverage')");
    }

    @Test
    void relatedKeysArityMustMatchTheRelatedHubKey() {
        specs().write("specs/coverage.yml", COVERAGE).write("specs/member.yml", MEMBER + """
                links:
                  - name: member_coverage
                    related_hub: coverage
                    sources: [legacy]
                    related_keys: {legacy: [plan_id, coverage_id]}
                """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:19:29: related_keys.legacy of link 'member_coverage' gives 2 columns for related"
                        + " hub 'coverage', whose business key has 1 part [coverage_id] (list one column per key part"
                        + " in business_key order: coverage: [<coverage_id column>])");
    }

    @Test
    void changeTrackingFalseIsRejected() {
        assertThat(member(MEMBER.replace("    sources: [legacy]\n", "    sources: [legacy]\n    change_tracking: false\n")))
                .containsExactly("specs/member.yml:10:22: change_tracking: false is not supported in satellite"
                        + " 'demographics': AutomateDV satellites always compare hashdiffs (remove change_tracking or"
                        + " set it to true)");
    }

    @Test
    void businessKeyTypeMustBeSimpleOrComposite() {
        assertThat(member(MEMBER.replace("  sources: [legacy]\nsat", "  business_key_type: compsite\n"
                + "  sources: [legacy]\nsat"))).containsExactly(
                "specs/member.yml:5:22: business_key_type 'compsite' is not simple or composite (use simple (one key"
                        + " part) or composite (several key parts), did you mean 'composite'?)");
    }

    @Test
    void simpleKeyWithSeveralParts() {
        String spec = MEMBER.replace("business_key: [member_id]", "business_key: [member_id, group_id]\n"
                + "  business_key_type: simple").replace("key_field: member_id", "key_field: [mbr_ck, grp_ck]");
        assertThat(member(spec)).containsExactly(
                "specs/member.yml:5:22: business_key_type is simple but business_key has 2 parts [member_id,"
                        + " group_id] (set business_key_type: composite, or list one key part)");
    }

    @Test
    void compositeKeyWithOnePartIsAcceptedAsADecision() {
        DesignResult result = specs().write("specs/member.yml", MEMBER.replace("business_key: [member_id]",
                "business_key: [member_id]\n  business_key_type: composite")).load();
        assertThat(SpecFixture.formatted(result)).isEmpty();
        assertThat(result.decisions()).filteredOn(d -> d.subject().equals("member")).singleElement()
                .satisfies(d -> {
                    assertThat(d.location()).hasToString("specs/member.yml:5:22");
                    assertThat(d.text()).startsWith("business_key_type is composite but business_key has one part"
                            + " [member_id]: generated as a single business key column");
                });
        assertThat(result.vault().hubs().get(0).businessKeyColumns()).containsExactly("member_bk");
    }

    @Test
    void linkToItsOwnEntityIsNotSupported() {
        assertThat(member(MEMBER + """
                links:
                  - name: member_parent
                    related_hub: member
                    sources: [legacy]
                    related_keys: {legacy: parent_id}
                """)).containsExactly(
                "specs/member.yml:17:18: link 'member_parent' relates entity 'member' to itself, which a link"
                        + " cannot key (one hash key column per hub) (declare it under hierarchical_links or"
                        + " same_as_links, with one role per key)");
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
    void everyProblemOfEveryFileIsReportedAtOnce() {
        specs().write("specs/a.yml", "entity: [\n")
                .write("specs/b.yml", MEMBER.replace("table: member", "tabel: member"))
                .write("specs/c.json", "{\"entity\": {\"name\": \"Coverage\"}}");
        assertThat(specs().diagnostics()).hasSize(6).extracting(line -> line.substring(0, line.indexOf(": ")))
                .containsExactly("specs/a.yml:2:1", "specs/b.yml:11:3", "specs/b.yml:13:5", "specs/c.json:1:1",
                        "specs/c.json:1:1", "specs/c.json:1:21");
    }

    @Test
    void unusedSourceMappingIsAWarning() {
        DesignResult result = specs().write("specs/member.yml",
                MEMBER + "  other:\n    schema: raw_other\n    table: t\n    key_field: id\n").load();
        assertThat(SpecFixture.formatted(result)).containsExactly("specs/member.yml:15:3: source mapping 'other' is not"
                + " used by the hub, a satellite or a link (add it to hub sources, or remove it)");
        assertThat(result.vault()).isNotNull();
    }

    @Test
    void relationshipTypeAndRelatedKeysForAnUnlistedSource() {
        specs().write("specs/coverage.yml", COVERAGE).write("specs/member.yml", MEMBER + """
                links:
                  - name: member_coverage
                    related_hub: coverage
                    relationship_type: many_many
                    sources: [legacy]
                    related_keys: {legacy: coverage_id, legasy: x}
                """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:18:24: relationship_type 'many_many' of link 'member_coverage' is not one of"
                        + " one_to_one, one_to_many, many_to_one, many_to_many (did you mean 'many_to_many'?)",
                "specs/member.yml:20:41: related_keys of link 'member_coverage' names source 'legasy', which the link"
                        + " does not list in sources (did you mean 'legacy'?)");
    }

    @Test
    void relatedKeysFullFormNamingAnUnknownHub() {
        specs().write("specs/coverage.yml", COVERAGE).write("specs/member.yml", MEMBER + """
                links:
                  - name: member_coverage
                    related_hubs: [coverage]
                    sources: [legacy]
                    related_keys:
                      legacy: {coverag: cov_id}
                """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:20:7: related_keys.legacy of link 'member_coverage' has no column for related hub"
                        + " 'coverage' (add coverage: <column carrying the coverage business key>)",
                "specs/member.yml:20:16: related_keys.legacy of link 'member_coverage' names 'coverag', which is not"
                        + " a related hub of the link (did you mean 'coverage'?)");
    }

    @Test
    void relatedKeysShorthandNeedsASingleRelatedHub() {
        specs().write("specs/coverage.yml", COVERAGE)
                .write("specs/provider.yml", COVERAGE.replace("coverage", "provider"))
                .write("specs/member.yml", MEMBER + """
                        links:
                          - name: member_coverage
                            related_hubs: [coverage, provider]
                            sources: [legacy]
                            related_keys: {legacy: cov_id}
                        """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:19:28: related_keys.legacy of link 'member_coverage' must name the column per"
                        + " related hub because the link has 2 related hubs (write legacy: {coverage: <column>,"
                        + " provider: <column>})");
    }

    @Test
    void relatedHubAndRelatedHubsTogether() {
        assertThat(member(MEMBER + """
                links:
                  - name: member_coverage
                    related_hub: coverage
                    related_hubs: [coverage]
                    sources: [legacy]
                """)).containsExactly("specs/member.yml:18:5: link 'member_coverage' sets both related_hub and"
                + " related_hubs (keep one of them)");
    }

    @Test
    void emptyListIsReportedAtTheList() {
        assertThat(member(MEMBER.replace("[first_name, last_name]", "[]"))).containsExactly(
                "specs/member.yml:8:17: 'attributes' of satellite 'demographics' is empty (list at least one"
                        + " attribute)");
    }

    @Test
    void linkNamedLikeItsEntityCollidesWithTheHubHashKey() {
        specs().write("specs/coverage.yml", COVERAGE).write("specs/member.yml", MEMBER + """
                links:
                  - name: member
                    related_hub: coverage
                    sources: [legacy]
                    related_keys: {legacy: coverage_id}
                """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:16:11: generated column 'member_hk' in stg_member_legacy is both the hash key of hub"
                        + " member and the hash key of link member (rename the link, satellite or entity so that the"
                        + " generated column names differ)");
    }

    @Test
    void twoLinksToOneHubFromOneStageMustUseTheSameKeyColumns() {
        specs().write("specs/coverage.yml", COVERAGE).write("specs/member.yml", MEMBER + """
                links:
                  - name: member_coverage
                    related_hub: coverage
                    sources: [legacy]
                    related_keys: {legacy: coverage_id}
                  - name: member_prior_coverage
                    related_hub: coverage
                    sources: [legacy]
                    related_keys: {legacy: prior_coverage_id}
                """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:20:11: generated column 'coverage_bk' in stg_member_legacy is read from different"
                        + " source columns ([coverage_id] and [prior_coverage_id]) (use the same related_keys columns"
                        + " in every link of this entity that relates to the same hub)");
    }

    @Test
    void wrongTypesEverywhereNeverThrow() {
        assertThat(member("entity: x\nhub: [1]\nsatellites: {a: b}\nlinks: 3\nsource_mappings: []\n"
                + "business_rules: [x]\n")).containsExactly(
                "specs/member.yml:1:9: 'entity' must be a mapping, found 'x' (write entity: {name: <entity name>})",
                "specs/member.yml:2:6: 'hub' must be a mapping, found a list (write hub: {business_key: [<key part>],"
                        + " sources: [<source>]})",
                "specs/member.yml:3:13: 'satellites' must be a list, found a mapping (write satellites: [{name: ...,"
                        + " attributes: [...], sources: [...]}])",
                "specs/member.yml:4:8: 'links' must be a list, found '3' (write links: [{name: ..., related_hub: ...,"
                        + " sources: [...]}])",
                "specs/member.yml:5:18: 'source_mappings' must be a mapping, found a list (write source_mappings:"
                        + " {<source>: {schema: ..., table: ..., key_field: ...}})",
                "specs/member.yml:6:18: a business_rules entry must be a mapping, found 'x' (write - {name: ...,"
                        + " condition: ...})");
        assertThat(member("- a\n- b\n")).containsExactly("specs/member.yml:1:1: an entity spec must be a mapping of"
                + " entity, hub, source_mappings, ..., found a list (write the spec as key: value pairs)");
    }

    @Test
    void changeTrackingMustBeABoolean() {
        assertThat(member(MEMBER.replace("    sources: [legacy]\n", "    sources: [legacy]\n    change_tracking: yes\n")))
                .containsExactly("specs/member.yml:10:22: 'change_tracking' of satellite 'demographics' must be true"
                        + " or false, found 'yes' (write change_tracking: true)");
    }
}
