package io.dvmaven.draft.eval;

/**
 * Counts for one field: items in the draft, items in the golden spec, and items in both.
 *
 * @param matched   in both
 * @param predicted in the draft
 * @param expected  in the golden spec
 */
public record FieldScore(int matched, int predicted, int expected) {

    public static final FieldScore EMPTY = new FieldScore(0, 0, 0);

    public FieldScore plus(FieldScore other) {
        return new FieldScore(matched + other.matched, predicted + other.predicted, expected + other.expected);
    }

    /** Share of drafted items that are right; 1 when nothing was drafted and nothing was expected. */
    public double precision() {
        return predicted == 0 ? (expected == 0 ? 1.0 : 0.0) : (double) matched / predicted;
    }

    /** Share of expected items that were drafted; 1 when nothing was expected. */
    public double recall() {
        return expected == 0 ? 1.0 : (double) matched / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
