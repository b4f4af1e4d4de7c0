package org.newsgraph.link;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds surface forms of a name so that spellings of the same name compare equal: case, accents,
 * punctuation, a leading "the", spaced initials ("J. D." = "JD", "U.S." = "US"); for people also
 * the transliteration endings (Zelensky / Zelenskyy / Zelenskiy).
 */
final class NameFold {
    private NameFold() {}

    static String fold(String name) {
        if (name == null) return "";
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[’'`.]", " ").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        // Spaced initials become one token: "j d vance" -> "jd vance", "u s" -> "us".
        s = joinInitials(s);
        s = s.replaceFirst("^the ", "");
        return s;
    }

    /** {@link #fold} plus the word-final transliteration endings of personal names read as one. */
    static String foldPerson(String name) {
        return fold(name).replaceAll("(?<=[a-z]{3})(iy|yy|ii|yi|i|y)\\b", "y");
    }

    static String fold(String name, String kind) {
        return "person".equals(kind) ? foldPerson(name) : fold(name);
    }

    /** Number of words in a folded name. */
    static int words(String folded) {
        return folded.isEmpty() ? 0 : folded.split(" ").length;
    }

    private static String joinInitials(String s) {
        String[] w = s.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            boolean initial = w[i].length() == 1 && Character.isLetter(w[i].charAt(0));
            boolean prevInitial = i > 0 && w[i - 1].length() == 1 && Character.isLetter(w[i - 1].charAt(0));
            if (i > 0 && !(initial && prevInitial)) out.append(' ');
            out.append(w[i]);
        }
        return out.toString();
    }
}
