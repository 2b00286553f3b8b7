package io.dvmaven.plugin.dbt;

import io.dvmaven.model.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisabledOnOs(OS.WINDOWS)
class DbtRunnerTest {

    @TempDir
    Path dir;

    private Path project;
    private final CapturingLog log = new CapturingLog();
    private final DbtRunner runner = new DbtRunner(new ProcessRunner(log), log);

    @BeforeEach
    void project() throws Exception {
        project = dir.resolve("project");
        Files.createDirectories(project.resolve("models/integration/hubs"));
        Files.writeString(project.resolve("dbt_project.yml"), "name: member\nprofile: member\n");
        Files.writeString(project.resolve("models/integration/hubs/h_member.sql"), "select 1\n");
    }

    private DbtExecutable fake(String body) throws Exception {
        Path script = Scripts.write(dir.resolve("bin/dbt"), body);
        return new DbtExecutable(script, new DbtVersionInfo("1.10.23", Map.of("duckdb", "1.10.1")), "test");
    }

    @Test
    void commandLinePutsGlobalFlagsFirstAndExtraArgsLast() throws Exception {
        DbtExecutable dbt = fake("exit 0");

        List<String> command = DbtRunner.commandLine(new DbtRunRequest(dbt, project, "build",
                List.of("--select", "h_member"), dir.resolve("profiles"), "ci", Map.of(), null));

        assertThat(command).containsExactly(dbt.path().toString(), "--no-use-colors", "build", "--project-dir",
                project.toString(), "--profiles-dir", dir.resolve("profiles").toString(), "--target", "ci",
                "--select", "h_member");
    }

    @Test
    void defaultCommandIsCompileAndBadCommandsAreRefused() throws Exception {
        DbtExecutable dbt = fake("exit 0");

        assertThat(new DbtRunRequest(dbt, project, null, null, null, null, null, null).command()).isEqualTo("compile");
        assertThatThrownBy(() -> new DbtRunRequest(dbt, project, "build; rm -rf /", null, null, null, null, null))
                .hasMessage("Invalid dbt command 'build; rm -rf /': use a dbt subcommand such as parse, compile or build");
    }

    @Test
    void failingCompileMapsErrorsToModelFilesAndKeepsOutputInTheLog() throws Exception {
        DbtExecutable dbt = fake("""
                echo "02:41:55  Running with dbt=1.10.23"
                echo "02:41:56  Encountered an error:"
                echo "Compilation Error in model h_member (models/integration/hubs/h_member.sql)"
                echo "  unexpected '}', expected ')'"
                echo "    line 3"
                echo "      {{ foo( }}"
                exit 2""");

        DbtRunResult result = runner.run(new DbtRunRequest(dbt, project, "compile", List.of(), null, null, Map.of(),
                Duration.ofSeconds(30)));

        assertThat(result.success()).isFalse();
        assertThat(result.process().exitCode()).isEqualTo(2);
        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "models/integration/hubs/h_member.sql:3: dbt Compilation Error in model h_member: unexpected '}',"
                        + " expected ')' (fix the Jinja in this file; if it is generated, fix its spec and run mvn"
                        + " dv:generate)");
        assertThat(log.at("INFO")).contains("02:41:55  Running with dbt=1.10.23", "    line 3");
    }

    @Test
    void failureWithoutRecognisedErrorStillGivesADiagnostic() throws Exception {
        DbtExecutable dbt = fake("echo '02:00:00  Encountered an error:'; echo 'Runtime Error'; echo '  Could not find profile named member'; exit 1");

        DbtRunResult result = runner.run(new DbtRunRequest(dbt, project, "parse", List.of(), null, null, Map.of(), null));

        assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "dbt_project.yml: dbt parse failed with exit code 1: Runtime Error (see the dbt output above)");
    }

    @Test
    void successReadsRunResultsAndSummaryAndPassesEnvironment() throws Exception {
        Path results = Path.of(DbtRunnerTest.class.getResource("/dbt-output/run_results.json").toURI());
        Files.createDirectories(project.resolve("target"));
        Files.writeString(project.resolve("target/run_results.json"), "{\"results\": []}");
        DbtExecutable dbt = fake("cp " + results + " target/run_results.json\n"
                + "echo \"stats=$DBT_SEND_ANONYMOUS_USAGE_STATS profile=$DBT_PROFILE_PASSWORD\"\n"
                + "echo '02:42:11  Done. PASS=2 WARN=0 ERROR=2 SKIP=0 NO-OP=0 TOTAL=4'");

        DbtRunResult result = runner.run(new DbtRunRequest(dbt, project, "build", List.of(), null, null,
                Map.of("DBT_PROFILE_PASSWORD", "pw-123"), null));

        assertThat(result.success()).isTrue();
        assertThat(result.summary()).isEqualTo("Done. PASS=2 WARN=0 ERROR=2 SKIP=0 NO-OP=0 TOTAL=4");
        assertThat(result.nodes()).hasSize(4);
        assertThat(log.at("INFO")).contains("stats=false profile=****");
    }

    @Test
    void staleRunResultsAreNotReported() throws Exception {
        Files.createDirectories(project.resolve("target"));
        Files.copy(Path.of(DbtRunnerTest.class.getResource("/dbt-output/run_results.json").toURI()),
                project.resolve("target/run_results.json"));
        DbtExecutable dbt = fake("exit 0");

        assertThat(runner.run(new DbtRunRequest(dbt, project, "parse", List.of(), null, null, Map.of(), null))
                .nodes()).isEmpty();
    }

    @Test
    void projectWithoutDbtProjectFileIsAnEnvironmentError() throws Exception {
        DbtExecutable dbt = fake("exit 0");
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThatThrownBy(() -> runner.run(new DbtRunRequest(dbt, empty, "parse", List.of(), null, null, Map.of(),
                null)))
                .isInstanceOf(DbtException.class)
                .hasMessage("No dbt_project.yml in " + empty)
                .satisfies(e -> assertThat(((DbtException) e).fix())
                        .isEqualTo("point <dbtProjectDirectory> at the directory holding dbt_project.yml"));
    }
}
