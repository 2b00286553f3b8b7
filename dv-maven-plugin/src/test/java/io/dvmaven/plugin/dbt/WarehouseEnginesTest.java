package io.dvmaven.plugin.dbt;

import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.GenerateRequest;
import io.dvmaven.generate.GenerateResult;
import io.dvmaven.model.json.Json;
import io.dvmaven.model.target.WarehouseTarget;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.Vault;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The engine matrix: the member example generated for each target and built with the real AutomateDV 0.11.5 and
 * dbt_utils 1.3.3 (from {@code ../shared/vendor/}) over three incremental loads on DuckDB, PostgreSQL, the
 * Snowflake dialect (fakesnow server) and Spark (dbt-spark session mode). After each load every engine must
 * report {@code ERROR=0}, every vault table must hold the same rows on every engine (fingerprints equal), and the
 * hubs must hold exactly the keys delivered so far.
 *
 * <p>Each engine runs when {@code DV_ENGINE_<NAME>_PYTHON} names the Python of a venv with its dbt adapter
 * ({@code .ci/engines.sh} installs them; PostgreSQL also needs {@code DV_ENGINE_POSTGRES_PORT}), and is skipped,
 * saying why, otherwise, unless {@code DV_ENGINES_REQUIRED} lists it: then its absence fails the test.
 */
@Tag("engines")
@DisabledOnOs(OS.WINDOWS)
class WarehouseEnginesTest {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final Path VENDOR = REPOSITORY.resolve("../shared/vendor").normalize();
    static final Path AUTOMATE_DV = VENDOR.resolve("automate_dv-0.11.5");
    static final Path DBT_UTILS = VENDOR.resolve("dbt_utils-1.3.3");
    private static final Path EXAMPLE = REPOSITORY.resolve("examples/member");
    private static final List<String> ENGINES = List.of("duckdb", "postgres", "snowflake", "spark");

    /** One engine's outcome. */
    record Outcome(String engine, List<Map<String, Object>> loads, double seconds, String log) {
    }

    @Test
    void memberExampleGivesTheSameVaultOnEveryEngineOverThreeLoads() throws Exception {
        String required = System.getenv().getOrDefault("DV_ENGINES_REQUIRED", "");
        if (!Files.isRegularFile(AUTOMATE_DV.resolve("dbt_project.yml"))) {
            assertThat(required).as("DV_ENGINES_REQUIRED is set but " + AUTOMATE_DV + " is missing").isEmpty();
            skip("the real AutomateDV is not at " + AUTOMATE_DV + " (../shared/vendor beside the clone)");
        }
        Map<String, Path> pythons = new LinkedHashMap<>();
        for (String engine : ENGINES) {
            String variable = "DV_ENGINE_" + engine.toUpperCase(Locale.ROOT) + "_PYTHON";
            String python = System.getenv(variable);
            boolean usable = python != null && Files.isExecutable(Path.of(python))
                    && (!engine.equals("postgres") || System.getenv("DV_ENGINE_POSTGRES_PORT") != null);
            if (usable) {
                pythons.put(engine, Path.of(python));
            } else if (required.contains(engine)) {
                fail(engine + " is required (DV_ENGINES_REQUIRED) but " + variable + " does not name a Python"
                        + (engine.equals("postgres") ? " or DV_ENGINE_POSTGRES_PORT is not set" : ""));
            } else {
                System.out.println("[engines] " + engine + " SKIPPED: " + variable + " not set (see .ci/engines.sh)");
            }
        }
        skipUnless(!pythons.isEmpty(), "no engine is configured (DV_ENGINE_<NAME>_PYTHON; .ci/run sets them)");

        Path work = Path.of("target/engines").toAbsolutePath();
        DbtPackages.deleteTree(work);
        Files.createDirectories(work);
        Path harness = work.resolve("engine_harness.py");
        try (var in = WarehouseEnginesTest.class.getResourceAsStream("/engines/engine_harness.py")) {
            Files.copy(in, harness);
        }
        Vault vault = null;
        List<IncrementalBatches.Load> loads = null;
        IncrementalBatches batches = null;
        Map<String, Path> plans = new LinkedHashMap<>();
        for (String engine : pythons.keySet()) {
            Path project = work.resolve(engine).resolve("project");
            GenerateResult generated = generate(project, WarehouseTarget.of(engine).orElseThrow());
            if (vault == null) {
                vault = generated.plan().design().vault();
                batches = new IncrementalBatches(vault);
                loads = batches.loads();
            }
            plans.put(engine, writePlan(work.resolve(engine), project, batches, loads, vault));
        }
        // The Spark project needs nothing beyond what the plugin generated (and the offline packages).
        if (pythons.containsKey("spark")) {
            assertThat(work.resolve("spark/project/macros/dv/automate_dv_spark_dispatch.sql")).exists();
        }

        ExecutorService pool = Executors.newFixedThreadPool(pythons.size());
        Map<String, Future<Outcome>> running = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (Map.Entry<String, Path> engine : pythons.entrySet()) {
            running.put(engine.getKey(), pool.submit(() -> run(engine.getKey(), engine.getValue(), harness,
                    plans.get(engine.getKey()))));
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, Future<Outcome>> future : running.entrySet()) {
            outcomes.put(future.getKey(), future.getValue().get(20, TimeUnit.MINUTES));
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "[engines] all engines finished in %.1f s (in parallel)%n",
                (System.nanoTime() - started) / 1e9);

        for (Outcome outcome : outcomes.values()) {
            System.out.printf(Locale.ROOT, "[engines] %s: %.1f s wall time%n", outcome.engine(), outcome.seconds());
            assertThat(outcome.loads()).as(outcome.engine() + " loads; log " + outcome.log()).hasSize(3);
            for (int i = 0; i < outcome.loads().size(); i++) {
                Map<?, ?> build = (Map<?, ?>) outcome.loads().get(i).get("build");
                System.out.printf("[engines] %s load %d: dbt build PASS=%s WARN=%s ERROR=%s SKIP=%s%n",
                        outcome.engine(), i + 1, build.get("PASS"), build.get("WARN"), build.get("ERROR"),
                        build.get("SKIP"));
                assertThat(((Number) build.get("ERROR")).intValue()).as(outcome.engine() + " load " + (i + 1)
                        + " errors; log " + outcome.log()).isZero();
                assertThat(((Number) build.get("PASS")).intValue()).isGreaterThan(0);
            }
        }

        List<String> vaultTables = vaultTables(vault);
        Outcome reference = outcomes.values().iterator().next();
        for (int load = 0; load < IncrementalBatches.LOADS; load++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> expected = (Map<String, Object>) reference.loads().get(load).get("tables");
            assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(vaultTables);
            for (String table : vaultTables) {
                Map<?, ?> fingerprint = (Map<?, ?>) expected.get(table);
                System.out.printf("[engines] load %d %-40s rows=%-4s sha256=%s %s%n", load + 1, table,
                        fingerprint.get("rows"), fingerprint.get("sha256"), outcomes.keySet());
                for (Outcome other : outcomes.values()) {
                    assertThat(((Map<?, ?>) other.loads().get(load).get("tables")).get(table))
                            .as("fingerprint of " + table + " after load " + (load + 1) + " on " + other.engine()
                                    + " vs " + reference.engine())
                            .isEqualTo(fingerprint);
                }
            }
            for (Hub hub : vault.hubs()) {
                long rows = ((Number) ((Map<?, ?>) expected.get(hub.model())).get("rows")).longValue();
                assertThat(rows).as(hub.model() + " after load " + (load + 1))
                        .isEqualTo(batches.expectedHubRows(loads, hub.entity().name()).get(load));
            }
            for (Satellite satellite : vault.satellites()) {
                long rows = ((Number) ((Map<?, ?>) expected.get(satellite.model())).get("rows")).longValue();
                long before = load == 0 ? 0 : ((Number) ((Map<?, ?>) ((Map<?, ?>) reference.loads().get(load - 1)
                        .get("tables")).get(satellite.model())).get("rows")).longValue();
                assertThat(rows).as(satellite.model() + " records changes in load " + (load + 1))
                        .isGreaterThan(before);
            }
        }
        System.out.println("[engines] fingerprints equal on " + outcomes.keySet() + " after each of 3 loads");
    }

    private static GenerateResult generate(Path project, WarehouseTarget target) throws Exception {
        Files.createDirectories(project);
        DbtPackages.copyTree(EXAMPLE.resolve("specs"), project.resolve("specs"));
        Files.copy(EXAMPLE.resolve("dbt_project.yml"), project.resolve("dbt_project.yml"));
        Files.copy(EXAMPLE.resolve("packages.yml"), project.resolve("packages.yml"));
        GenerateResult result = new DvGenerator().generate(GenerateRequest.defaults(project).withTarget(target),
                new CapturingLog());
        Path packages = project.resolve("dbt_packages");
        Files.createDirectories(packages);
        Files.createSymbolicLink(packages.resolve("automate_dv"), AUTOMATE_DV);
        Files.createSymbolicLink(packages.resolve("dbt_utils"), DBT_UTILS);
        return result;
    }

    private static Path writePlan(Path engineDirectory, Path project, IncrementalBatches batches,
                                  List<IncrementalBatches.Load> loads, Vault vault) throws IOException {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("work", engineDirectory.toString());
        plan.put("project", project.toString());
        plan.put("profile", "member_vault");
        List<Object> rawTables = new ArrayList<>();
        for (RawTablesSql.Table table : batches.tables()) {
            List<Object> columns = new ArrayList<>();
            table.columns().forEach((name, role) -> columns.add(Map.of("name", name, "type",
                    role == io.dvmaven.model.vault.RawColumn.Role.LOAD_TIMESTAMP ? "timestamp" : "string")));
            rawTables.add(Map.of("schema", table.schema(), "name", table.name(), "columns", columns));
        }
        plan.put("rawTables", rawTables);
        List<Object> loadList = new ArrayList<>();
        loads.forEach(load -> loadList.add(Map.of("rows", load.rows())));
        plan.put("loads", loadList);
        plan.put("vaultTables", vaultTables(vault));
        Path file = engineDirectory.resolve("plan.json");
        Files.writeString(file, Json.write(plan), StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> vaultTables(Vault vault) {
        List<String> names = new ArrayList<>();
        vault.hubs().forEach(hub -> names.add(hub.model()));
        vault.links().forEach((Link link) -> names.add(link.model()));
        vault.satellites().forEach(satellite -> names.add(satellite.model()));
        names.sort(Comparator.naturalOrder());
        return names;
    }

    @SuppressWarnings("unchecked")
    static Outcome run(String engine, Path python, Path harness, Path plan) throws Exception {
        Path result = plan.resolveSibling("result.json");
        Path log = plan.resolveSibling("harness.log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(python.toString(), harness.toString(), engine, plan.toString(),
                result.toString()).directory(plan.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(18, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(engine + " did not finish in 18 minutes; log " + log);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try (Stream<String> lines = Files.lines(log)) {
            lines.filter(line -> line.startsWith("[" + engine + "]")).forEach(System.out::println);
        }
        assertThat(result).as(engine + " wrote no result (exit " + process.exitValue() + "); log " + log).exists();
        Map<String, Object> parsed = (Map<String, Object>) Json.parse(Files.readString(result));
        return new Outcome(engine, (List<Map<String, Object>>) parsed.get("loads"), seconds, log.toString());
    }

    static void skip(String why) {
        System.out.println("[engines] SKIPPED: " + why);
        assumeTrue(false, why);
    }

    private static void skipUnless(boolean condition, String why) {
        if (!condition) {
            skip(why);
        }
    }

}
