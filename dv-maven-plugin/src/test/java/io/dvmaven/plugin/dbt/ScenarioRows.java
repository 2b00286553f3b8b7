package io.dvmaven.plugin.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A kind scenario's check queries on one engine: every load built without errors, every check's rows exact. */
final class ScenarioRows {

    private ScenarioRows() {
    }

    /** The scenario's rows after every load on one engine, as its checks expect them. */
    @SuppressWarnings("unchecked")
    static void verify(String name, String engine, Map<String, Object> scenario, Map<String, Object> result,
                       Path harnessLog, Path project) {
        List<Map<String, Object>> checks = (List<Map<String, Object>>) scenario.get("checks");
        List<Object> loads = (List<Object>) scenario.get("loads");
        List<Map<String, Object>> landed = (List<Map<String, Object>>) result.get("loads");
        String log = harnessLog.toString();
        assertThat(result.get("error")).as(name + " on " + engine + ": the harness failed; log " + log).isNull();
        assertThat(landed).as(name + " on " + engine + ": loads built; log " + log).hasSize(loads.size());
        List<String> mismatches = new ArrayList<>();
        for (int load = 0; load < loads.size(); load++) {
            Map<String, Object> build = (Map<String, Object>) landed.get(load).get("build");
            assertThat(((Number) build.get("ERROR")).intValue())
                    .as(name + " on " + engine + ": dbt build errors in load " + (load + 1) + "; log " + log).isZero();
            Map<String, Object> actual = (Map<String, Object>) landed.get(load).get("checks");
            for (Map<String, Object> check : checks) {
                Map<String, Object> outcome = (Map<String, Object>) actual.get(check.get("name"));
                Object expected = ((List<Object>) check.get("expected")).get(load);
                if (outcome.containsKey("error")) {
                    mismatches.add("load " + (load + 1) + ", check '" + check.get("name") + "' failed: "
                            + outcome.get("error"));
                } else if (!outcome.get("rows").equals(expected)) {
                    mismatches.add("load " + (load + 1) + ", check '" + check.get("name") + "':\n    expected "
                            + Json.write(expected) + "\n    actual   " + Json.write(outcome.get("rows")));
                }
            }
        }
        assertThat(mismatches).as(name + " on " + engine + " (" + scenario.get("description") + "); project "
                + project).isEmpty();
        System.out.printf(Locale.ROOT, "[scenarios] %s on %s: %d loads, %d checks each, all rows as expected%n",
                name, engine, loads.size(), checks.size());
    }

}
