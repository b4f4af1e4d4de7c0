package org.newsgraph.eval;

/**
 * True positives, false positives and false negatives of one metric. Precision (recall) is NaN
 * when there was nothing to be precise (to recall) about; F1 is NaN when both are.
 */
public record Counts(int tp, int fp, int fn) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) { return new Counts(tp + o.tp, fp + o.fp, fn + o.fn); }

    public double precision() { return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp); }

    public double recall() { return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn); }

    public double f1() {
        if (tp + fp + fn == 0) return Double.NaN;
        return 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
