package org.newsgraph.eval;

import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

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

    /** tp, fp, fn, precision, recall, f1 as a JSON object; undefined figures are null. */
    public JsonObject toJson() {
        JsonObject x = new JsonObject();
        x.put("tp", tp);
        x.put("fp", fp);
        x.put("fn", fn);
        x.put("precision", jsonNum(precision()));
        x.put("recall", jsonNum(recall()));
        x.put("f1", jsonNum(f1()));
        return x;
    }

    /** Three decimals for tables; "-" when undefined. */
    public static String num(double d) { return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d); }

    /** Four decimals, written as a plain JSON number; NaN (undefined) as null. */
    private static JsonValue jsonNum(double d) {
        if (Double.isNaN(d)) return JsonNull.instance;
        return JsonNumber.value(BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros());
    }
}
