package io.dvmaven.draft.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * When an evaluation fails: overall F1 below a minimum, any single case below its minimum, any field below its
 * minimum, an ambiguous case without open questions, or any case that got worse than in a stored baseline report.
 * An invalid or missing draft scores 0 for its case, so it fails every positive minimum.
 *
 * @param minF1      overall minimum (0: off)
 * @param minCaseF1  minimum of every case (0: off)
 * @param minFieldF1 minimum per field over all cases, by field label
 * @param baseline   case name to F1 of a stored report, or empty
 */
public record EvalGate(double minF1, double minCaseF1, Map<String, Double> minFieldF1, Map<String, Double> baseline) {

    /** Scores within this distance count as equal (rounding in the stored report). */
    private static final double TOLERANCE = 0.0005;

    /** Every reason to fail, one line each; empty when the evaluation passes. */
    public List<String> failures(EvalReport report) {
        List<String> failures = new ArrayList<>();
        double overall = report.overall().f1();
        if (minF1 > 0 && overall < minF1) {
            failures.add(String.format(Locale.ROOT, "overall F1 %.2f is below minF1 %.2f", overall, minF1));
        }
        if (minF1 > 0 && report.openQuestionFailures() > 0) {
            failures.add(report.openQuestionFailures() + " ambiguous case(s) got no open questions");
        }
        for (CaseResult c : report.cases()) {
            double f1 = c.overall().f1();
            if (minCaseF1 > 0 && f1 < minCaseF1) {
                failures.add(String.format(Locale.ROOT, "case %s: F1 %.2f is below minCaseF1 %.2f%s", c.name(), f1,
                        minCaseF1, c.error() == null ? "" : " (" + c.error() + ")"));
            }
            Double before = baseline.get(c.name());
            if (before != null && f1 < before - TOLERANCE) {
                failures.add(String.format(Locale.ROOT, "case %s: F1 %.2f is worse than the baseline %.2f%s",
                        c.name(), f1, before, c.error() == null ? "" : " (" + c.error() + ")"));
            }
        }
        for (String name : baseline.keySet()) {
            if (report.cases().stream().noneMatch(c -> c.name().equals(name))) {
                failures.add("case " + name + " of the baseline is missing from this run");
            }
        }
        report.perField().forEach((field, score) -> {
            Double min = minFieldF1.get(field.label());
            if (min != null && score.f1() < min) {
                failures.add(String.format(Locale.ROOT, "field %s: F1 %.2f is below its minimum %.2f", field.label(),
                        score.f1(), min));
            }
        });
        return failures;
    }

    /** Parses {@code sources=0.9,key_fields=1}; throws with the accepted labels on an unknown field. */
    public static Map<String, Double> parseFieldMinimums(String text) {
        Map<String, Double> minimums = new java.util.TreeMap<>();
        if (text == null || text.isBlank()) {
            return minimums;
        }
        List<String> labels = java.util.Arrays.stream(SpecScorer.Field.values()).map(SpecScorer.Field::label)
                .toList();
        for (String pair : text.split(",")) {
            String[] parts = pair.split("=", 2);
            String label = parts[0].strip();
            if (parts.length != 2 || !labels.contains(label)) {
                throw new IllegalArgumentException("'" + pair.strip() + "' is not field=minimum with a field of "
                        + String.join(", ", labels));
            }
            try {
                minimums.put(label, Double.parseDouble(parts[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + pair.strip() + "': " + parts[1].strip()
                        + " is not a number between 0 and 1");
            }
        }
        return minimums;
    }
}
