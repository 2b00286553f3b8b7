package io.dvmaven.plugin.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dvmaven.generate.DvGenerator;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.report.QualityGateRun;
import io.dvmaven.model.report.QualityGateRun.Gate;
import io.dvmaven.model.report.QualityGateRun.Problem;
import io.dvmaven.model.report.QualityGateRun.Status;
import io.dvmaven.model.report.VerifyReports;
import io.dvmaven.plugin.dbt.CapturingLog;
import io.dvmaven.plugin.dbt.DbtCheckRequest;
import io.dvmaven.plugin.dbt.DbtExecutable;
import io.dvmaven.plugin.dbt.DbtLocator;
import io.dvmaven.plugin.dbt.DbtNotFoundException;
import io.dvmaven.plugin.dbt.ProcessRunner;
import io.dvmaven.plugin.dbt.VendoredPackages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality gates after approval with a real dbt, the real AutomateDV and sqlfluff: only the approved entity's
 * models are compiled, built on sample rows and linted; a derived column DuckDB cannot evaluate fails the build
 * gate naming the model and DuckDB's error. Skipped, saying why, without dbt or the vendored AutomateDV; the lint
 * gate needs sqlfluff ({@code DV_SQLFLUFF}, else on the PATH, else the venv {@code .ci/run} installs).
 */
@DisabledOnOs(OS.WINDOWS)
class QualityGatesTest {

    private static final VendoredPackages VENDORED = VendoredPackages.fromEnvironment();

    private static final String PROVIDER = """
            entity:
              name: provider
            hub:
              business_key: [provider_id]
              sources: [provider_registry]
            satellites:
              - name: profile
                attributes: [provider_name, specialty, display_name]
                sources: [provider_registry]
            source_mappings:
              provider_registry:
                schema: registry
                table: providers
                key_field: prov_id
                derived_columns:
                  display_name: {sql: "%s"}
            """;

    private static final String CLINIC = """
            entity:
              name: clinic
            hub:
              business_key: [clinic_id]
              sources: [clinic_registry]
            source_mappings:
              clinic_registry:
                schema: registry
                table: clinics
                key_field: clinic_no
            """;

    private static final String APPROVALS = """
            {"approvals": [{"entity": "provider", "spec": "specs/provider.yml", "approved_by": "Ann Reviewer",
              "approved_at": "2026-01-01T00:00:00Z", "model": "test-model"}]}
            """;

    @TempDir
    Path project;

    private final CapturingLog log = new CapturingLog();

    @Test
    void theApprovedEntitysModelsBuildOnSampleRowsAndLintCleanly() throws Exception {
        Path sqlfluff = sqlfluff();
        assumeTrue(sqlfluff != null, "sqlfluff with the dbt templater is not installed (DV_SQLFLUFF, PATH)");
        VerifyResult result = verify("upper(provider_name) || ' (' || specialty || ')'", sqlfluff);

        QualityGateRun run = result.outcome().qualityGates().orElseThrow();
        assertThat(run.entities()).containsExactly("provider");
        assertThat(run.models()).containsExactly("h_provider", "s_provider_profile_provider_registry",
                "stg_provider_provider_registry");
        assertThat(run.gates()).extracting(Gate::name, Gate::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dbt compile", Status.PASSED),
                org.assertj.core.groups.Tuple.tuple("dbt build", Status.PASSED),
                org.assertj.core.groups.Tuple.tuple("sqlfluff lint", Status.PASSED));
        // 6 sample rows: two loads of three keys; the hub holds each key once, the unapproved clinic is not built
        assertThat(run.gates().get(1).detail()).contains("ERROR=0").contains("h_provider=3")
                .doesNotContain("clinic");
        assertThat(run.gates().get(2).detail()).isEqualTo("3 files, 0 findings (sqlfluff, dbt templater, dialect "
                + "duckdb)");
        assertThat(result.failed()).isFalse();
        String json = Files.readString(project.resolve("target").resolve(VerifyReports.JSON));
        assertThat(json).contains("\"qualityGates\"").contains("\"status\": \"passed\"");
        assertThat(Files.readString(project.resolve("target").resolve(VerifyReports.MARKDOWN)))
                .contains("## Quality gates of the approved entities").contains("| sqlfluff lint | passed |");
    }

    @Test
    void aDerivedColumnDuckDbCannotEvaluateFailsTheBuildGateNamingTheModel() throws Exception {
        Path missing = project.resolve("no-such-sqlfluff");
        VerifyResult result = verify("provider_name + 1", missing);

        QualityGateRun run = result.outcome().qualityGates().orElseThrow();
        Gate build = run.gates().get(1);
        assertThat(run.gates().get(0).status()).isEqualTo(Status.PASSED);
        assertThat(build.status()).isEqualTo(Status.FAILED);
        assertThat(build.problems()).anySatisfy(problem -> {
            assertThat(problem.model()).isEqualTo("stg_provider_provider_registry");
            assertThat(problem.file()).endsWith("stg_provider_provider_registry.sql");
            assertThat(problem.message()).contains("Binder Error").contains("+(VARCHAR");
        });
        Gate lint = run.gates().get(2);
        assertThat(lint.status()).isEqualTo(Status.NOT_RUN);
        assertThat(lint.detail()).startsWith("sqlfluff not found at " + missing).contains("pip install sqlfluff==");
        assertThat(result.failed()).isTrue();
        assertThat(log.at("ERROR")).anyMatch(line -> line.startsWith("Quality gate sqlfluff lint: not run"));
    }

    @Test
    void sqlfluffFindingsBecomeProblemsAtFileLineColumnOfTheirModel() throws Exception {
        Files.createDirectories(project.resolve("models/staging"));
        Files.writeString(project.resolve("models/staging/stg_a.sql"), "select 1\n");
        io.dvmaven.model.project.DbtProject scanned = io.dvmaven.model.project.DbtProjectScanner.scan(project,
                List.of("models"));
        String report = "[{\"filepath\": \"models/staging/stg_a.sql\", \"violations\": [{\"start_line_no\": 7, "
                + "\"start_line_pos\": 12, \"code\": \"LT05\", \"description\": \"Line is too long (130 > 120).\", "
                + "\"name\": \"layout.long_lines\", \"warning\": false}]}]";

        List<Problem> problems = SqlFluffLint.problems(report, scanned);

        assertThat(problems).extracting(Problem::format).containsExactly(
                "models/staging/stg_a.sql:7:12: [LT05] Line is too long (130 > 120). (model stg_a)");
        assertThat(SqlFluffLint.problems("not json", scanned)).isNull();
    }

    @Test
    void withoutApprovalsNothingIsCheckedAndNothingFails() throws Exception {
        Files.createDirectories(project.resolve("specs"));
        Files.writeString(project.resolve("specs/clinic.yml"), CLINIC);
        VerifyRequest request = VerifyRequest.defaults(project);
        new DvGenerator().generate(request.generation(), DvLog.silent());
        io.dvmaven.generate.GenerationPlan plan = new DvGenerator().plan(request.generation());

        QualityGateRun run = new QualityGates(log).run(DbtCheckRequest.builder(project, project.resolve("target/dv"))
                .build(), plan.design().vault(), io.dvmaven.model.project.DbtProjectScanner.scan(project,
                List.of("models")), null);

        assertThat(run.models()).isEmpty();
        assertThat(run.failed()).isFalse();
        assertThat(run.gates()).singleElement().satisfies(gate -> assertThat(gate.detail())
                .isEqualTo("no approved entity (dv-approvals.json) has models"));
    }

    private VerifyResult verify(String derivedSql, Path sqlfluff) throws Exception {
        DbtExecutable dbt = dbt();
        assumeTrue(VENDORED.present(), VENDORED.absentReason());
        Files.createDirectories(project.resolve("specs"));
        Files.writeString(project.resolve("specs/provider.yml"), PROVIDER.formatted(derivedSql),
                StandardCharsets.UTF_8);
        Files.writeString(project.resolve("specs/clinic.yml"), CLINIC, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("dv-approvals.json"), APPROVALS, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("dbt_project.yml"), """
                name: dv_gates
                version: "1.0"
                config-version: 2
                profile: dv_gates
                model-paths: ["models"]
                models:
                  dv_gates:
                    staging:
                      +materialized: view
                    integration:
                      +materialized: incremental
                """);
        VendoredPackages.declareAutomateDv(project);
        VerifyRequest request = VerifyRequest.defaults(project);
        new DvGenerator().generate(request.generation(), DvLog.silent());
        DbtCheckRequest check = DbtCheckRequest.builder(project, project.resolve("target/dv"))
                .dbtExecutable(dbt.path()).command("parse")
                .offlinePackages(VENDORED.offline())
                .timeout(Duration.ofMinutes(10)).build();
        return new DvVerifier(true).verify(request.withDbt(check).withQualityGates(sqlfluff), log);
    }

    private static DbtExecutable dbt() {
        try {
            return new DbtLocator(new ProcessRunner(DvLog.silent()), DvLog.silent()).locate(new DbtLocator.Request(
                    null, null, System.getenv("PATH"), DbtLocator.DEFAULT_VERSION_RANGE, "duckdb"));
        } catch (DbtNotFoundException e) {
            assumeTrue(false, "no real dbt with the duckdb adapter on the PATH: " + e.getMessage());
            return null;
        }
    }

    /** DV_SQLFLUFF, else sqlfluff on the PATH, else the venv .ci/run installs; {@code null} when none exists. */
    private static Path sqlfluff() {
        String explicit = System.getenv("DV_SQLFLUFF");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        Optional<Path> found = SqlFluffLint.locate(null, Path.of("/nonexistent/dbt"), System.getenv("PATH"));
        Path ci = Path.of(System.getProperty("user.home"), ".cache/dv-maven-plugin-ci/sqlfluff-"
                + SqlFluffLint.PINNED_VERSION + "/bin/sqlfluff");
        return found.orElse(Files.isExecutable(ci) ? ci : null);
    }
}
