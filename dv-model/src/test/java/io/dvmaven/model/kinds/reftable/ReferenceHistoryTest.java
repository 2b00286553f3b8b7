package io.dvmaven.model.kinds.reftable;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.mermaid.MermaidWriter;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history: true}: the reference satellite keyed by the code, from spec to vault object and diagram. */
class ReferenceHistoryTest {

    /** history on line 10, attributes on line 9. */
    static final String CUSTOMER = """
            entity:
              name: customer
            hub:
              business_key: [customer_id]
              sources: [crm]
            reference_tables:
              - name: nation
                code: nation_code
                attributes: [nation_name, region]
                history: true
                sources:
                  - {source: crm, schema: raw_crm, table: nations, load_timestamp: load_ts}
              - name: currency
                code: currency_code
                sources:
                  - {source: crm, schema: raw_crm, table: currencies}
            source_mappings:
              crm: {schema: raw_crm, table: customers, key_field: customer_id}
            """;

    @TempDir
    Path project;

    private DesignResult load(String spec, String file, NamingConventions naming) throws IOException {
        Files.createDirectories(project.resolve("specs"));
        Files.writeString(project.resolve("specs/" + file), spec);
        return DesignLoader.load(project, Path.of("specs"), naming);
    }

    private List<String> problems(String spec) throws IOException {
        return load(spec, "customer.yml", NamingConventions.defaults()).diagnostics().stream()
                .filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    @Test
    void aTableWithHistoryGetsItsReferenceSatelliteAndHashdiffOthersNone() throws IOException {
        DesignResult result = load(CUSTOMER, "customer.yml", NamingConventions.defaults());

        assertThat(result.diagnostics().stream().filter(Diagnostic::isError)).isEmpty();
        List<ReferenceTable> tables = result.vault().all(ReferenceTable.class);
        assertThat(tables).extracting(ReferenceTable::model).containsExactly("ref_currency", "ref_nation");
        assertThat(tables.get(0).history()).isNull();
        ReferenceTable.History history = new ReferenceTable.History("ref_s_nation", "nation_hashdiff");
        assertThat(tables.get(1).history()).isEqualTo(history);
        assertThat(result.vault().all(ReferenceTable.History.class)).containsExactly(history);
        assertThat(result.vault().furtherObjects()).extracting(o -> o.model())
                .containsExactly("ref_currency", "ref_nation", "ref_s_nation");
    }

    @Test
    void theReferenceSatelliteFollowsItsNamingPattern() throws IOException {
        NamingConventions naming = NamingConventions.defaults().withKindPatterns(Map.of("referenceSatelliteModel",
                "ref_history_{table}"));
        ReferenceTable nation = load(CUSTOMER, "customer.yml", naming).vault().all(ReferenceTable.class).get(1);

        assertThat(nation.history().model()).isEqualTo("ref_history_nation");
    }

    @Test
    void jsonSpecsDeclareHistoryLikeYaml() throws IOException {
        String json = """
                {"entity": {"name": "customer"},
                 "hub": {"business_key": ["customer_id"], "sources": ["crm"]},
                 "reference_tables": [{"name": "nation", "code": "nation_code", "attributes": ["nation_name"],
                                       "history": true,
                                       "sources": [{"source": "crm", "schema": "raw_crm", "table": "nations"}]}],
                 "source_mappings": {"crm": {"schema": "raw_crm", "table": "customers", "key_field": "customer_id"}}}
                """;
        ReferenceTable nation = load(json, "customer.json", NamingConventions.defaults()).vault()
                .all(ReferenceTable.class).get(0);

        assertThat(nation.history()).isEqualTo(new ReferenceTable.History("ref_s_nation", "nation_hashdiff"));
    }

    @Test
    void reportsHistoryWithoutAttributesAndHistoryThatIsNotABoolean() throws IOException {
        assertThat(problems(CUSTOMER.replace("    attributes: [nation_name, region]\n", ""))).containsExactly(
                "specs/customer.yml:9:14: 'history' of reference table 'nation' keeps the changes of its attributes,"
                        + " but it has none (list the attributes under attributes: [...], or remove history: true (a"
                        + " table of codes only has no history to keep))");
        assertThat(problems(CUSTOMER.replace("history: true", "history: yes please"))).containsExactly(
                "specs/customer.yml:10:14: 'history' of reference table 'nation' must be true or false, found"
                        + " 'yes please' (write history: true)");
    }

    @Test
    void reportsAnAttributeNamedLikeTheHashdiff() throws IOException {
        assertThat(problems(CUSTOMER.replace("[nation_name, region]", "[nation_name, nation_hashdiff]")))
                .containsExactly("specs/customer.yml:9:31: column 'nation_hashdiff' of reference table 'nation' has"
                        + " the name of a column the generated models add (load_timestamp, record_source,"
                        + " dv_source_priority, dv_code_rank, nation_hashdiff) (rename it, e.g."
                        + " 'nation_nation_hashdiff' (with columns: {...} to read it from its raw column))");
    }

    @Test
    void drawsTheReferenceSatelliteUnderItsReferenceTable() throws IOException {
        DesignResult result = load(CUSTOMER, "customer.yml", NamingConventions.defaults());
        String diagram = MermaidWriter.write(result.entities(), NamingConventions.defaults());

        assertThat(diagram).contains("%% dv:ref_table customer nation code=nation_code attributes=nation_name,region"
                + " history=true\n", """
                    ref_s_nation {
                        varchar nation_code FK
                        binary nation_hashdiff
                        varchar nation_name
                        varchar region
                """, "    ref_nation ||--o{ ref_s_nation : \"history\"\n", "    class ref_s_nation satellite\n");
    }
}
