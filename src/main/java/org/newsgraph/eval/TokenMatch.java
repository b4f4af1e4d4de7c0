package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word comparisons of the gold README: texts are folded (case, quote-mark style, apostrophe
 * style, white space) and compared as bags of word tokens; punctuation is not a token, so a quote
 * extracted with or without its trailing comma compares equal.
 */
public final class TokenMatch {
    private TokenMatch() {}

    /** Word tokens of a text after folding; apostrophes inside words are kept ("we'll"). */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        String s = text.toLowerCase(Locale.ROOT)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032\u00B4`]", "'")   // apostrophe / single-quote styles
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]", "\"");
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '\'') {
                cur.append(c);
            } else if (cur.length() > 0) {
                add(out, cur);
            }
        }
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        // a single quote at a word edge is a quotation mark, not an apostrophe
        String t = cur.toString().replaceAll("^'+|'+$", "");
        if (!t.isEmpty()) out.add(t);
        cur.setLength(0);
    }

    /** Token F1 of two texts (bag of words); 0 when either is empty. */
    public static double f1(String a, String b) {
        List<String> ta = tokens(a), tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) return 0;
        int common = overlap(ta, tb);
        if (common == 0) return 0;
        double p = (double) common / ta.size(), r = (double) common / tb.size();
        return 2 * p * r / (p + r);
    }

    /** Share of {@code part}'s tokens (bag) that also occur in {@code whole}; 0 when part is empty. */
    public static double containment(String part, String whole) {
        List<String> tp = tokens(part), tw = tokens(whole);
        if (tp.isEmpty() || tw.isEmpty()) return 0;
        return (double) overlap(tp, tw) / tp.size();
    }

    static int overlap(List<String> a, List<String> b) {
        Map<String, Integer> bag = new HashMap<>();
        for (String t : b) bag.merge(t, 1, Integer::sum);
        int n = 0;
        for (String t : a) {
            Integer c = bag.get(t);
            if (c != null && c > 0) { n++; bag.put(t, c - 1); }
        }
        return n;
    }

    /** A canonical name folded for comparison: case, accents, apostrophe style and white space. */
    public static String foldName(String name) {
        if (name == null) return "";
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[\u2018\u2019`]", "'").replaceAll("\\s+", " ").trim();
    }

    public static final String ANONYMOUS = "ANONYMOUS";

    static boolean isAnonymous(String speaker) { return speaker != null && speaker.trim().equalsIgnoreCase(ANONYMOUS); }

    /**
     * Speaker agreement: equal canonical names after folding case and accents, or both anonymous.
     * A system item with no speaker agrees with nobody.
     */
    public static boolean speakerAgrees(String goldSpeaker, String systemSpeaker, boolean systemAnonymous) {
        boolean goldAnon = isAnonymous(goldSpeaker);
        boolean sysAnon = systemAnonymous || isAnonymous(systemSpeaker);
        if (goldAnon || sysAnon) return goldAnon && sysAnon;
        if (systemSpeaker == null || systemSpeaker.isBlank()) return false;
        return foldName(goldSpeaker).equals(foldName(systemSpeaker));
    }
}
