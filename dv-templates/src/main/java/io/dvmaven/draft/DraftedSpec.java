package io.dvmaven.draft;

import io.dvmaven.model.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * One entity the model drafted, as it stands after the last round.
 *
 * @param entity        entity name (a safe file name; {@code unnamed_1} when the model gave none)
 * @param spec          the spec as the model sent it (maps and lists)
 * @param yaml          the spec rendered as YAML (without the review header)
 * @param assumptions   what the model assumed
 * @param openQuestions what the model could not decide
 * @param diagnostics   problems of this draft, locations in the draft file as written
 * @param draftFile     the draft file's path relative to the project ({@code specs/member.draft.yml})
 */
public record DraftedSpec(
        String entity,
        Map<String, Object> spec,
        String yaml,
        List<String> assumptions,
        List<String> openQuestions,
        List<Diagnostic> diagnostics,
        String draftFile) {

    public boolean valid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
