package io.dvmaven.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Medians and what the runs wrote for one design size, and the tables {@link Benchmark} prints of them. */
final class BenchmarkResult {

    final int entities;
    final Map<String, List<Double>> times;
    final Map<String, List<Double>> fullPhases = new LinkedHashMap<>();
    String fileSystem;
    int files;
    long fullBytes;
    long noChangeWrittenBytes;
    int noChangeWrittenFiles;
    int oneChangeWrittenFiles;
    long oneChangeWrittenBytes;
    int oneChangeRendered;
    int models;
    int findings;

    BenchmarkResult(int entities, Map<String, List<Double>> times) {
        this.entities = entities;
        this.times = times;
    }

    String table(Benchmark.Options options) {
        Map<String, String> targets = Map.of(
                "full", "<= 2000 ms for 1,000 entities",
                "no-change", "<= 200 ms, 0 bytes written",
                "naming rules: scan + check", "<= 1000 ms for 10,000 models");
        double full = median(times.get("full"));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Design: %d entities, %d satellites and %d links each, seed %d; "
                        + "%d generated files (%.1f MiB), %d models; %d measured runs after %d warm-up%n"
                        + "Project directory in %s%n%n",
                entities, options.satellites, options.links, options.seed, files, fullBytes / 1048576.0,
                models, times.get("full").size(), options.warmup, fileSystem));
        out.append(String.format(Locale.ROOT, "%-28s %10s %10s %10s %12s  %s%n", "scenario", "median ms",
                "min ms", "max ms", "vs full", "target"));
        times.forEach((name, values) -> out.append(String.format(Locale.ROOT,
                "%-28s %10.1f %10.1f %10.1f %11.3fx  %s%n", name, median(values), Collections.min(values),
                Collections.max(values), median(values) / full, targets.getOrDefault(name, ""))));
        StringBuilder phases = new StringBuilder();
        fullPhases.forEach((phase, values) -> phases.append(phases.isEmpty() ? "" : ", ").append(
                String.format(Locale.ROOT, "%s %.0f", phase, median(values))));
        out.append(String.format(Locale.ROOT, "%nfull run by phase (medians, ms): %s%n", phases));
        out.append(String.format(Locale.ROOT, "no-change run: %d files, %d bytes written%n",
                noChangeWrittenFiles, noChangeWrittenBytes));
        out.append(String.format(Locale.ROOT, "one spec changed: %d files rendered, %d written (%d bytes)%n",
                oneChangeRendered, oneChangeWrittenFiles, oneChangeWrittenBytes));
        out.append(String.format(Locale.ROOT, "naming rules: %d models checked, %d findings; %.0f ms per "
                + "10,000 models%n", models, findings,
                median(times.get("naming rules: scan + check")) * 10_000 / Math.max(1, models)));
        return out.toString();
    }

    static String scalingTable(List<BenchmarkResult> results) {
        StringBuilder out = new StringBuilder("Growth with N (medians, ms; per entity in brackets)\n");
        List<String> scenarios = List.of("full", "no-change", "one spec changed", "validation only",
                "naming rules: scan + check");
        out.append(String.format(Locale.ROOT, "%-8s %-8s %-8s", "N", "files", "models"));
        scenarios.forEach(s -> out.append(String.format(Locale.ROOT, " %22s", s)));
        out.append('\n');
        for (BenchmarkResult r : results) {
            out.append(String.format(Locale.ROOT, "%-8d %-8d %-8d", r.entities, r.files, r.models));
            for (String s : scenarios) {
                double median = median(r.times.get(s));
                out.append(String.format(Locale.ROOT, " %22s",
                        String.format(Locale.ROOT, "%.1f (%.3f)", median, median / r.entities)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
