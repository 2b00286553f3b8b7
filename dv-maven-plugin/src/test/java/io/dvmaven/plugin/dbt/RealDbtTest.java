package io.dvmaven.plugin.dbt;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.RawColumn.Role;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.RawTable;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.Vault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs a real dbt: the one named by the DBT_EXECUTABLE environment variable, else the first on the PATH.
 * Skipped, with the locator's reason, when there is none.
 */
@DisabledOnOs(OS.WINDOWS)
class RealDbtTest {

    private static final Path STAND_IN = Path.of("../it-projects/dbt-packages/automate-dv-signature-standin");

    private static DbtExecutable dbt;
    private static String notFound;

    @TempDir
    Path dir;

    private final CapturingLog log = new CapturingLog();
    private final ProcessRunner processRunner = new ProcessRunner(log);

    @BeforeAll
    static void locateDbt() {
        String explicit = System.getenv("DBT_EXECUTABLE");
        try {
            dbt = new DbtLocator(new ProcessRunner(io.dvmaven.model.DvLog.silent()), io.dvmaven.model.DvLog.silent())
                    .locate(new DbtLocator.Request(explicit == null || explicit.isBlank() ? null : Path.of(explicit),
                            null, System.getenv("PATH"), DbtLocator.DEFAULT_VERSION_RANGE, "duckdb"));
        } catch (DbtNotFoundException e) {
            notFound = e.getMessage();
        }
    }

    private void assumeDbt() {
        assumeTrue(dbt != null, () -> "no real dbt with the duckdb adapter (set DBT_EXECUTABLE or put dbt on the"
                + " PATH): " + notFound);
    }

    private Path copy(String resource) throws Exception {
        Path source = Path.of(RealDbtTest.class.getResource("/" + resource).toURI());
        Path target = dir.resolve(resource);
        DbtPackages.copyTree(source, target);
        return target;
    }

    private Path profile(Path project, String name) throws IOException {
        Path profiles = Files.createDirectories(project.resolve("target/dv/dbt-profiles"));
        Files.writeString(profiles.resolve("profiles.yml"), EmbeddedDuckDb.profileYaml(name,
                project.resolve("target/dv/embedded.duckdb").toAbsolutePath()));
        return profiles;
    }

    @Test
    void parsesATinyProject() throws Exception {
        assumeDbt();
        Path project = copy("tiny-project");

        DbtRunResult result = new DbtRunner(processRunner, log).run(new DbtRunRequest(dbt, project, "parse",
                List.of(), profile(project, "tiny"), EmbeddedDuckDb.TARGET, Map.of(), Duration.ofMinutes(5)));

        assertThat(result.success()).as(result.process().describe()).isTrue();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(log.at("INFO")).anyMatch(line -> line.contains("Running with dbt=" + dbt.version().core()));
        assertThat(project.resolve("target/manifest.json")).exists();
    }

    @Test
    void brokenJinjaFailsWithTheModelsPathAndLine() throws Exception {
        assumeDbt();
        Path project = copy("tiny-project");
        Files.createDirectories(project.resolve("models/integration/hubs"));
        Files.writeString(project.resolve("models/integration/hubs/h_member.sql"), "select 1 as a\n\n{{ foo( }}\n");

        DbtRunResult result = new DbtRunner(processRunner, log).run(new DbtRunRequest(dbt, project, "compile",
                List.of(), profile(project, "tiny"), EmbeddedDuckDb.TARGET, Map.of(), Duration.ofMinutes(5)));

        assertThat(result.success()).isFalse();
        assertThat(result.diagnostics()).extracting(Diagnostic::format).first().asString()
                .startsWith("models/integration/hubs/h_member.sql:3: dbt Compilation Error in model h_member: ");
    }

    /**
     * The whole chain on the signature stand-in through the verify facade: offline package install, embedded
     * DuckDB with sample rows, {@code dbt build} of models calling every stand-in macro, and the per-node results.
     */
    @Test
    void buildsTheStandInProjectOnEmbeddedDuckDbWithSampleRows() throws Exception {
        assumeDbt();
        Path project = copy("standin-project");
        SpecRef spec = new SpecRef("specs/customer.yml", "0".repeat(64));
        Vault vault = new Vault(List.of(), List.of(new RawSource("raw_crm", "crm", "crm", "raw", List.of(
                new RawTable("customer", "customer", null, spec, List.of(
                        new RawColumn("customer_id", Role.BUSINESS_KEY, null),
                        new RawColumn("order_id", Role.RELATED_BUSINESS_KEY, null),
                        new RawColumn("load_dts", Role.LOAD_TIMESTAMP, null),
                        new RawColumn("name", Role.ATTRIBUTE, null),
                        new RawColumn("email", Role.ATTRIBUTE, null)))))),
                List.of(), List.of(), List.of(), List.of(), List.of());

        DbtCheckReport report = new DbtCheck(log).run(DbtCheckRequest.builder(project, project.resolve("target/dv"))
                .dbtExecutable(dbt.path()).command("build").sampleRows(20).vault(vault)
                .offlinePackages(Map.of("automate_dv", STAND_IN.toAbsolutePath().normalize()))
                .timeout(Duration.ofMinutes(10)).build());

        DbtRunResult result = report.result();
        assertThat(result.success()).as(result.process().describe()).isTrue();
        assertThat(report.depsRan()).isFalse();
        assertThat(report.automateDv()).startsWith("SIGNATURE STAND-IN");
        assertThat(report.embedded().rowCounts()).containsExactly(Map.entry("crm.customer", 20L));
        assertThat(result.summary()).isEqualTo("Done. PASS=17 WARN=0 ERROR=0 SKIP=0 NO-OP=0 TOTAL=17");
        assertThat(result.nodes()).hasSize(17).noneMatch(DbtNodeResult::failed)
                .anySatisfy(node -> assertThat(node.uniqueId()).isEqualTo("model.standin_check.h_customer"));
        assertThat(log.lines()).noneMatch(line -> line.contains("dbt deps"));
    }
}
