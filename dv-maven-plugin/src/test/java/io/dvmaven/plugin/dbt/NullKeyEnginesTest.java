package io.dvmaven.plugin.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.GenerateRequest;
import io.dvmaven.model.json.Json;
import io.dvmaven.model.target.WarehouseTarget;
import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.RawTable;
import io.dvmaven.model.vault.Vault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The NULL-key policy and ghost records with the real AutomateDV 0.11.5, on DuckDB and PostgreSQL, ghost records
 * off and on, over two loads: an order line whose composite key has a NULL, empty or blank part is not loaded
 * into its hub, satellite or link (as AutomateDV does for a NULL simple key); a product whose hub opts into
 * null_columns loads NULL parts as AutomateDV's placeholders ('-1' required, '-2' optional); every generated test
 * passes (ERROR=0), including with the satellites' ghost records. Skipped, saying why, without the vendor
 * packages or the engine (see WarehouseEnginesTest).
 */
@Tag("engines")
@DisabledOnOs(OS.WINDOWS)
class NullKeyEnginesTest {

    private static final Path VENDOR = Path.of("..").toAbsolutePath().normalize().resolve("../shared/vendor")
            .normalize();
    private static final Path AUTOMATE_DV = VENDOR.resolve("automate_dv-0.11.5");
    private static final Path DBT_UTILS = VENDOR.resolve("dbt_utils-1.3.3");

    private static final String ORDER_LINE = """
            entity: {name: order_line}
            hub: {business_key: [order_no, line_no], sources: [shop]}
            satellites:
              - {name: details, attributes: [quantity], sources: [shop]}
            links:
              - name: order_line_product
                related_hubs: [product]
                sources: [shop]
                related_keys: {shop: {product: [sku, variant]}}
            source_mappings:
              shop: {schema: shop_raw, table: order_lines, key_field: [order_no, line_no]}
            """;
    private static final String PRODUCT = """
            entity: {name: product}
            hub:
              business_key: [sku, variant]
              sources: [shop]
              null_columns: {required: [sku], optional: [variant]}
            source_mappings:
              shop: {schema: shop_raw, table: products, key_field: [sku, variant]}
            """;
    private static final String T1 = "2024-01-01T00:00:00";
    private static final String T2 = "2024-01-02T00:00:00";

    @ParameterizedTest(name = "{0}, ghost records {1}")
    @CsvSource({"duckdb, false", "duckdb, true", "postgres, false", "postgres, true"})
    void incompleteCompositeKeysAreNotLoadedAndPlaceholdersAre(String engine, boolean ghost) throws Exception {
        assumeTrue(Files.isRegularFile(AUTOMATE_DV.resolve("dbt_project.yml")), "the real AutomateDV is not at "
                + AUTOMATE_DV);
        String python = System.getenv("DV_ENGINE_" + engine.toUpperCase() + "_PYTHON");
        assumeTrue(python != null && Files.isExecutable(Path.of(python)), "DV_ENGINE_" + engine.toUpperCase()
                + "_PYTHON is not set (.ci/engines.sh)");
        assumeTrue(!engine.equals("postgres") || System.getenv("DV_ENGINE_POSTGRES_PORT") != null,
                "DV_ENGINE_POSTGRES_PORT is not set (engines_start_postgres)");

        Path work = Files.createDirectories(Path.of("target/null-keys").toAbsolutePath()
                .resolve(engine + (ghost ? "-ghost" : "")));
        DbtPackages.deleteTree(work);
        Path project = Files.createDirectories(work.resolve("project"));
        Files.createDirectories(project.resolve("specs"));
        Files.writeString(project.resolve("specs/order_line.yml"), ORDER_LINE);
        Files.writeString(project.resolve("specs/product.yml"), PRODUCT);
        Files.writeString(project.resolve("specs/dv_settings.yml"), "ghost_records: " + ghost + "\n");
        Files.writeString(project.resolve("dbt_project.yml"), """
                name: null_keys
                version: '1.0'
                config-version: 2
                profile: null_keys
                model-paths: [models]
                macro-paths: [macros]
                """);
        Vault vault = new DvGenerator().generate(GenerateRequest.defaults(project)
                .withTarget(WarehouseTarget.of(engine).orElseThrow()), new CapturingLog()).plan().design().vault();
        assertThat(Files.readString(project.resolve("dbt_project.yml")))
                .contains("  enable_ghost_records: " + ghost + "\n");
        Path packages = Files.createDirectories(project.resolve("dbt_packages"));
        Files.createSymbolicLink(packages.resolve("automate_dv"), AUTOMATE_DV);
        Files.createSymbolicLink(packages.resolve("dbt_utils"), DBT_UTILS);

        Map<String, Object> result = run(engine, Path.of(python), work, project, vault);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> loads = (List<Map<String, Object>>) result.get("loads");
        assertThat(loads).as("loads; log " + work.resolve("harness.log")).hasSize(2);
        for (Map<String, Object> load : loads) {
            Map<?, ?> build = (Map<?, ?>) load.get("build");
            assertThat(((Number) build.get("ERROR")).intValue()).as("dbt build errors (tests included); log "
                    + work.resolve("harness.log")).isZero();
        }
        int ghostRows = ghost ? 1 : 0;
        // load 1: (O1,1) and (O3,1) are complete; (O1,NULL), (O2,'') and (NULL,NULL) are not loaded
        assertThat(keys(loads, 0, "h_order_line", "order_line_order_no_bk", "order_line_line_no_bk"))
                .containsExactlyInAnyOrder("O1|1", "O3|1");
        assertThat(rows(loads, 0, "s_order_line_details_shop")).hasSize(2 + ghostRows);
        assertThat(rows(loads, 0, "l_order_line_product")).hasSize(2);
        // load 2: (O1,1) changes quantity, (O1,2) is new, ('  ',2) is blank and not loaded
        assertThat(keys(loads, 1, "h_order_line", "order_line_order_no_bk", "order_line_line_no_bk"))
                .containsExactlyInAnyOrder("O1|1", "O3|1", "O1|2");
        assertThat(rows(loads, 1, "s_order_line_details_shop")).hasSize(4 + ghostRows);
        assertThat(rows(loads, 1, "l_order_line_product")).hasSize(3);
        // a hub judges its own key: S2/V2 of the incomplete line O2 is a complete product key
        // AutomateDV null_columns: NULL sku -> '-1', NULL variant -> '-2'; an all-NULL key is loaded as (-1,-2)
        assertThat(keys(loads, 1, "h_product", "product_sku_bk", "product_variant_bk"))
                .containsExactlyInAnyOrder("S1|V1", "S2|-2", "-1|-2", "-1|V9", "S2|V2");
        // every link row points at loaded hub rows; the ghost record is only in the satellite
        Set<String> productKeys = column(loads, 1, "h_product", "product_hk");
        Set<String> lineKeys = column(loads, 1, "h_order_line", "order_line_hk");
        assertThat(productKeys).containsAll(column(loads, 1, "l_order_line_product", "product_hk"));
        assertThat(lineKeys).containsAll(column(loads, 1, "l_order_line_product", "order_line_hk"));
        Set<String> satelliteSources = column(loads, 1, "s_order_line_details_shop", "record_source");
        assertThat(satelliteSources).containsExactlyInAnyOrderElementsOf(ghost ? List.of("shop", "AUTOMATE_DV_SYSTEM")
                : List.of("shop"));
        System.out.printf("[null-keys] %s ghost=%s: 2 loads, ERROR=0, hub/sat/link rows as expected%n", engine,
                ghost);
    }

    private static Map<String, Object> run(String engine, Path python, Path work, Path project, Vault vault)
            throws Exception {
        Path harness = work.resolve("engine_harness.py");
        try (var in = NullKeyEnginesTest.class.getResourceAsStream("/engines/engine_harness.py")) {
            Files.copy(in, harness);
        }
        List<Object> rawTables = new ArrayList<>();
        for (RawSource source : vault.rawSources()) {
            for (RawTable table : source.tables()) {
                List<Object> columns = new ArrayList<>();
                for (RawColumn column : table.columns()) {
                    columns.add(Map.of("name", column.name(), "type",
                            column.role() == RawColumn.Role.LOAD_TIMESTAMP ? "timestamp" : "string"));
                }
                rawTables.add(Map.of("schema", source.schema(), "name", table.name(), "columns", columns));
            }
        }
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("work", work.toString());
        plan.put("project", project.toString());
        plan.put("profile", "null_keys");
        plan.put("rawTables", rawTables);
        plan.put("loads", List.of(Map.of("rows", loadOne()), Map.of("rows", loadTwo())));
        List<String> tables = List.of("h_order_line", "h_product", "l_order_line_product",
                "s_order_line_details_shop");
        plan.put("vaultTables", tables);
        plan.put("dumpTables", tables);
        Path planFile = work.resolve("plan.json");
        Files.writeString(planFile, Json.write(plan), StandardCharsets.UTF_8);
        Path result = work.resolve("result.json");
        Process process = new ProcessBuilder(python.toString(), harness.toString(), engine, planFile.toString(),
                result.toString()).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("harness.log").toFile()).start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        assertThat(result).as("harness result; log " + work.resolve("harness.log")).exists();
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) Json.parse(Files.readString(result));
        return parsed;
    }

    /** Raw rows by table; columns in the order of the raw table (key fields, link keys, load timestamp, payload). */
    private static Map<String, Object> loadOne() {
        return Map.of(
                "shop_raw.order_lines", List.of(
                        line("O1", "1", "S1", "V1", T1, "2"),
                        line("O1", null, "S1", "V1", T1, "5"),
                        line("O2", "", "S2", "V2", T1, "1"),
                        line(null, null, "S1", "V1", T1, "1"),
                        line("O3", "1", "S2", null, T1, "7")),
                "shop_raw.products", List.of(
                        row("S1", "V1", T1), row("S2", null, T1), row(null, null, T1), row(null, "V9", T1)));
    }

    private static Map<String, Object> loadTwo() {
        return Map.of(
                "shop_raw.order_lines", List.of(
                        line("O1", "1", "S1", "V1", T2, "3"),
                        line("O1", "2", "S1", "V1", T2, "1"),
                        line("  ", "2", "S1", "V1", T2, "1")),
                "shop_raw.products", List.of(row("S1", "V1", T2)));
    }

    private static List<String> line(String order, String line, String sku, String variant, String at,
                                     String quantity) {
        return row(order, line, sku, variant, at, quantity);
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> rows(List<Map<String, Object>> loads, int load, String table) {
        Map<String, Object> tables = (Map<String, Object>) loads.get(load).get("tables");
        return (List<Map<String, String>>) ((Map<String, Object>) tables.get(table)).get("values");
    }

    private static List<String> keys(List<Map<String, Object>> loads, int load, String table, String... columns) {
        return rows(loads, load, table).stream().map(r -> Arrays.stream(columns).map(r::get)
                .collect(Collectors.joining("|"))).toList();
    }

    private static Set<String> column(List<Map<String, Object>> loads, int load, String table, String column) {
        return rows(loads, load, table).stream().map(r -> r.get(column)).collect(Collectors.toCollection(TreeSet::new));
    }
}
