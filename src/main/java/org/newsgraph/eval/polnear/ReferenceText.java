package org.newsgraph.eval.polnear;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text comparisons of the project's reference PolNeAR scorer, reproduced exactly so the figures
 * agree: texts are folded (NFKD, combining marks dropped, lower case) and split into runs of
 * {@code [a-z0-9]}; "we'll" is two tokens here, unlike {@code eval.TokenMatch}.
 */
public final class ReferenceText {
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

    private ReferenceText() {}

    public static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        String f = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        Matcher m = TOKEN.matcher(f);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Share of {@code part}'s tokens (with repeats) that occur anywhere in {@code whole}; 0 when part has none. */
    public static double coverage(String part, String whole) {
        List<String> tp = tokens(part);
        if (tp.isEmpty()) return 0;
        Set<String> tw = new HashSet<>(tokens(whole));
        int n = 0;
        for (String t : tp) if (tw.contains(t)) n++;
        return (double) n / tp.size();
    }

    /** Either text covers the other: the content match score. */
    public static double mutualCoverage(String a, String b) {
        return Math.max(coverage(a, b), coverage(b, a));
    }

    /**
     * The reference speaker agreement: equal token lists, or surnames within a small edit distance
     * (2 when both are longer than 5 letters, else 0) and the shorter name a one-word surname, a
     * suffix of the longer, or sharing its first initial.
     */
    public static boolean sameSpeaker(String gold, String name) {
        if (name == null || name.isEmpty()) return false;
        List<String> g = tokens(gold), s = tokens(name);
        if (g.isEmpty() || s.isEmpty()) return false;
        if (g.equals(s)) return true;
        String gl = g.get(g.size() - 1), sl = s.get(s.size() - 1);
        if (edit(gl, sl) <= (Math.min(gl.length(), sl.length()) > 5 ? 2 : 0)) {
            List<String> shorter = g.size() <= s.size() ? g : s;
            List<String> longer = g.size() <= s.size() ? s : g;
            return shorter.size() == 1
                    || shorter.subList(0, shorter.size() - 1).equals(longer.subList(longer.size() - shorter.size(), longer.size() - 1))
                    || shorter.get(0).charAt(0) == longer.get(0).charAt(0);
        }
        return false;
    }

    static int edit(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
