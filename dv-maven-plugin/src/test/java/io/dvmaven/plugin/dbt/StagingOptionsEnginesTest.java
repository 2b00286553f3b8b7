package io.dvmaven.plugin.dbt;

import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.GenerateRequest;
import io.dvmaven.model.json.Json;
import io.dvmaven.model.target.WarehouseTarget;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staging option at once (the {@code staging-options} golden spec: a raw database, a dbt model as a source,
 * derived columns from a SQL expression, a constant and a dbt var, effective-from and extra columns, column types,
 * per-source attribute subsets, a hashdiff with the key and an exclude-columns payload), built with the real
 * AutomateDV over three incremental loads on DuckDB and PostgreSQL, asserting the rows that land. Runs on each
 * engine whose {@code DV_ENGINE_<NAME>_PYTHON} is set ({@code .ci/engines.sh}); skipped, saying why, otherwise.
 */
@Tag("engines")
@DisabledOnOs(OS.WINDOWS)
class StagingOptionsEnginesTest {

    private static final Path SPECS = WarehouseEnginesTest.REPOSITORY
            .resolve("dv-templates/src/test/resources/golden/staging-options/spec/specs");
    private static final List<String> ENGINES = List.of("duckdb", "postgres");
    private static final List<String> VAULT = List.of("h_account", "h_customer", "l_customer_account",
            "s_customer_details_crm", "s_customer_details_erp", "s_customer_erp_extras_erp");

    /** Rows per vault table after loads 1, 2 and 3 (see {@link #loads()}). */
    private static final Map<String, List<Long>> EXPECTED_ROWS = Map.of(
            "h_customer", List.of(4L, 5L, 6L),
            "h_account", List.of(2L, 3L, 3L),
            "l_customer_account", List.of(3L, 4L, 4L),
            "s_customer_details_crm", List.of(3L, 5L, 6L),
            "s_customer_details_erp", List.of(2L, 3L, 4L),
            "s_customer_erp_extras_erp", List.of(2L, 3L, 4L));

    /** Check queries and their rows after loads 1, 2 and 3. */
    private static final Map<String, List<List<List<String>>>> CHECKS = new LinkedHashMap<>();

    static {
        // record source computed per row from a column by a SQL expression (crm), constant (erp)
        CHECKS.put("select record_source, count(*) from dv.h_customer group by record_source", List.of(
                rows("CRM-DE,2", "CRM-FR,1", "erp,1"), rows("CRM-DE,2", "CRM-FR,1", "CRM-NL,1", "erp,1"),
                rows("CRM-DE,2", "CRM-FR,1", "CRM-NL,1", "erp,2")));
        // the load timestamp of a model without one comes from var('load_date'): one value per load
        CHECKS.put("select count(distinct load_timestamp) from dv.s_customer_details_erp",
                List.of(rows("1"), rows("2"), rows("3")));
        // a constant derived column as a payload attribute
        CHECKS.put("select region, count(*) from dv.s_customer_details_crm group by region",
                List.of(rows("EMEA,3"), rows("EMEA,5"), rows("EMEA,6")));
        // effective-from and extra columns carried into the satellite, the hubs and the link
        CHECKS.put("select count(*) from dv.s_customer_details_crm where valid_from is not null and batch_id is not"
                + " null", List.of(rows("3"), rows("5"), rows("6")));
        CHECKS.put("select count(*) from dv.h_customer where batch_id is not null",
                List.of(rows("4"), rows("5"), rows("6")));
        CHECKS.put("select count(*) from dv.l_customer_account where batch_id is not null",
                List.of(rows("3"), rows("4"), rows("4")));
        // c1 and c3 carry the same payload: with the key in the hashdiff their hashdiffs still differ
        CHECKS.put("select count(distinct details_hashdiff) from dv.s_customer_details_crm",
                List.of(rows("3"), rows("5"), rows("6")));
    }

    @Test
    void everyStagingOptionLoadsThreeDeliveriesWithTheRealAutomateDv() throws Exception {
        if (!Files.isRegularFile(WarehouseEnginesTest.AUTOMATE_DV.resolve("dbt_project.yml"))) {
            WarehouseEnginesTest.skip("the real AutomateDV is not at " + WarehouseEnginesTest.AUTOMATE_DV);
        }
        Map<String, Path> pythons = new LinkedHashMap<>();
        for (String engine : ENGINES) {
            String python = System.getenv("DV_ENGINE_" + engine.toUpperCase(Locale.ROOT) + "_PYTHON");
            if (python != null && Files.isExecutable(Path.of(python))
                    && (!engine.equals("postgres") || System.getenv("DV_ENGINE_POSTGRES_PORT") != null)) {
                pythons.put(engine, Path.of(python));
            } else {
                System.out.println("[staging-options] " + engine + " SKIPPED: DV_ENGINE_"
                        + engine.toUpperCase(Locale.ROOT) + "_PYTHON not set (see .ci/engines.sh)");
            }
        }
        if (pythons.isEmpty()) {
            WarehouseEnginesTest.skip("no engine is configured (DV_ENGINE_<NAME>_PYTHON; .ci/run sets them)");
        }
        Path work = Path.of("target/staging-options-engines").toAbsolutePath();
        DbtPackages.deleteTree(work);
        Path harness = work.resolve("engine_harness.py");
        Files.createDirectories(work);
        try (var in = StagingOptionsEnginesTest.class.getResourceAsStream("/engines/engine_harness.py")) {
            Files.copy(in, harness);
        }
        for (Map.Entry<String, Path> engine : pythons.entrySet()) {
            Path directory = work.resolve(engine.getKey());
            Path project = directory.resolve("project");
            generate(project, WarehouseTarget.of(engine.getKey()).orElseThrow());
            Path plan = directory.resolve("plan.json");
            Files.writeString(plan, Json.write(plan(directory, project)), StandardCharsets.UTF_8);
            WarehouseEnginesTest.Outcome outcome = WarehouseEnginesTest.run(engine.getKey(), engine.getValue(),
                    harness, plan);
            assertOutcome(outcome);
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertOutcome(WarehouseEnginesTest.Outcome outcome) {
        String engine = outcome.engine();
        assertThat(outcome.loads()).as(engine + " loads; log " + outcome.log()).hasSize(3);
        for (int load = 0; load < 3; load++) {
            Map<String, Object> result = outcome.loads().get(load);
            Map<?, ?> build = (Map<?, ?>) result.get("build");
            System.out.printf("[staging-options] %s load %d: dbt build PASS=%s ERROR=%s%n", engine, load + 1,
                    build.get("PASS"), build.get("ERROR"));
            assertThat(((Number) build.get("ERROR")).intValue()).as(engine + " load " + (load + 1) + "; log "
                    + outcome.log()).isZero();
            Map<String, Object> tables = (Map<String, Object>) result.get("tables");
            for (String table : VAULT) {
                assertThat(((Number) ((Map<?, ?>) tables.get(table)).get("rows")).longValue())
                        .as(engine + " rows of " + table + " after load " + (load + 1))
                        .isEqualTo(EXPECTED_ROWS.get(table).get(load));
            }
            Map<String, Object> checks = (Map<String, Object>) result.get("checks");
            for (Map.Entry<String, List<List<List<String>>>> check : CHECKS.entrySet()) {
                assertThat(checks.get(check.getKey())).as(engine + " after load " + (load + 1) + ": "
                        + check.getKey()).isEqualTo(check.getValue().get(load));
            }
        }
        System.out.println("[staging-options] " + engine + ": " + VAULT.size() + " tables and " + CHECKS.size()
                + " checks as expected after each of 3 loads");
    }

    private static void generate(Path project, WarehouseTarget target) throws Exception {
        Files.createDirectories(project.resolve("models/erp"));
        DbtPackages.copyTree(SPECS, project.resolve("specs"));
        Files.writeString(project.resolve("dbt_project.yml"), """
                name: staging_options
                version: "1.0.0"
                config-version: 2
                profile: staging_options
                model-paths: ["models"]
                macro-paths: ["macros"]
                models:
                  staging_options:
                    staging:
                      +materialized: view
                    integration:
                      +materialized: incremental
                """);
        // the source that is a dbt model: a person's cleaning view over the ERP extract
        Files.writeString(project.resolve("models/erp/erp_customers_cleaned.sql"),
                "select cust_id, name, segment, batch_id, erp_note from erp_raw.customers\n");
        new DvGenerator().generate(GenerateRequest.defaults(project).withTarget(target), new CapturingLog());
        Path packages = Files.createDirectories(project.resolve("dbt_packages"));
        Files.createSymbolicLink(packages.resolve("automate_dv"), WarehouseEnginesTest.AUTOMATE_DV);
        Files.createSymbolicLink(packages.resolve("dbt_utils"), WarehouseEnginesTest.DBT_UTILS);
    }

    private static Map<String, Object> plan(Path directory, Path project) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("work", directory.toString());
        plan.put("project", project.toString());
        plan.put("profile", "staging_options");
        plan.put("duckdbFile", "dv_vault.duckdb"); // the catalog the specs name (database: dv_vault)
        plan.put("rawTables", List.of(
                table("crm_raw", "customers", "customer_no", "account_no", "loaded_at:timestamp",
                        "valid_from:timestamp", "batch_id", "name", "email_address", "segment", "country_code"),
                table("crm_raw", "accounts", "account_id", "loaded_at:timestamp", "batch_id"),
                table("erp_raw", "customers", "cust_id", "name", "segment", "batch_id", "erp_note")));
        plan.put("loads", loads());
        plan.put("vaultTables", VAULT);
        Map<String, String> checks = new LinkedHashMap<>();
        CHECKS.keySet().forEach(sql -> checks.put(sql, sql));
        plan.put("checks", checks);
        return plan;
    }

    /**
     * Load 1: crm c1..c3 (c1 and c3 with the same payload), accounts a1, a2, erp c3, c4. Load 2: crm c1 changed,
     * c2 again unchanged, c5 new (NL) with account a3; erp c3 with only the excluded erp_note changed, c4 changed.
     * Load 3: crm c1 unchanged, c2 changed, account a1 again; erp c4 unchanged, c6 new.
     */
    private static List<Object> loads() {
        List<Object> loads = new ArrayList<>();
        loads.add(load("2024-01-01", List.of(
                crm("c1", "a1", 1, "ann", "ann@x", "gold", "de"), crm("c2", "a2", 1, "bob", "bob@x", "silver", "fr"),
                crm("c3", "a1", 1, "ann", "ann@x", "gold", "de")),
                List.of(account("a1", 1), account("a2", 1)),
                List.of(erp("c3", "cyd", "gold", 1, "n1"), erp("c4", "dan", "bronze", 1, "n1"))));
        loads.add(load("2024-01-02", List.of(
                crm("c1", "a1", 2, "ann", "ann@x", "platinum", "de"), crm("c2", "a2", 2, "bob", "bob@x", "silver",
                        "fr"), crm("c5", "a3", 2, "eve", "eve@x", "gold", "nl")),
                List.of(account("a3", 2)),
                List.of(erp("c3", "cyd", "gold", 2, "n2"), erp("c4", "dan", "gold", 2, "n1"))));
        loads.add(load("2024-01-03", List.of(
                crm("c1", "a1", 3, "ann", "ann@x", "platinum", "de"), crm("c2", "a2", 3, "bob", "bob@y", "silver",
                        "fr")),
                List.of(account("a1", 3)),
                List.of(erp("c4", "dan", "gold", 3, "n1"), erp("c6", "fay", "gold", 3, "n1"))));
        return loads;
    }

    private static Map<String, Object> load(String day, List<List<String>> customers, List<List<String>> accounts,
                                            List<List<String>> erp) {
        return Map.of("rows", Map.of("crm_raw.customers", customers, "crm_raw.accounts", accounts,
                "erp_raw.customers", erp), "vars", Map.of("load_date", day + " 06:00:00"));
    }

    private static List<String> crm(String key, String account, int load, String name, String email, String segment,
                                    String country) {
        String at = "2024-01-0" + load + " 00:00:00";
        return Arrays.asList(key, account, at, "2023-12-2" + load + " 00:00:00", "b" + load, name, email, segment,
                country);
    }

    private static List<String> account(String key, int load) {
        return Arrays.asList(key, "2024-01-0" + load + " 00:00:00", "b" + load);
    }

    private static List<String> erp(String key, String name, String segment, int load, String note) {
        return Arrays.asList(key, name, segment, "b" + load, note);
    }

    private static Map<String, Object> table(String schema, String name, String... columns) {
        List<Object> list = new ArrayList<>();
        for (String column : columns) {
            String[] parts = column.split(":");
            list.add(Map.of("name", parts[0], "type", parts.length > 1 ? parts[1] : "string"));
        }
        return Map.of("schema", schema, "name", name, "columns", list);
    }

    private static List<List<String>> rows(String... rows) {
        return Arrays.stream(rows).map(row -> List.of(row.split(","))).toList();
    }
}
