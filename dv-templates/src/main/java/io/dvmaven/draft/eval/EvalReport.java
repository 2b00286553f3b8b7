package io.dvmaven.draft.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scores of an evaluation run: per case, per field over all cases (micro-averaged), and overall. */
public record EvalReport(String model, List<CaseResult> cases) {

    public Map<SpecScorer.Field, FieldScore> perField() {
        Map<SpecScorer.Field, FieldScore> totals = new EnumMap<>(SpecScorer.Field.class);
        for (SpecScorer.Field field : SpecScorer.Field.values()) {
            totals.put(field, cases.stream().map(c -> c.scores().getOrDefault(field, FieldScore.EMPTY))
                    .reduce(FieldScore.EMPTY, FieldScore::plus));
        }
        return totals;
    }

    public FieldScore overall() {
        return perField().values().stream().reduce(FieldScore.EMPTY, FieldScore::plus);
    }

    public long validDrafts() {
        return cases.stream().filter(CaseResult::valid).count();
    }

    public long openQuestionFailures() {
        return cases.stream().filter(c -> !c.openQuestionsOk()).count();
    }

    /** The report as lines of fixed-width text, for the build log. */
    public List<String> format() {
        List<String> lines = new ArrayList<>();
        lines.add("Draft evaluation: " + cases.size() + " cases, model " + model);
        lines.add(String.format(Locale.ROOT, "%-32s %-5s %6s %9s %6s %6s %6s", "case", "valid", "rounds",
                "open-qs", "P", "R", "F1"));
        for (CaseResult c : cases) {
            FieldScore o = c.overall();
            String questions = c.openQuestions() + (c.expectOpenQuestions() ? (c.openQuestionsOk() ? " ok" : " MISS")
                    : "");
            lines.add(String.format(Locale.ROOT, "%-32s %-5s %6d %9s %6.2f %6.2f %6.2f%s", c.name(),
                    c.valid() ? "yes" : "no", c.rounds(), questions, o.precision(), o.recall(), o.f1(),
                    c.error() == null ? "" : "  (" + c.error() + ")"));
        }
        lines.add(String.format(Locale.ROOT, "%-32s %9s %11s %6s %6s %6s", "field", "matched", "drafted/exp", "P",
                "R", "F1"));
        perField().forEach((field, s) -> lines.add(String.format(Locale.ROOT, "%-32s %9d %11s %6.2f %6.2f %6.2f",
                field.label(), s.matched(), s.predicted() + "/" + s.expected(), s.precision(), s.recall(), s.f1())));
        FieldScore all = overall();
        lines.add(String.format(Locale.ROOT, "%-32s %9d %11s %6.2f %6.2f %6.2f", "OVERALL", all.matched(),
                all.predicted() + "/" + all.expected(), all.precision(), all.recall(), all.f1()));
        lines.add("Valid drafts: " + validDrafts() + "/" + cases.size() + "; ambiguous cases without open questions: "
                + openQuestionFailures());
        return lines;
    }
}
