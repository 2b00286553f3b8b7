package io.dvmaven.plugin.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated model contracts are enforced by dbt, not only written: the {@code contracts_hub_link_sat} kind
 * scenario with one declared type wrong (the string business key declared {@code integer}) must fail
 * {@code dbt build} with dbt's contract error on the hub, and land nothing. Runs with the real AutomateDV on
 * DuckDB, and on PostgreSQL and Snowflake (fakesnow) when their engines are configured ({@code .ci/engines.sh}); skipped, saying why, otherwise.
 */
@Tag("engines")
@DisabledOnOs(OS.WINDOWS)
class ModelContractEnforcedTest {

    private static final Path SCENARIO = Path.of("src/test/resources/kind-scenarios/contracts_hub_link_sat")
            .toAbsolutePath();
    private static final Path WORK = Path.of("target/model-contract-enforced").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"duckdb", "postgres", "snowflake"})
    @SuppressWarnings("unchecked")
    void aWrongDeclaredTypeFailsTheBuildWithTheContractError(String engine) throws Exception {
        assumeTrue(Files.isRegularFile(WarehouseEnginesTest.AUTOMATE_DV.resolve("dbt_project.yml")),
                "the real AutomateDV is not at " + WarehouseEnginesTest.AUTOMATE_DV);
        Path python = KindScenariosTest.python(System.getenv("DV_ENGINE_" + engine.toUpperCase(Locale.ROOT)
                + "_PYTHON"), engine);
        assumeTrue(python != null && (!engine.equals("postgres") || System.getenv("DV_ENGINE_POSTGRES_PORT") != null),
                engine + " is not configured (DV_ENGINE_" + engine.toUpperCase(Locale.ROOT) + "_PYTHON)");
        Path folder = WORK.resolve(engine).resolve("contracts_wrong_type");
        DbtPackages.deleteTree(folder);
        DbtPackages.copyTree(SCENARIO, folder);
        Path spec = folder.resolve("specs/customer.yml");
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        assertThat(text).contains("customer_id: varchar");
        Files.writeString(spec, text.replace("customer_id: varchar", "customer_id: integer"), StandardCharsets.UTF_8);

        KindScenariosTest.Prepared prepared = KindScenariosTest.prepare(folder, engine);
        assertThat(Files.readString(prepared.work().resolve("project/models/integration/hubs/h_customer.yml")))
                .contains("enforced: true").contains("data_type: integer");
        Map<String, Object> result = KindScenariosTest.harness(engine, python, prepared.work(), prepared.plan());

        List<Map<String, Object>> loads = (List<Map<String, Object>>) result.get("loads");
        Path log = prepared.work().resolve("harness.log");
        String harnessLog = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(loads).as("the build stops after the first load; log " + log).hasSize(1);
        Map<String, Object> build = (Map<String, Object>) loads.get(0).get("build");
        assertThat(((Number) build.get("ERROR")).intValue()).as("dbt build errors; log " + log).isPositive();
        assertThat(harnessLog).as(log.toString())
                .contains("This model has an enforced contract that failed")
                .containsIgnoringCase("| customer_bk ")
                .contains("data type mismatch");
        System.out.println("[contracts] " + engine + ": the contract of h_customer refused customer_bk as integer");
    }
}
