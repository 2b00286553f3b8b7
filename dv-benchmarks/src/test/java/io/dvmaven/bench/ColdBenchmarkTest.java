package io.dvmaven.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cold harness's parsing and project set-up; its figures come from real Maven processes, run by hand. */
class ColdBenchmarkTest {

    @TempDir
    Path temp;

    @Test
    void readsThePhaseTimesFromThePluginsDebugLine() {
        String log = """
                [INFO] --- dv-maven-plugin:0.1.0-SNAPSHOT:generate (default-cli) @ cold-benchmark ---
                [DEBUG] Timings: index check 12 ms, load 380 ms, render 700 ms, stale scan 0 ms, write 95 ms
                [INFO] dv:generate: 13 files written
                """;

        Map<String, Double> phases = ColdSeries.phases(log);

        assertThat(phases).containsExactly(Map.entry("index check", 12.0), Map.entry("load", 380.0),
                Map.entry("render", 700.0), Map.entry("stale scan", 0.0), Map.entry("write", 95.0));
        assertThat(ColdSeries.phases("[INFO] BUILD SUCCESS")).isEmpty();
    }

    @Test
    void mavenCommandIsOfflineBatchAndUsesTheGivenRepository() {
        ColdBenchmark.Options options = ColdBenchmark.Options.parse(new String[] {
                "--entities", "10, 100", "--runs", "3", "--maven-repo", "repo", "--heap", "1g"});

        assertThat(options.entities).containsExactly(10, 100);
        assertThat(options.maven("dv:generate")).containsExactly("mvn", "-o", "-B", "-ntp",
                "-Dmaven.repo.local=" + Path.of("repo").toAbsolutePath(), "dv:generate");
        assertThat(options.environment()).containsEntry("MAVEN_OPTS", "-Xmx1g");
        assertThatThrownBy(() -> ColdBenchmark.Options.parse(new String[] {"--runs", "0"}))
                .hasMessageContaining("--runs");
    }

    @Test
    void projectIsAThinPomBindingTheBundledPluginVersion() throws Exception {
        ColdBenchmark.writeProject(temp, "9.9.9");

        assertThat(Files.readString(temp.resolve("pom.xml"))).contains("<artifactId>dv-maven-plugin</artifactId>")
                .contains("<version>9.9.9</version>").contains("<packaging>pom</packaging>");
        assertThat(Files.readAllLines(temp.resolve("dbt_project.yml"))).contains("name: cold_benchmark");
    }

    @Test
    void scalingComparesEachSizeWithTheFirst() {
        ColdSeries.Result small = result(100, 2.0, 3.0);
        ColdSeries.Result large = result(1000, 2.0, 12.0);

        String table = ColdBenchmark.scaling(List.of(small, large));

        assertThat(table).contains("N=1000").contains("10.0x of N=100 for 10.0x the entities");
    }

    private static ColdSeries.Result result(int entities, double validate, double full) {
        return new ColdSeries.Result(entities, 10, 1000, Map.of("mvn validate", validate, "full", full), Map.of());
    }
}
