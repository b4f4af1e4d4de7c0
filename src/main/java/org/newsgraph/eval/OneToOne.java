package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy best-first one-to-one matching of system items to gold items, with optional gold items
 * neutral: system items are first matched to required gold items (each match a TP); what is left
 * is then matched to optional gold items, and such a match is neither TP nor FP.
 */
final class OneToOne {
    /** Score of a (gold, system) pair; negative for "does not match". */
    interface PairScore { double score(int gold, int system); }

    final int[] goldOf;       // per system item: matched required gold index, or -1
    final boolean[] neutral;  // per system item: matched only an optional gold item
    final boolean[] goldHit;  // per gold item: matched by some system item
    final Counts counts;

    OneToOne(int goldCount, boolean[] optional, int systemCount, PairScore score) {
        goldOf = new int[systemCount];
        Arrays.fill(goldOf, -1);
        neutral = new boolean[systemCount];
        goldHit = new boolean[goldCount];
        boolean[] sysUsed = new boolean[systemCount];
        int tp = assign(goldCount, optional, false, systemCount, score, sysUsed);
        assign(goldCount, optional, true, systemCount, score, sysUsed);
        int fp = 0, fn = 0;
        for (int s = 0; s < systemCount; s++) if (!sysUsed[s]) fp++;
        for (int g = 0; g < goldCount; g++) if (!optional[g] && !goldHit[g]) fn++;
        counts = new Counts(tp, fp, fn);
    }

    /** One greedy pass over the required (or, second, the optional) gold items; returns the matches made. */
    private int assign(int goldCount, boolean[] optional, boolean optionalPass, int systemCount, PairScore score,
                       boolean[] sysUsed) {
        record Pair(int g, int s, double score) {}
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < goldCount; g++) {
            if (optional[g] != optionalPass) continue;
            for (int s = 0; s < systemCount; s++) {
                if (sysUsed[s]) continue;
                double sc = score.score(g, s);
                if (sc >= 0) pairs.add(new Pair(g, s, sc));
            }
        }
        // best score first; ties in document order, so the result does not depend on sort stability
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.score()).thenComparingInt(Pair::g).thenComparingInt(Pair::s));
        int n = 0;
        for (Pair p : pairs) {
            if (goldHit[p.g()] || sysUsed[p.s()]) continue;
            goldHit[p.g()] = true;
            sysUsed[p.s()] = true;
            if (optionalPass) neutral[p.s()] = true; else goldOf[p.s()] = p.g();
            n++;
        }
        return n;
    }
}
