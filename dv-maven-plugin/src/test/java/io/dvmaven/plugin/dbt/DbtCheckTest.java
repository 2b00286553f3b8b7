package io.dvmaven.plugin.dbt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisabledOnOs(OS.WINDOWS)
class DbtCheckTest {

    private static final Path STAND_IN = Path.of("../it-projects/dbt-packages/automate-dv-signature-standin")
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Path project;
    private Path calls;
    private final CapturingLog log = new CapturingLog();

    @BeforeEach
    void setUp() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("dbt_project.yml"), "name: member\nprofile: member\n");
        calls = dir.resolve("calls.txt");
        Scripts.fakeDbt(dir.resolve("bin/dbt"), "1.10.23", "duckdb=1.10.1");
        Files.writeString(dir.resolve("bin/dbt"), Files.readString(dir.resolve("bin/dbt"))
                .replace("echo \"fake dbt $*\"", "echo \"$2\" >> " + calls + "; echo \"fake dbt $2\""));
    }

    private DbtCheckRequest.Builder request() {
        return DbtCheckRequest.builder(project, project.resolve("target/dv"))
                .pathVariable(dir.resolve("bin").toString())
                .profilesDirectory(dir.resolve("profiles"));
    }

    @Test
    void offlinePackagesMeanNoDepsAndTheStandInIsNamed() throws Exception {
        VendoredPackages.declareAutomateDv(project);

        DbtCheckReport report = new DbtCheck(log).run(request().offlinePackages(Map.of("automate_dv", STAND_IN))
                .build());

        assertThat(report.success()).isTrue();
        assertThat(report.depsRan()).isFalse();
        assertThat(report.offlinePackages()).containsExactly("automate_dv");
        assertThat(Files.readAllLines(calls)).containsExactly("compile");
        assertThat(report.automateDv()).isEqualTo("SIGNATURE STAND-IN (same macro signatures, trivial SQL; not"
                + " AutomateDV) at " + STAND_IN);
        assertThat(log.at("INFO")).contains("automate_dv: " + report.automateDv());
    }

    @Test
    void missingPackagesRunDepsFirst() throws Exception {
        VendoredPackages.declare(project, "dbt-labs/dbt_utils", "1.3.3");

        DbtCheckReport report = new DbtCheck(log).run(request().command("build").build());

        assertThat(report.depsRan()).isTrue();
        assertThat(Files.readAllLines(calls)).containsExactly("deps", "build");
    }

    @Test
    void noDbtAndNoInstallGivesTheLocatorsError() {
        assertThatThrownBy(() -> new DbtCheck(log).run(request().pathVariable(dir.resolve("none").toString())
                .build()))
                .isInstanceOf(DbtNotFoundException.class)
                .hasMessageStartingWith("dbt was not found. Searched: PATH (");
    }

    @Test
    void realAutomateDvIsNamedWithItsVersion() throws Exception {
        Path real = Files.createDirectories(dir.resolve("automate_dv"));
        Files.writeString(real.resolve("dbt_project.yml"), "name: automate_dv\nversion: 0.11.5\n");

        new DbtPackages(log).installOffline(DbtProjectFile.read(project), Map.of("automate_dv", real));

        assertThat(DbtCheck.describeAutomateDv(DbtProjectFile.read(project)))
                .isEqualTo("AutomateDV 0.11.5 at " + real.toRealPath());
        assertThat(List.of()).isEmpty();
    }
}
