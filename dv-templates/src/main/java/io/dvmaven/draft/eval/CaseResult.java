package io.dvmaven.draft.eval;

import java.util.Map;

/**
 * How one case went.
 *
 * @param name              case name
 * @param scores            per field
 * @param valid             the final draft passed validation
 * @param rounds            requests sent
 * @param openQuestions     open questions the model listed
 * @param expectOpenQuestions the case requires open questions
 * @param error             why no draft was produced (request failed, ...), else {@code null}
 */
public record CaseResult(String name, Map<SpecScorer.Field, FieldScore> scores, boolean valid, int rounds,
                         int openQuestions, boolean expectOpenQuestions, String error) {

    /** All fields together. */
    public FieldScore overall() {
        return scores.values().stream().reduce(FieldScore.EMPTY, FieldScore::plus);
    }

    /** False when the case wants open questions and the model gave none. */
    public boolean openQuestionsOk() {
        return !expectOpenQuestions || openQuestions > 0;
    }
}
