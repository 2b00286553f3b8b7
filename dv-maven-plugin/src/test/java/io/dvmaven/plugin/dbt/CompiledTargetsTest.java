package io.dvmaven.plugin.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.dvmaven.generate.GenerateResult;
import io.dvmaven.model.json.Json;
import io.dvmaven.model.target.IncrementalConfig;
import io.dvmaven.model.target.WarehouseTarget;
import io.dvmaven.model.vault.Hub;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The targets no server runs for here, SQL Server and BigQuery: the member example generated for each is compiled
 * by dbt with the target's real adapter (dbt-sqlserver, dbt-bigquery) and the real AutomateDV 0.11.5, once as a
 * first load and once with every table existing (the incremental SQL), through
 * {@code src/test/resources/engines/offline_compile.py}, which answers dbt's few questions to the warehouse
 * without one. The compiled SQL must be in the target's dialect and every vault model must carry the target's
 * incremental configuration.
 *
 * <p>Runs when {@code DV_ENGINE_SQLSERVER_PYTHON} / {@code DV_ENGINE_BIGQUERY_PYTHON} name the Python of a venv
 * with the adapter ({@code .ci/engines.sh}); skipped, saying why, otherwise, unless {@code DV_ENGINES_REQUIRED}
 * lists the target.
 */
@Tag("engines")
@DisabledOnOs(OS.WINDOWS)
class CompiledTargetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"sqlserver", "bigquery"})
    void memberExampleCompilesInTheTargetsDialectWithItsIncrementalConfiguration(String id) throws Exception {
        if (!Files.isRegularFile(WarehouseEnginesTest.AUTOMATE_DV.resolve("dbt_project.yml"))) {
            WarehouseEnginesTest.skip("the real AutomateDV is not at " + WarehouseEnginesTest.AUTOMATE_DV);
        }
        String variable = "DV_ENGINE_" + id.toUpperCase(Locale.ROOT) + "_PYTHON";
        String python = System.getenv(variable);
        if (python == null || !Files.isExecutable(Path.of(python))) {
            assertThat(System.getenv().getOrDefault("DV_ENGINES_REQUIRED", "")).as(id + " is required but "
                    + variable + " does not name a Python").doesNotContain(id);
            WarehouseEnginesTest.skip(id + " compile SKIPPED: " + variable + " not set (see .ci/engines.sh)");
        }
        WarehouseTarget target = WarehouseTarget.of(id).orElseThrow();
        Path work = Path.of("target/compiled-targets").resolve(id).toAbsolutePath();
        DbtPackages.deleteTree(work);
        Path project = work.resolve("project");
        GenerateResult generated = WarehouseEnginesTest.generate(project, target);
        Files.createDirectories(work.resolve("profiles"));
        Files.writeString(work.resolve("profiles/profiles.yml"), profile(id), StandardCharsets.UTF_8);
        Path script = work.resolve("offline_compile.py");
        try (InputStream in = CompiledTargetsTest.class.getResourceAsStream("/engines/offline_compile.py")) {
            Files.copy(in, script);
        }

        // both compiles at once: each spends most of its time parsing the project
        Map<String, Process> compiles = new java.util.LinkedHashMap<>();
        for (String mode : List.of("first", "existing")) {
            compiles.put(mode, new ProcessBuilder(python, script.toString(), id, mode, "--project-dir",
                    project.toString(), "--profiles-dir", work.resolve("profiles").toString(), "--target-path",
                    work.resolve(mode).toString()).directory(project.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve(mode + ".log").toFile()).start());
        }
        for (Map.Entry<String, Process> compile : compiles.entrySet()) {
            String mode = compile.getKey();
            Path log = work.resolve(mode + ".log");
            if (!compile.getValue().waitFor(5, TimeUnit.MINUTES)) {
                compile.getValue().destroyForcibly();
                fail(id + " compile did not finish in 5 minutes; log " + log);
            }
            assertThat(compile.getValue().exitValue()).as(id + " dbt compile (" + mode + "); log " + log).isZero();
            assertThat(Files.readString(log)).contains("[" + id + "] dbt compile (" + mode + "): OK");
            System.out.println("[compile] " + id + ": dbt compile (" + mode + ") OK with the real AutomateDV");
        }

        Path compiled = work.resolve("first/compiled/member_vault/models");
        List<String> vaultModels = WarehouseEnginesTest.vaultTables(generated.plan().design().vault());
        String stage = read(compiled, "stg_member_gemstone_facets");
        String quote = id.equals("bigquery") ? "`" : "\"";
        if (id.equals("sqlserver")) {
            assertThat(stage).contains("CONVERT(BINARY(16), HASHBYTES('MD5', ");
            assertThat(read(compiled, "h_member")).doesNotContain("QUALIFY").contains("ROW_NUMBER() OVER(");
        } else {
            assertThat(stage).contains("UPPER(TO_HEX(MD5(");
            assertThat(read(compiled, "h_member")).contains("QUALIFY ROW_NUMBER() OVER(");
        }
        for (String model : vaultModels) {
            assertThat(read(compiled, model)).as(model).doesNotContain("{{", "{%").contains("record_source");
        }
        // the incremental SQL reads the hub's own table to leave out keys it holds
        Hub hub = generated.plan().design().vault().hubs().get(0);
        assertThat(read(work.resolve("existing/compiled/member_vault/models"), hub.model()))
                .contains(quote + "dv" + quote + "." + quote + hub.model() + quote);

        IncrementalConfig expected = IncrementalConfig.defaults(target);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> nodes = (Map<String, Map<String, Object>>) ((Map<String, Object>) Json.parse(
                Files.readString(work.resolve("first/manifest.json")))).get("nodes");
        for (String model : vaultModels) {
            @SuppressWarnings("unchecked")
            Map<String, Object> config = (Map<String, Object>) nodes.get("model.member_vault." + model).get("config");
            assertThat(config).as(model).containsEntry("materialized", "incremental")
                    .containsEntry("incremental_strategy", expected.strategy())
                    .containsEntry("on_schema_change", expected.onSchemaChange());
            assertThat(config.get("unique_key")).as(model + " unique_key").isNull();
        }
        System.out.printf(Locale.ROOT, "[compile] %s: %d vault models compiled (first load and incremental),"
                + " incremental_strategy=%s on_schema_change=%s%n", id, vaultModels.size(), expected.strategy(),
                expected.onSchemaChange());
    }

    private static String read(Path compiled, String model) throws Exception {
        try (Stream<Path> files = Files.walk(compiled)) {
            Path file = files.filter(f -> f.getFileName().toString().equals(model + ".sql")).findFirst()
                    .orElseThrow(() -> new AssertionError("no compiled " + model + ".sql under " + compiled));
            return Files.readString(file);
        }
    }

    /** A profile of the target's type; nothing in it is ever connected to. */
    private static String profile(String id) {
        String output = id.equals("sqlserver")
                ? """
                      type: sqlserver
                      driver: "ODBC Driver 18 for SQL Server"
                      server: 127.0.0.1
                      port: 1433
                      database: dv_vault
                      schema: dv
                      user: dv
                      password: unused
                """
                : """
                      type: bigquery
                      method: oauth
                      project: dv-vault
                      dataset: dv
                """;
        return "member_vault:\n  target: ci\n  outputs:\n    ci:\n" + output + "      threads: 1\n";
    }
}
