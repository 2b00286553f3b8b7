package io.dvmaven.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the shipped JSON Schema and {@link SpecParser} in agreement on variants of one full spec: every form
 * the parser knows is accepted by both, unknown or mistyped fields are rejected by both, and the only things the
 * parser rejects on top of the schema are the documented checks the schema cannot express.
 */
class SpecSchemaAgreementTest extends AbstractSpecSchemaTest {

    // ---------------------------------------------------------------- variants both accept

    /** Uses every key and every alternative form the parser knows. */
    static final String FULL = """
            entity:
              name: member
              description: "Health insurance member"
            hub:
              business_key: [member_id]
              business_key_type: simple
              sources: [legacy_facets, gemstone_facets]
            satellites:
              - name: demographics
                description: "Personal data"
                attributes: [first_name, {name: ssn, description: "Social security number"}]
                sources: [legacy_facets]
                change_tracking: true
            links:
              - name: member_coverage
                description: "Which member holds which coverage"
                related_hub: coverage
                relationship_type: many_to_many
                sources: [legacy_facets, gemstone_facets]
                related_keys:
                  legacy_facets: cmc_cspi_id
                  gemstone_facets: {coverage: coverage_id}
            source_mappings:
              legacy_facets:
                schema: legacy_facets_history
                table: facets_member
                key_field: cmc_meme_ck
                load_timestamp: load_dts
                record_source: "LEGACY_FACETS"
                columns: {first_name: fname}
                description: "Legacy Facets extract"
              gemstone_facets:
                schema: gemstone_facets_history
                table: gms_member
                key_field: [member_id]
            business_rules:
              - name: birth_date_not_in_future
                description: "A member cannot be born in the future"
                satellite: demographics
                condition: "birth_date <= current_date"
                severity: warn
              - name: member_id_format
            """;

    static Stream<Arguments> acceptedVariants() {
        return Stream.of(
                Arguments.of("every key and form", FULL),
                Arguments.of("minimal spec", """
                        entity: {name: coverage}
                        hub: {business_key: [coverage_id], sources: [legacy]}
                        source_mappings: {legacy: {schema: raw, table: coverage, key_field: coverage_id}}
                        """),
                Arguments.of("empty optional lists", """
                        entity: {name: coverage}
                        hub: {business_key: [coverage_id], sources: [legacy]}
                        satellites:
                        links: null
                        business_rules: null
                        source_mappings: {legacy: {schema: raw, table: coverage, key_field: coverage_id}}
                        """),
                Arguments.of("free text may be a number or boolean", FULL
                        .replace("description: \"Health insurance member\"", "description: 2024")
                        .replace("record_source: \"LEGACY_FACETS\"", "record_source: 7")
                        .replace("condition: \"birth_date <= current_date\"", "condition: true")),
                Arguments.of("composite key as list and as mapping", """
                        entity: {name: policy}
                        hub: {business_key: [group_id, policy_number], business_key_type: composite, sources: [a, b]}
                        source_mappings:
                          a: {schema: raw_a, table: policy, key_field: [grgr_id, pol_no]}
                          b: {schema: raw_b, table: policy, key_field: {policy_number: policy_no, group_id: group_code}}
                        """),
                Arguments.of("three-hub link, full form, composite related key", """
                        entity: {name: claim}
                        hub: {business_key: [claim_id], sources: [claims]}
                        links:
                          - name: claim_member_provider
                            related_hubs: [member, provider]
                            relationship_type: many_to_one
                            sources: [claims]
                            related_keys:
                              claims: {member: [member_group, member_ref], provider: provider_npi}
                        source_mappings:
                          claims: {schema: claims_raw, table: claims, key_field: claim_no}
                        """),
                Arguments.of("entity with a domain", FULL
                        .replace("  description: \"Health insurance member\"",
                                "  description: \"Health insurance member\"\n  domain: member-services")),
                Arguments.of("shorthand list for a composite related key", FULL
                        .replace("legacy_facets: cmc_cspi_id", "legacy_facets: [cmc_grgr_id, cmc_cspi_id]")),
                Arguments.of("multi-document YAML", """
                        entity: {name: coverage}
                        hub: {business_key: [coverage_id], sources: [legacy]}
                        source_mappings: {legacy: {schema: raw, table: coverage, key_field: coverage_id}}
                        ---
                        entity: {name: product}
                        hub: {business_key: [product_code], sources: [legacy]}
                        source_mappings: {legacy: {schema: raw, table: product, key_field: code}}
                        """),
                Arguments.of("JSON", """
                        {"entity": {"name": "coverage", "description": "Coverage"},
                         "hub": {"business_key": ["coverage_id"], "sources": ["legacy"]},
                         "satellites": [{"name": "details", "attributes": ["plan_code"], "sources": ["legacy"],
                                         "change_tracking": true}],
                         "source_mappings": {"legacy": {"schema": "raw", "table": "coverage",
                                                        "key_field": "coverage_id"}}}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedVariants")
    void variantsAcceptedByBoth(String name, String spec) {
        assertThat(schemaErrors(spec)).as("schema errors").isEmpty();
        assertThat(parserErrors("specs/spec.yml", spec)).as("parser errors").isEmpty();
    }

    // ---------------------------------------------------------------- unknown or mistyped fields: both reject

    static Stream<Arguments> rejectedVariants() {
        return Stream.of(
                // unknown keys, one per section
                bad("unknown top-level key", "satellites:", "satelites:\n  - {name: x, attributes: [a], sources: [legacy_facets]}\nsatellites:", "spec.unknown-key"),
                bad("unknown key in entity", "  description: \"Health insurance member\"", "  descripton: \"x\"", "spec.unknown-key"),
                bad("unknown key in hub", "  business_key_type: simple", "  key_type: simple", "spec.unknown-key"),
                bad("unknown key in satellite", "    change_tracking: true", "    history: true", "spec.unknown-key"),
                bad("unknown key in attribute", "{name: ssn, description: \"Social security number\"}", "{name: ssn, desc: x}", "spec.unknown-key"),
                bad("unknown key in link", "    relationship_type: many_to_many", "    cardinality: many_to_many", "spec.unknown-key"),
                bad("unknown key in source mapping", "    load_timestamp: load_dts", "    load_ts: load_dts", "spec.unknown-key"),
                bad("unknown key in business rule", "    severity: warn", "    level: warn", "spec.unknown-key"),
                // missing required keys
                bad("entity without name", "  name: member\n", "", "spec.missing-field"),
                bad("source mapping without table", "    table: gms_member\n", "", "spec.missing-field"),
                bad("satellite without sources", "    sources: [legacy_facets]\n    change_tracking", "    change_tracking", "spec.missing-field"),
                bad("link without related hub", "    related_hub: coverage\n", "", "spec.missing-field"),
                bad("link without related_keys", "    related_keys:\n      legacy_facets: cmc_cspi_id\n      gemstone_facets: {coverage: coverage_id}\n", "", "spec.link-key-missing"),
                // wrong types
                bad("spec is a list", null, "- entity: {name: member}\n", "spec.wrong-type"),
                bad("entity is a scalar", "entity:\n  name: member\n  description: \"Health insurance member\"", "entity: member", "spec.wrong-type"),
                bad("business_key is a scalar", "business_key: [member_id]", "business_key: member_id", "spec.wrong-type"),
                bad("business_key is empty", "business_key: [member_id]", "business_key: []", "spec.empty-list"),
                bad("business_key has a duplicate", "business_key: [member_id]", "business_key: [member_id, member_id]", "spec.duplicate-name"),
                bad("business_key_type not in enum", "business_key_type: simple", "business_key_type: compound", "spec.business-key-type"),
                bad("simple key type with two parts", "business_key: [member_id]", "business_key: [member_id, region]", "spec.business-key-type"),
                bad("hub sources is a scalar", "  sources: [legacy_facets, gemstone_facets]\nsatellites", "  sources: legacy_facets\nsatellites", "spec.wrong-type"),
                bad("hub sources has a duplicate", "  sources: [legacy_facets, gemstone_facets]\nsatellites", "  sources: [legacy_facets, legacy_facets, gemstone_facets]\nsatellites", "spec.duplicate-name"),
                bad("satellites is a mapping", "satellites:\n  - name: demographics", "satellites:\n  demographics:\n    name: demographics", "spec.wrong-type"),
                bad("attributes is a scalar", "attributes: [first_name, {name: ssn, description: \"Social security number\"}]", "attributes: first_name", "spec.wrong-type"),
                bad("attributes is empty", "attributes: [first_name, {name: ssn, description: \"Social security number\"}]", "attributes: []", "spec.empty-list"),
                bad("attribute name is a list", "{name: ssn, description: \"Social security number\"}", "{name: [ssn]}", "spec.wrong-type"),
                bad("change_tracking false", "change_tracking: true", "change_tracking: false", "spec.change-tracking"),
                bad("change_tracking is a string", "change_tracking: true", "change_tracking: \"yes\"", "spec.wrong-type"),
                bad("relationship_type not in enum", "relationship_type: many_to_many", "relationship_type: many_to_few", "spec.relationship-type"),
                bad("related_hub and related_hubs", "    related_hub: coverage\n", "    related_hub: coverage\n    related_hubs: [coverage]\n", "spec.conflicting-keys"),
                bad("related_hubs is empty", "    related_hub: coverage\n", "    related_hubs: []\n", "spec.empty-list"),
                bad("related_keys is a scalar", "    related_keys:\n      legacy_facets: cmc_cspi_id\n      gemstone_facets: {coverage: coverage_id}\n", "    related_keys: cmc_cspi_id\n", "spec.wrong-type"),
                bad("shorthand related key with two related hubs", "    related_hub: coverage\n", "    related_hubs: [coverage, provider]\n", "spec.wrong-type"),
                bad("related key column is a mapping", "legacy_facets: cmc_cspi_id", "legacy_facets: {coverage: {column: x}}", "spec.wrong-type"),
                bad("source_mappings is a list", "source_mappings:\n  legacy_facets:", "source_mappings:\n- legacy_facets:", "spec.wrong-type"),
                bad("source mapping is a scalar", "  gemstone_facets:\n    schema: gemstone_facets_history\n    table: gms_member\n    key_field: [member_id]\n", "  gemstone_facets: gms_member\n", "spec.wrong-type"),
                bad("key_field is empty", "key_field: [member_id]", "key_field: []", "spec.empty-list"),
                bad("key_field mapping is empty", "key_field: [member_id]", "key_field: {}", "spec.key-field"),
                bad("key_field is a number", "key_field: [member_id]", "key_field: 42", "spec.invalid-name"),
                bad("load_timestamp is a list", "load_timestamp: load_dts", "load_timestamp: [load_dts]", "spec.wrong-type"),
                bad("record_source is a list", "record_source: \"LEGACY_FACETS\"", "record_source: [LEGACY]", "spec.wrong-type"),
                bad("columns is a list", "columns: {first_name: fname}", "columns: [fname]", "spec.wrong-type"),
                bad("domain with upper case and a space", "  description: \"Health insurance member\"",
                        "  description: \"Health insurance member\"\n  domain: Member Services", "spec.invalid-domain"),
                bad("domain is a list", "  description: \"Health insurance member\"",
                        "  description: \"Health insurance member\"\n  domain: [members]", "spec.wrong-type"),
                bad("description without value", "  description: \"Health insurance member\"", "  description:", "spec.wrong-type"),
                bad("condition is a mapping", "condition: \"birth_date <= current_date\"", "condition: {sql: x}", "spec.wrong-type"),
                bad("severity not in enum", "severity: warn", "severity: fatal", "spec.severity"),
                bad("'~' is a string in YAML 1.2, not an empty list", null, """
                        entity: {name: coverage}
                        hub: {business_key: [coverage_id], sources: [legacy]}
                        links: ~
                        source_mappings: {legacy: {schema: raw, table: coverage, key_field: coverage_id}}
                        """, "spec.wrong-type"),
                bad("business_rules entry is a scalar", "  - name: member_id_format", "  - member_id_format", "spec.wrong-type"),
                // names that are not lower snake_case
                bad("entity name in CamelCase", "  name: member\n", "  name: Member\n", "spec.invalid-name"),
                bad("schema with a dash", "schema: legacy_facets_history", "schema: legacy-facets", "spec.invalid-name"),
                bad("source system with upper case", "  legacy_facets:\n    schema", "  LegacyFacets:\n    schema", "spec.invalid-name"),
                bad("renamed column with upper case", "columns: {first_name: fname}", "columns: {first_name: FName}", "spec.invalid-name"));
    }

    private static Arguments bad(String name, String find, String replace, String parserCode) {
        String spec;
        if (find == null) {
            spec = replace;
        } else {
            assertThat(FULL).as("fixture for '%s'", name).contains(find);
            spec = FULL.replace(find, replace);
        }
        return Arguments.of(name, spec, parserCode);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedVariants")
    void unknownOrMistypedFieldsAreRejectedByBoth(String name, String spec, String parserCode) {
        assertThat(schemaErrors(spec)).as("schema errors").isNotEmpty();
        assertThat(codes(parserErrors("specs/spec.yml", spec))).as("parser error codes").contains(parserCode);
    }

    // ---------------------------------------------------------------- what only the parser can check

    static Stream<Arguments> parserOnlyChecks() {
        return Stream.of(
                Arguments.of("SQL reserved word as a name", FULL.replace("name: demographics", "name: order")
                        .replace("satellite: demographics", "satellite: order"), "spec.reserved-word"),
                Arguments.of("source not in source_mappings", FULL.replace("sources: [legacy_facets]\n    change",
                        "sources: [legacy_facet]\n    change"), "spec.unknown-source"),
                Arguments.of("key_field arity differs from business_key", FULL.replace("key_field: [member_id]",
                        "key_field: [member_id, region]"), "spec.key-field"),
                Arguments.of("key_field mapping names an unknown key part", FULL.replace("key_field: [member_id]",
                        "key_field: {member_no: member_id}"), "spec.key-field"),
                Arguments.of("business rule on an unknown group", FULL.replace("satellite: demographics",
                        "satellite: address"), "spec.unknown-satellite"),
                Arguments.of("related_keys names a source the link does not list", FULL.replace(
                        "gemstone_facets: {coverage: coverage_id}", "gemstone_facets: {coverage: coverage_id}\n"
                        + "      other: x"), "spec.unknown-source"),
                Arguments.of("related_keys full form names another hub", FULL.replace(
                        "{coverage: coverage_id}", "{provider: coverage_id}"), "spec.unknown-hub"),
                Arguments.of("duplicate satellite group", FULL.replace("    change_tracking: true\n",
                        "    change_tracking: true\n  - {name: demographics, attributes: [x], sources: [legacy_facets]}\n"),
                        "spec.duplicate-name"),
                Arguments.of("link to itself", FULL.replace("related_hub: coverage", "related_hub: member"),
                        "spec.self-link"));
    }

    /**
     * Documents the boundary: references between fields, key arity and reserved words need the parser. The
     * schema accepts these; dv:generate rejects them with a location and a fix.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("parserOnlyChecks")
    void checksOnlyTheParserMakes(String name, String spec, String parserCode) {
        assertThat(schemaErrors(spec)).as("schema errors").isEmpty();
        assertThat(codes(parserErrors("specs/spec.yml", spec))).as("parser error codes").contains(parserCode);
    }
}
