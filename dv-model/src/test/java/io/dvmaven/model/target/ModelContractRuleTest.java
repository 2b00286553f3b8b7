package io.dvmaven.model.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.target.ModelContracts.Contract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelContractRuleTest {

    private static final NamingConventions NAMING = NamingConventions.defaults();
    private static final IncrementalConfig APPEND = IncrementalConfig.defaults(WarehouseTarget.DUCKDB);
    private static final String TYPED = "{customer_id: varchar(20), agent_id: varchar(20), city: varchar, "
            + "visits: integer, valid_from: date, batch_id: bigint, load_ts: timestamp}";

    @TempDir
    Path project;

    private DesignResult load(String settings, String columnTypes, String derived) throws IOException {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.writeString(specs.resolve("dv_settings.yml"), settings);
        Files.writeString(specs.resolve("customer.yml"), String.join("\n",
                "entity:",
                "  name: customer",
                "hub:",
                "  business_key: [customer_id]",
                "  sources: [crm]",
                "satellites:",
                "  - name: details",
                "    attributes: [city, visits, region]",
                "    sources: [crm]",
                "links:",
                "  - name: customer_agent",
                "    related_hub: agent",
                "    sources: [crm]",
                "    related_keys: {crm: agent_id}",
                "source_mappings:",
                "  crm:",
                "    schema: raw_crm",
                "    table: customers",
                "    key_field: customer_id",
                "    load_timestamp: load_ts",
                "    effective_from: valid_from",
                "    extra_columns: [batch_id]",
                "    column_types: " + columnTypes,
                "    derived_columns:",
                "      region: " + derived,
                ""));
        Files.writeString(specs.resolve("agent.yml"), String.join("\n",
                "entity:",
                "  name: agent",
                "hub:",
                "  business_key: [agent_id]",
                "  sources: [crm]",
                "source_mappings:",
                "  crm: {schema: raw_crm, table: agents, key_field: agent_id, load_timestamp: load_ts,",
                "        column_types: {agent_id: varchar(20), load_ts: timestamp}}",
                ""));
        DesignResult design = DesignLoader.load(project, Path.of("specs"), NAMING);
        assertThat(design.hasErrors()).as(design.diagnostics().toString()).isFalse();
        return design;
    }

    private static Map<String, Contract> contracts(DesignResult design, WarehouseTarget target) {
        return ModelContracts.of(design.vault(), target, design.settings(), NAMING.loadTimestampColumn(),
                NAMING.recordSourceColumn());
    }

    private static List<Diagnostic> check(DesignResult design, WarehouseTarget target, IncrementalConfig config) {
        return ModelContractRule.check(design, target, config, NAMING);
    }

    @Test
    void everyColumnOfAHubLinkAndSatelliteIsTypedOnDuckDb() throws IOException {
        DesignResult design = load("model_contracts: true\n", TYPED, "{constant: EMEA}");
        Map<String, Contract> contracts = contracts(design, WarehouseTarget.DUCKDB);

        assertThat(contracts).containsOnlyKeys("h_agent", "h_customer", "l_customer_agent", "s_customer_details_crm");
        assertThat(contracts.values()).allMatch(Contract::enforced);
        assertThat(contracts.get("h_customer").columns()).containsExactly(entry("customer_hk", "varchar"),
                entry("customer_bk", "varchar(20)"), entry("record_source", "varchar"),
                entry("load_timestamp", "timestamp"), entry("batch_id", "bigint"));
        // h_agent is also loaded from the customers' stage, which carries batch_id, but its own stage does not
        assertThat(contracts.get("h_agent").columns()).containsExactly(entry("agent_hk", "varchar"),
                entry("agent_bk", "varchar(20)"), entry("record_source", "varchar"),
                entry("load_timestamp", "timestamp"));
        assertThat(contracts.get("l_customer_agent").columns()).containsExactly(
                entry("customer_agent_hk", "varchar"), entry("customer_hk", "varchar"), entry("agent_hk", "varchar"),
                entry("record_source", "varchar"), entry("load_timestamp", "timestamp"), entry("batch_id", "bigint"));
        assertThat(contracts.get("s_customer_details_crm").columns()).containsExactly(
                entry("customer_hk", "varchar"), entry("details_hashdiff", "varchar"), entry("city", "varchar"),
                entry("visits", "integer"), entry("region", "varchar"), entry("valid_from", "date"),
                entry("load_timestamp", "timestamp"), entry("record_source", "varchar"), entry("batch_id", "bigint"));
        assertThat(check(design, WarehouseTarget.DUCKDB, APPEND)).isEmpty();
    }

    @Test
    void postgresHashesAreByteaAndStringLiteralsText() throws IOException {
        DesignResult design = load("model_contracts: true\n", TYPED, "{var: region_code}");
        Contract sat = contracts(design, WarehouseTarget.POSTGRES).get("s_customer_details_crm");
        assertThat(sat.columns()).contains(entry("customer_hk", "bytea"), entry("details_hashdiff", "bytea"),
                entry("region", "text"), entry("record_source", "text"), entry("city", "varchar"));
    }

    @Test
    void snowflakeHashesAreBinaryOfTheAlgorithmsLength() throws IOException {
        DesignResult md5 = load("model_contracts: true\n", TYPED, "{constant: EMEA}");
        assertThat(contracts(md5, WarehouseTarget.SNOWFLAKE).get("l_customer_agent").columns()).contains(
                entry("customer_agent_hk", "binary(16)"), entry("record_source", "varchar"));
        DesignResult sha = load("hashing: {algorithm: sha256}\nmodel_contracts: true\n", TYPED, "{constant: EMEA}");
        assertThat(contracts(sha, WarehouseTarget.SNOWFLAKE).get("s_customer_details_crm").columns()).contains(
                entry("customer_hk", "binary(32)"), entry("details_hashdiff", "binary(32)"));
        assertThat(contracts(sha, WarehouseTarget.DUCKDB).get("s_customer_details_crm").columns()).contains(
                entry("customer_hk", "varchar"));
    }

    @Test
    void aDerivedColumnsDeclaredTypeIsItsContractType() throws IOException {
        DesignResult design = load("model_contracts: true\n", TYPED, "{sql: \"upper(city)\", type: varchar(8)}");
        assertThat(contracts(design, WarehouseTarget.DUCKDB).get("s_customer_details_crm").columns())
                .contains(entry("region", "varchar(8)"));
    }

    @Test
    void aColumnWithoutATypeLeavesItsModelsWithoutAContractAndWarnsAtTheSourceMapping() throws IOException {
        DesignResult design = load("model_contracts: true\n", "{customer_id: varchar(20), agent_id: varchar(20), "
                + "valid_from: date, batch_id: bigint, load_ts: timestamp}", "{sql: \"upper(country)\"}");
        Map<String, Contract> contracts = contracts(design, WarehouseTarget.DUCKDB);
        assertThat(contracts.get("h_customer").enforced()).isTrue();
        assertThat(contracts.get("s_customer_details_crm").enforced()).isFalse();
        assertThat(contracts.get("s_customer_details_crm").columns()).isEmpty();

        List<Diagnostic> found = check(design, WarehouseTarget.DUCKDB, APPEND);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.code()).isEqualTo(ModelContractRule.ID);
            assertThat(d.location().file() + ":" + d.location().line() + ":" + d.location().column())
                    .isEqualTo("specs/customer.yml:16:3");
            assertThat(d.message()).isEqualTo("s_customer_details_crm gets no model contract: column city has no "
                    + "known type (raw column city has no declared type)");
            assertThat(d.fix()).isEqualTo("declare the type in source mapping 'crm': column_types: {city: <data "
                    + "type>}");
        });
    }

    @Test
    void stagesThatTypeAColumnDifferentlyLeaveTheirHubWithoutAContract() throws IOException {
        load("model_contracts: true\n", TYPED, "{constant: EMEA}");
        Path agent = project.resolve("specs/agent.yml");
        Files.writeString(agent, Files.readString(agent).replace("agent_id: varchar(20)", "agent_id: varchar(30)"));
        DesignResult design = DesignLoader.load(project, Path.of("specs"), NAMING);
        assertThat(contracts(design, WarehouseTarget.DUCKDB).get("h_agent").enforced()).isFalse();
        assertThat(check(design, WarehouseTarget.DUCKDB, APPEND)).extracting(Diagnostic::message).containsExactly(
                "h_agent gets no model contract: column agent_bk has no known type (its type varchar(20) differs "
                        + "from varchar(30) in another stage loading h_agent)");
    }

    @Test
    void aSqlDerivedColumnWithoutATypeIsNamedInTheWarning() throws IOException {
        DesignResult design = load("model_contracts: true\n", TYPED, "{sql: \"upper(city)\"}");
        assertThat(check(design, WarehouseTarget.DUCKDB, APPEND)).extracting(Diagnostic::message).containsExactly(
                "s_customer_details_crm gets no model contract: column region has no known type (derived column "
                        + "region is computed by SQL and has no type)");
    }

    @Test
    void contractsWithOnSchemaChangeIgnoreAreRefusedAtTheSetting() throws IOException {
        DesignResult design = load("ghost_records: false\nmodel_contracts: true\n", TYPED, "{constant: EMEA}");
        IncrementalConfig ignore = IncrementalConfig.resolve(WarehouseTarget.DUCKDB, null, "ignore").config();
        assertThat(check(design, WarehouseTarget.DUCKDB, ignore)).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.location().file() + ":" + d.location().line() + ":" + d.location().column())
                    .isEqualTo("specs/dv_settings.yml:2:18");
            assertThat(d.message()).isEqualTo("dbt refuses an enforced model contract on an incremental model with"
                    + " on_schema_change 'ignore'");
            assertThat(d.fix()).contains("[append_new_columns, fail]");
        });
        IncrementalConfig fail = IncrementalConfig.resolve(WarehouseTarget.DUCKDB, null, "fail").config();
        assertThat(check(design, WarehouseTarget.DUCKDB, fail)).isEmpty();
    }

    @Test
    void targetsWithoutProvenContractsGetNoneAndAWarning() throws IOException {
        DesignResult design = load("model_contracts: true\n", TYPED, "{constant: EMEA}");
        for (WarehouseTarget target : List.of(WarehouseTarget.SPARK,
                WarehouseTarget.DATABRICKS, WarehouseTarget.BIGQUERY, WarehouseTarget.SQLSERVER)) {
            assertThat(contracts(design, target)).as(target.id()).isEmpty();
            assertThat(check(design, target, IncrementalConfig.defaults(target))).as(target.id()).singleElement()
                    .satisfies(d -> {
                        assertThat(d.severity()).isEqualTo(Severity.WARNING);
                        assertThat(d.location().line()).isEqualTo(1);
                        assertThat(d.message()).isEqualTo("model contracts are generated on duckdb, postgres "
                                + "and snowflake only; the " + target.id() + " models get none");
                    });
        }
    }

    @Test
    void ghostRecordsLeaveSatellitesWithoutAContract() throws IOException {
        DesignResult design = load("ghost_records: true\nmodel_contracts: true\n", TYPED, "{constant: EMEA}");
        Map<String, Contract> contracts = contracts(design, WarehouseTarget.DUCKDB);
        assertThat(contracts.get("s_customer_details_crm").enforced()).isFalse();
        assertThat(contracts.get("h_customer").enforced()).isTrue();
        assertThat(check(design, WarehouseTarget.DUCKDB, APPEND)).singleElement().satisfies(d -> {
            assertThat(d.location().line()).isEqualTo(2);
            assertThat(d.message()).isEqualTo("s_customer_details_crm gets no model contract: ghost records add a row"
                    + " whose load timestamp AutomateDV casts itself");
            assertThat(d.fix()).isEqualTo("nothing to declare: s_customer_details_crm is built without a contract");
        });
    }

    @Test
    void withoutTheSettingNothingIsContractedOrReported() throws IOException {
        DesignResult design = load("ghost_records: false\n", "{customer_id: varchar}", "{constant: EMEA}");
        assertThat(contracts(design, WarehouseTarget.DUCKDB)).isEmpty();
        assertThat(check(design, WarehouseTarget.DUCKDB, APPEND)).isEmpty();
    }
}
