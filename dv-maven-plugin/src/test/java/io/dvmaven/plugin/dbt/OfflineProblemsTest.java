package io.dvmaven.plugin.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineProblemsTest {

    @Test
    void offlineNamesTheMissingPackagesAndTheSettingThatInstallsThem() {
        DbtException problem = OfflineProblems.packagesMissing(List.of("automate_dv", "dbt_utils"));

        assertThat(problem.getMessage()).isEqualTo("Offline (mvn -o): dbt package(s) automate_dv, dbt_utils not"
                + " installed, and dbt deps needs the network");
        assertThat(problem.fix()).startsWith("install them from local directories with"
                + " -Ddv.dbt.offlinePackages=automate_dv=/path/to/automate_dv,dbt_utils=/path/to/dbt_utils");
    }

    @Test
    void unreachableHubIsOneLineFromTheTracebacksLastError() {
        List<String> tail = List.of("Traceback (most recent call last):", "  File \"/x/dbt/deps.py\", line 3",
                "    raise ConnectionError(...)", "dbt_common.exceptions.connection.ConnectionError: External"
                        + " connection exception occurred: Max retries exceeded with url: /api/v1/index.json");

        DbtException problem = OfflineProblems.depsFailed(tail, List.of("automate_dv"));

        assertThat(problem.getMessage()).isEqualTo("dbt deps could not install automate_dv (the package hub is"
                + " unreachable): dbt_common.exceptions.connection.ConnectionError: External connection exception"
                + " occurred: Max retries exceeded with url: /api/v1/index.json").doesNotContain("\n");
        assertThat(problem.fix()).contains("-Ddv.dbt.offlinePackages=automate_dv=/path/to/automate_dv",
                "settings.xml <proxies>");
    }
}
