package io.dvmaven.plugin.dbt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Wall time per phase of one verify run, printed as one line: {@code plan 210 ms, rules 40 ms, dbt 3.4 s}. */
public final class PhaseTimings {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final long started = System.nanoTime();
    private long mark = started;

    /** Ends the phase that ran since the previous call (or the start) under {@code name}. */
    public void lap(String name) {
        long now = System.nanoTime();
        nanos.merge(name, now - mark, Long::sum);
        mark = now;
    }

    public String line() {
        StringJoiner line = new StringJoiner(", ", "dv:verify timing: ", "");
        nanos.forEach((name, time) -> line.add(name + " " + format(time)));
        return line + "; total " + format(System.nanoTime() - started);
    }

    static String format(long nanos) {
        long millis = nanos / 1_000_000;
        return millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
