package io.dvmaven.model;

import static io.dvmaven.model.SpecFixture.COVERAGE;
import static io.dvmaven.model.SpecFixture.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One test per validation rule of a single spec file (syntax, keys, types, identifiers): bad input in, exact
 * file:line:col, message and fix out.
 */
class SpecValidationTest extends AbstractSpecValidationTest {

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
    void everyProblemOfEveryFileIsReportedAtOnce() {
        specs().write("specs/a.yml", "entity: [\n")
                .write("specs/b.yml", MEMBER.replace("table: member", "tabel: member"))
                .write("specs/c.json", "{\"entity\": {\"name\": \"Coverage\"}}");
        assertThat(specs().diagnostics()).hasSize(6).extracting(line -> line.substring(0, line.indexOf(": ")))
                .containsExactly("specs/a.yml:2:1", "specs/b.yml:11:3", "specs/b.yml:13:5", "specs/c.json:1:1",
                        "specs/c.json:1:1", "specs/c.json:1:21");
    }

    @Test
    void emptyListIsReportedAtTheList() {
        assertThat(member(MEMBER.replace("[first_name, last_name]", "[]"))).containsExactly(
                "specs/member.yml:8:17: 'attributes' of satellite 'demographics' is empty (list at least one"
                        + " attribute)");
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
