package io.dvmaven.plugin.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cross-engine check of a kind scenario: after each load, every vault table's fingerprint (row count and an
 * order-independent hash of its rows, computed by engine_harness.py) must be the same on every engine that ran
 * the scenario, as the member example's engine matrix requires ({@link WarehouseEnginesTest}).
 */
final class ScenarioFingerprints {

    private ScenarioFingerprints() {
    }

    @SuppressWarnings("unchecked")
    static void compare(String scenario, Map<String, KindScenariosTest.Landed> landed) {
        if (landed.size() < 2) {
            String why = scenario + ": fingerprints need two engines, ran on " + landed.keySet();
            System.out.println("[scenarios] SKIPPED: " + why);
            assumeTrue(false, why);
        }
        String reference = landed.keySet().iterator().next();
        List<Map<String, Object>> referenceLoads = loads(scenario, reference, landed.get(reference));
        List<String> tables = landed.get(reference).vaultTables();
        List<String> mismatches = new ArrayList<>();
        for (int load = 0; load < referenceLoads.size(); load++) {
            Map<String, Object> expected = (Map<String, Object>) referenceLoads.get(load).get("tables");
            assertThat(expected.keySet()).as(scenario + " tables fingerprinted on " + reference)
                    .containsExactlyInAnyOrderElementsOf(tables);
            for (String table : tables) {
                Object fingerprint = expected.get(table);
                for (Map.Entry<String, KindScenariosTest.Landed> other : landed.entrySet()) {
                    Object actual = ((Map<String, Object>) loads(scenario, other.getKey(), other.getValue())
                            .get(load).get("tables")).get(table);
                    if (!fingerprint.equals(actual)) {
                        mismatches.add("load " + (load + 1) + " " + table + ": " + reference + " " + fingerprint
                                + ", " + other.getKey() + " " + actual);
                    }
                }
                Map<String, Object> shown = (Map<String, Object>) fingerprint;
                System.out.printf(Locale.ROOT, "[scenarios] %s load %d %-36s rows=%-3s sha256=%s %s%n", scenario,
                        load + 1, table, shown.get("rows"), shown.get("sha256"), landed.keySet());
            }
        }
        assertThat(mismatches).as(scenario + ": vault tables differ between engines").isEmpty();
        System.out.printf(Locale.ROOT, "[scenarios] %s: fingerprints of %d vault tables equal on %s after each of"
                + " %d loads%n", scenario, tables.size(), landed.keySet(), referenceLoads.size());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> loads(String scenario, String engine, KindScenariosTest.Landed run) {
        List<Map<String, Object>> loads = (List<Map<String, Object>>) run.result().get("loads");
        assertThat(run.result().get("error")).as(scenario + " failed on " + engine + ": nothing to compare").isNull();
        assertThat(loads).as(scenario + " on " + engine + ": loads").isNotEmpty();
        loads.forEach(load -> assertThat(((Number) ((Map<String, Object>) load.get("build")).get("ERROR")).intValue())
                .as(scenario + " on " + engine + ": dbt build errors, nothing to compare").isZero());
        return loads;
    }
}
