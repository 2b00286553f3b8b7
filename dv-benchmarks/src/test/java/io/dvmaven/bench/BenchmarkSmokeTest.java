package io.dvmaven.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.naming.NamingConventions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of the harness, so the benchmark cannot rot; the real figures come from the jar. */
class BenchmarkSmokeTest {

    @TempDir
    Path temp;

    @Test
    void syntheticDesignIsDeterministicAndValid() {
        SyntheticDesign design = new SyntheticDesign(12, 3, 2, 42);
        assertThat(design.spec(5, 0)).isEqualTo(new SyntheticDesign(12, 3, 2, 42).spec(5, 0))
                .isNotEqualTo(design.spec(5, 1));
        design.write(temp.resolve("specs"));

        DesignResult loaded = DesignLoader.load(temp, temp.resolve("specs"), NamingConventions.defaults());

        assertThat(loaded.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
        assertThat(loaded.vault().entities()).hasSize(12);
        assertThat(loaded.vault().links()).hasSize(24);
    }

    @Test
    void harnessRunsEveryScenarioAndTheNoChangeRunWritesNothing() throws Exception {
        Benchmark.Options options = Benchmark.Options.parse(new String[] {"--satellites", "2", "--links", "1"});

        BenchmarkResult result = Benchmark.run(options, 6, 1, 0);

        assertThat(result.times).containsKeys("full", "no-change", "one spec changed", "validation only",
                "naming rules: scan + check");
        assertThat(result.noChangeWrittenBytes).isZero();
        assertThat(result.oneChangeRendered).isPositive().isLessThan(result.files);
        assertThat(result.table(options)).contains("no-change run: 0 files, 0 bytes written");
    }
}
