package io.dvmaven.plugin.dbt;

import io.dvmaven.model.Diagnostic;

import java.util.List;

/**
 * The outcome of one dbt invocation.
 *
 * @param process     exit code, timeout flag and output tail
 * @param diagnostics dbt errors mapped to project files
 * @param nodes       per-node results from {@code run_results.json} (empty for {@code parse})
 * @param summary     dbt's {@code Done. PASS=... TOTAL=...} line, or {@code null}
 */
public record DbtRunResult(ProcessResult process, List<Diagnostic> diagnostics, List<DbtNodeResult> nodes,
                           String summary) {

    public DbtRunResult {
        diagnostics = List.copyOf(diagnostics);
        nodes = List.copyOf(nodes);
    }

    public boolean success() {
        return process.success();
    }
}
