package io.dvmaven.draft;

import io.dvmaven.model.Diagnostic;
import java.util.List;

/**
 * What the model proposed after the last round.
 *
 * @param drafts        the drafted entities (empty when no reply could be read)
 * @param problems      every error and warning still open, including problems of the reply as a whole (not JSON,
 *                      wrong shape), locations as in the written drafts
 * @param rounds        requests sent (1 + repair rounds used)
 * @param stopReason    why repairs stopped early (a failed request), else {@code null}
 */
public record DraftResult(List<DraftedSpec> drafts, List<Diagnostic> problems, int rounds, String stopReason) {

    public boolean valid() {
        return !drafts.isEmpty() && problems.stream().noneMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return problems.stream().filter(Diagnostic::isError).toList();
    }
}
