package io.dvmaven.generate;

import java.nio.file.Path;
import java.util.List;

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
 */
public record GenerateResult(GenerationPlan plan, List<String> written, List<String> removed, int unchanged,
                             Path markdownReport, Path jsonReport, int rendered) {

    /** A result of a run that rendered every generated file. */
    public GenerateResult(GenerationPlan plan, List<String> written, List<String> removed, int unchanged,
                          Path markdownReport, Path jsonReport) {
        this(plan, written, removed, unchanged, markdownReport, jsonReport, plan.generatedFiles().size());
    }

    public GenerateResult {
        written = List.copyOf(written);
        removed = List.copyOf(removed);
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
