package io.dvmaven.model.kinds.reftable;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.kinds.reftable.ReferenceTable.Delivery;
import io.dvmaven.model.mermaid.MermaidWriter;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.RawTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceTableSectionTest {

    /** reference_tables on line 6; the erp source entry on line 13, its columns on line 18. */
    static final String CUSTOMER = """
            entity:
              name: customer
            hub:
              business_key: [customer_id]
              sources: [crm]
            reference_tables:
              - name: nation
                description: "Nations by ISO code"
                code: nation_code
                attributes: [nation_name, {name: region, description: "World region"}]
                sources:
                  - {source: crm, schema: raw_crm, table: nations, load_timestamp: load_ts}
                  - source: erp
                    schema: raw_erp
                    table: countries
                    load_timestamp: loaded_at
                    record_source: "erp's countries"
                    columns: {nation_code: iso_code, region: continent}
            source_mappings:
              crm: {schema: raw_crm, table: customers, key_field: customer_id}
            """;

    @TempDir
    Path project;

    private DesignResult load(String spec) throws IOException {
        return load(spec, NamingConventions.defaults());
    }

    private DesignResult load(String spec, NamingConventions naming) throws IOException {
        Files.createDirectories(project.resolve("specs"));
        Files.writeString(project.resolve("specs/customer.yml"), spec);
        return DesignLoader.load(project, Path.of("specs"), naming);
    }

    private List<String> problems(String spec) throws IOException {
        return load(spec).diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    @Test
    void resolvesTheTableItsDeliveryModelAndEachSourceInPriorityOrder() throws IOException {
        DesignResult result = load(CUSTOMER);

        assertThat(result.diagnostics().stream().filter(Diagnostic::isError)).isEmpty();
        ReferenceTable table = result.vault().all(ReferenceTable.class).get(0);
        assertThat(table.model()).isEqualTo("ref_nation");
        assertThat(table.folder()).isEqualTo("integration/reference");
        assertThat(table.deliveryModel()).isEqualTo("stg_nation_reference");
        assertThat(table.deliveryFolder()).isEqualTo("staging/reference");
        assertThat(table.code().name()).isEqualTo("nation_code");
        assertThat(table.attributes()).containsExactly(new Attribute("nation_name", null, "nation_name"),
                new Attribute("region", "World region", "region"));
        assertThat(table.deliveries()).containsExactly(
                new Delivery("crm", "raw_crm", "raw_crm", "nations", "nation_code", List.of("nation_name", "region"),
                        "load_ts", "crm"),
                new Delivery("erp", "raw_erp", "raw_erp", "countries", "iso_code", List.of("nation_name",
                        "continent"), "loaded_at", "erp's countries"));
    }

    @Test
    void declaresEachDeliveringTableInItsSourceSystemsDbtSource() throws IOException {
        List<RawSource> sources = load(CUSTOMER).vault().rawSources();

        assertThat(sources).extracting(RawSource::name).containsExactly("raw_crm", "raw_erp");
        assertThat(sources.get(0).tables()).extracting(RawTable::name).containsExactly("customers", "nations");
        assertThat(sources.get(1).schema()).isEqualTo("raw_erp");
        assertThat(sources.get(1).tables().get(0).columns()).extracting(RawColumn::name)
                .containsExactly("iso_code", "loaded_at", "nation_name", "continent");
    }

    @Test
    void namesFollowTheConfiguredPatterns() throws IOException {
        NamingConventions naming = NamingConventions.defaults().withKindPatterns(Map.of("referenceTableModel",
                "r_{table}", "referenceTableFolder", "vault/reference"));
        ReferenceTable table = load(CUSTOMER, naming).vault().all(ReferenceTable.class).get(0);

        assertThat(table.model()).isEqualTo("r_nation");
        assertThat(table.folder()).isEqualTo("vault/reference");
    }

    @Test
    void reportsMissingCodeAndSources() throws IOException {
        assertThat(problems(CUSTOMER.replace("    code: nation_code\n", ""))).containsExactly(
                "specs/customer.yml:7:5: missing required key 'code' in reference table 'nation' (add code:"
                        + " <code column>)");
        String noSources = CUSTOMER.substring(0, CUSTOMER.indexOf("    sources:")) + "source_mappings:\n"
                + "  crm: {schema: raw_crm, table: customers, key_field: customer_id}\n";
        assertThat(problems(noSources)).containsExactly("specs/customer.yml:7:5: missing required key 'sources' in"
                + " reference table 'nation' (add sources: [{source: <source system>, schema: <raw schema>, table:"
                + " <raw table>}])");
    }

    @Test
    void reportsAnEmptySourcesList() throws IOException {
        String empty = CUSTOMER.substring(0, CUSTOMER.indexOf("    sources:")) + "    sources: []\nsource_mappings:\n"
                + "  crm: {schema: raw_crm, table: customers, key_field: customer_id}\n";
        assertThat(problems(empty)).containsExactly("specs/customer.yml:11:14: 'sources' of reference table 'nation'"
                + " is empty (list at least one delivering table: - {source: <source system>, schema: <raw schema>,"
                + " table: <raw table>})");
    }

    @Test
    void reportsAnUnknownKeyAMissingTableAndADuplicateSource() throws IOException {
        assertThat(problems(CUSTOMER.replace("      - {source: crm, schema: raw_crm, table: nations, load_timestamp:"
                + " load_ts}", "      - {source: erp, schema: raw_erp, tabel: nations}"))).containsExactly(
                "specs/customer.yml:12:9: missing required key 'table' in source 'erp' of reference table 'nation'"
                        + " (add table: <raw table>)",
                "specs/customer.yml:12:40: unknown key 'tabel' in a source of reference table 'nation' (did you"
                        + " mean 'table'?)",
                "specs/customer.yml:13:17: source 'erp' is listed twice in reference table 'nation' (first at line"
                        + " 12) (list each source system once (one delivering table per source))");
    }

    @Test
    void reportsTheCodeListedAsAnAttributeAndARenameOfAnUnknownColumn() throws IOException {
        assertThat(problems(CUSTOMER.replace("[nation_name, {name", "[nation_code, {name"))).containsExactly(
                "specs/customer.yml:10:18: attribute 'nation_code' of reference table 'nation' is also its code (line"
                        + " 9) (list the code only under code:)");
        assertThat(problems(CUSTOMER.replace("region: continent}", "regoin: continent}"))).containsExactly(
                "specs/customer.yml:18:50: columns of source 'erp' of reference table 'nation' renames 'regoin',"
                        + " which is neither its code nor one of its attributes (did you mean 'region'?)");
    }

    @Test
    void reportsASchemaOtherThanTheSourceSystemsAndAColumnNamedLikeAGeneratedOne() throws IOException {
        assertThat(problems(CUSTOMER.replace("{source: crm, schema: raw_crm,", "{source: crm, schema: crm_raw,")))
                .containsExactly("specs/customer.yml:12:31: source system 'crm' of reference table 'nation' reads"
                        + " schema 'crm_raw' here but 'raw_crm' at specs/customer.yml:20:17 (use the same schema for"
                        + " crm in every spec (one dbt source per source system))");
        assertThat(problems(CUSTOMER.replace("[nation_name, {name", "[record_source, {name"))).containsExactly(
                "specs/customer.yml:10:18: column 'record_source' of reference table 'nation' has the name of a"
                        + " column the generated models add (load_timestamp, record_source, dv_source_priority,"
                        + " dv_code_rank) (rename it, e.g. 'nation_record_source' (with columns: {...} to read it"
                        + " from its raw column))");
    }

    @Test
    void reportsTwoReferenceTablesOfOneNameInOneEntity() throws IOException {
        String twice = CUSTOMER.replace("source_mappings:", """
                  - name: nation
                    code: nation_code
                    sources: [{source: crm, schema: raw_crm, table: nations}]
                source_mappings:""");
        assertThat(problems(twice)).containsExactly("specs/customer.yml:19:11: reference table 'nation' is defined"
                + " twice in this entity (first at line 7) (rename one of the two reference tables or merge them)");
    }

    @Test
    void drawsTheReferenceTableAsATableOfItsOwnInTheReferenceStyle() throws IOException {
        DesignResult result = load(CUSTOMER);
        String diagram = MermaidWriter.write(result.entities(), NamingConventions.defaults());

        assertThat(diagram).contains("""
                    ref_nation {
                        varchar nation_code PK
                        varchar nation_name
                        varchar region
                """, "    classDef reference ", "    class ref_nation reference\n");
        assertThat(MermaidWriter.tableNames(result.entities(), NamingConventions.defaults())).contains("ref_nation");
    }
}
