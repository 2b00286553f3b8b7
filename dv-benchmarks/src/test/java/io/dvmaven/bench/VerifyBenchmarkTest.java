package io.dvmaven.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerifyBenchmarkTest {

    @Test
    void ratiosAreVerifyBeyondValidateOverTheBareCompileEachAgainstItsTarget() {
        Map<String, Double> medians = new LinkedHashMap<>();
        medians.put("validate", 2.0);
        medians.put("verify, nothing changed", 3.0);
        medians.put("bare dbt compile", 8.0);
        medians.put("verify, one spec edit", 12.0);

        String table = VerifyBenchmark.table(medians, 3);

        assertThat(table).contains(
                "nothing changed  verify beyond validate / bare compile = 0.13 (target <= 0.25: met)",
                "one spec edit    verify beyond validate / bare compile = 1.25 (target <= 1.10: NOT met)");
    }

    @Test
    void thePhaseLineOfTheLastVerifyIsQuoted() {
        String output = "[INFO] dv:verify timing: specs and drift 40 ms, dbt compile 5.1 s; total 5.3 s\n[INFO] done";

        assertThat(VerifyBenchmark.phases(output)).isEqualTo("specs and drift 40 ms, dbt compile 5.1 s; total 5.3 s");
        assertThat(VerifyBenchmark.phases("nothing")).isEqualTo("(no timing line)");
    }
}
