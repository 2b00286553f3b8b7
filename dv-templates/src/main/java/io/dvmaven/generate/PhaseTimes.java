package io.dvmaven.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Wall time of each phase of a run, in the order the phases first ran; for the debug log and benchmarks. */
final class PhaseTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long lapStart = System.nanoTime();

    /** Adds the time since the previous lap (or since creation) to {@code phase}. */
    void lap(String phase) {
        long now = System.nanoTime();
        nanos.merge(phase, now - lapStart, Long::sum);
        lapStart = now;
    }

    /** Milliseconds per phase, in order. */
    Map<String, Double> millis() {
        Map<String, Double> millis = new LinkedHashMap<>();
        nanos.forEach((phase, time) -> millis.put(phase, time / 1e6));
        return Collections.unmodifiableMap(millis);
    }

    /** {@code load 380 ms, render 700 ms, ...}. */
    static String format(Map<String, Double> millis) {
        StringJoiner line = new StringJoiner(", ");
        millis.forEach((phase, time) -> line.add(String.format(Locale.ROOT, "%s %.0f ms", phase, time)));
        return line.toString();
    }
}
