package io.dvmaven.plugin.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dvmaven.draft.SourceCatalog;
import io.dvmaven.model.DvLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Source columns from the warehouse a profile reaches: they replace what sources.yml declares, with a note. */
@DisabledOnOs(OS.WINDOWS)
class WarehouseColumnsTest {

    @TempDir
    Path project;

    private final CapturingLog log = new CapturingLog();

    @Test
    void theWarehousesColumnsWinOverSourcesYmlWithANote() throws Exception {
        DbtExecutable dbt;
        try {
            dbt = new DbtLocator(new ProcessRunner(DvLog.silent()), DvLog.silent()).locate(new DbtLocator.Request(
                    null, null, System.getenv("PATH"), DbtLocator.DEFAULT_VERSION_RANGE, "duckdb"));
        } catch (DbtNotFoundException e) {
            assumeTrue(false, "no real dbt with the duckdb adapter on the PATH: " + e.getMessage());
            return;
        }
        Path database = project.resolve("warehouse.duckdb");
        Path python = EmbeddedDuckDb.pythonFor(dbt.path(), System.getenv("PATH")).orElseThrow();
        Process create = new ProcessBuilder(python.toString(), "-c", "import duckdb, sys\n"
                + "con = duckdb.connect(sys.argv[1])\n"
                + "con.execute('create schema raw_crm')\n"
                + "con.execute('create table raw_crm.customers (customer_no varchar, full_name varchar, "
                + "loaded_at timestamp)')\n"
                + "con.close()\n", database.toString()).inheritIO().start();
        assertThat(create.waitFor(2, TimeUnit.MINUTES) && create.exitValue() == 0).isTrue();
        Files.writeString(project.resolve("dbt_project.yml"), "name: wh\nversion: '1.0'\nconfig-version: 2\n"
                + "profile: wh\n");
        Path profiles = Files.createDirectories(project.resolve("profiles"));
        Files.writeString(profiles.resolve("profiles.yml"), EmbeddedDuckDb.profileYaml("wh", database));
        Files.createDirectories(project.resolve("models"));
        Files.writeString(project.resolve("models/sources.yml"), """
                version: 2
                sources:
                  - name: raw_crm
                    tables:
                      - name: customers
                        columns: [{name: customer_no}, {name: name}, {name: email}]
                      - name: orders
                        columns: [{name: order_no}]
                """);
        SourceCatalog declared = SourceCatalog.read(project);

        SourceCatalog catalog = new WarehouseColumns(new ProcessRunner(log), log).overlay(declared, dbt, project,
                profiles, null, Duration.ofMinutes(5));

        assertThat(catalog.columns("raw_crm", "customers")).containsExactly("customer_no", "full_name", "loaded_at");
        assertThat(catalog.columns("raw_crm", "orders")).containsExactly("order_no");
        assertThat(log.at("INFO")).contains("Note: raw_crm.customers in the warehouse differs from sources.yml; "
                + "drafting uses the warehouse's columns (only in the warehouse: full_name, loaded_at) (declared but "
                + "not in the warehouse: email, name)");
    }

    @Test
    void anUnreachableWarehouseKeepsTheDeclaredColumnsAndSaysWhy() throws Exception {
        SourceCatalog declared = SourceCatalog.of(Map.of("raw", Map.of("t", Set.of("a"))));
        Path fakeDbt = Files.writeString(project.resolve("dbt"), "#!/bin/sh\necho 'profile not found' >&2\nexit 2\n");
        fakeDbt.toFile().setExecutable(true);

        SourceCatalog catalog = new WarehouseColumns(new ProcessRunner(log), log).overlay(declared,
                new DbtExecutable(fakeDbt, null, "test"), project, project, "prod", Duration.ofSeconds(30));

        assertThat(catalog.columns("raw", "t")).containsExactly("a");
        assertThat(log.at("WARN")).singleElement().asString().startsWith("Cannot read the source columns from the "
                + "warehouse (dbt show: exit code 2").endsWith("drafting uses sources.yml only");
    }

    @Test
    void theQueryKeepsSchemaNamesInertAndTheOutputIsReadCaseInsensitively() {
        assertThat(WarehouseColumns.query(Set.of("it's"))).contains("lower(table_schema) in ('it''s')");
        assertThat(WarehouseColumns.query(Set.of("a{{ run_query('x') }}"))).doesNotContain("{{ run_query");
        assertThat(WarehouseColumns.parse("{\"show\": [{\"table_schema\": \"RAW\", \"table_name\": \"T\", "
                + "\"column_name\": \"A\"}]}")).isEqualTo(Map.of("raw", Map.of("t", Set.of("a"))));
        assertThat(WarehouseColumns.parse("Runtime Error")).isNull();
    }
}
