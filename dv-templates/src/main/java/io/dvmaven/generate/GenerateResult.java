package io.dvmaven.generate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a successful {@code generate} did.
 *
 * @param plan           the plan it carried out
 * @param written        files written (new, updated, or overwritten conflicts), sorted by path
 * @param removed        stale files deleted, sorted by path
 * @param unchanged      number of generated files left as they were
 * @param markdownReport the Markdown report written
 * @param jsonReport     the JSON report written
 * @param rendered       files rendered by this run (fewer than the generated files when the index let unchanged
 *                       specs' files be skipped; 0 when nothing changed)
 * @param timings        wall time of each phase in milliseconds, in the order they ran ({@code load},
 *                       {@code render}, {@code write}, ...)
 */
public record GenerateResult(GenerationPlan plan, List<String> written, List<String> removed, int unchanged,
                             Path markdownReport, Path jsonReport, int rendered, Map<String, Double> timings) {

    /** A result of a run that rendered every generated file. */
    public GenerateResult(GenerationPlan plan, List<String> written, List<String> removed, int unchanged,
                          Path markdownReport, Path jsonReport) {
        this(plan, written, removed, unchanged, markdownReport, jsonReport, plan.generatedFiles().size(), Map.of());
    }

    public GenerateResult {
        written = List.copyOf(written);
        removed = List.copyOf(removed);
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    /** {@code load 380 ms, render 700 ms, ...}: where the run's time went. */
    public String timingSummary() {
        return PhaseTimes.format(timings);
    }

    /** {@code N files for M entities: A written, U unchanged, D removed}. */
    public String summary() {
        return summary(plan.generatedFiles().size(), plan.entities().size(), written.size(), unchanged,
                removed.size());
    }

    static String summary(int files, int entities, int written, int unchanged, int removed) {
        return files + (files == 1 ? " file" : " files") + " for " + entities
                + (entities == 1 ? " entity" : " entities") + ": " + written + " written, " + unchanged
                + " unchanged, " + removed + " removed";
    }
}
