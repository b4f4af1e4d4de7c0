package org.newsgraph.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one place where names are folded for comparison. Two strengths, both documented here so
 * that every stage agrees on them:
 * <ul>
 *   <li>{@link #person}: the identity key of a personal name (used for person IRIs and grouping):
 *       accents stripped, case folded, possessive 's dropped, dots and apostrophes dropped
 *       ("J.D." = "JD"), hyphens read as word breaks, and the word-final transliteration endings
 *       -iy/-yy/-ii/-ij/-yi/-i/-y read as one (Zelensky = Zelenskyy = Zelenskiy).</li>
 *   <li>{@link #surface}: a name as written, for matching a mention against a list or a
 *       gazetteer: accents, case and punctuation folded, a leading "the" dropped, spaced
 *       initials joined ("J. D. Vance" = "JD Vance", "U.S." = "US").</li>
 * </ul>
 * {@link #formalGivenName} reads a given name's short form as its formal one ("Joe" as "Joseph",
 * from {@code given-name-forms.txt}), for deciding whether two full names can be one person's.
 */
public final class NameFolding {
    private NameFolding() {}

    /** Name particles after which a capital stays inside one word ("McConnell", "DeVos", "VandeHei", "FitzGerald"). */
    private static final java.util.regex.Pattern PARTICLE_END =
            java.util.regex.Pattern.compile("(?i)(mc|mac|de|du|la|le|di|da|van|von|der|fitz|o'|d')$");

    /**
     * Whether the capital at index {@code capital} of a word follows a name particle, so that it
     * does not mark two words run together ("VandeHei" is one name, "BurrJeb" is two).
     */
    public static boolean capitalAfterParticle(String word, int capital) {
        return PARTICLE_END.matcher(word.substring(0, capital)).find();
    }

    /**
     * Where words run together without a space ("BurrJeb"): the index of a capital letter that
     * follows three or more lower-case letters of the same word, not after a name particle
     * ("VandeHei"), or -1. Shorter runs are names of their own shape ("JoAnne", "LeAnn").
     */
    public static int runTogetherAt(String surface) {
        int lowerRun = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLowerCase(c)) lowerRun++;
            else if (Character.isUpperCase(c) && lowerRun >= 3 && !capitalAfterParticle(surface, i)) return i;
            else lowerRun = 0;
        }
        return -1;
    }

    /** Short forms of given names to their formal name ("joe" to "joseph"), folded. */
    private static final java.util.Map<String, String> GIVEN_NAME_FORMS = givenNameForms();

    private static java.util.Map<String, String> givenNameForms() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String line : WordLists.lines("/text/given-name-forms.txt")) {
            String[] forms = line.toLowerCase(Locale.ROOT).split("\\s+");
            for (String f : forms) out.put(f, forms[0]);
        }
        return java.util.Map.copyOf(out);
    }

    /**
     * The formal form of a folded given name ("joe" and "joseph" are "joseph"), for telling whether two
     * full names can be one person's; the name itself when it has no listed short form.
     */
    public static String formalGivenName(String folded) {
        return GIVEN_NAME_FORMS.getOrDefault(folded, folded);
    }

    /** Identity key of a personal name (see class comment). */
    public static String person(String name) {
        String s = stripAccents(name).toLowerCase(Locale.ROOT);
        s = s.replaceAll("['’`]s\\b", "");
        s = s.replaceAll("[’'`.]", "").replaceAll("[-‐‑–]", " ").replaceAll("\\s+", " ").trim();
        return transliterationEndings(s);
    }

    /** A name as written, folded for list and gazetteer look-ups (see class comment). */
    public static String surface(String name) {
        if (name == null) return "";
        String s = stripAccents(name).toLowerCase(Locale.ROOT);
        s = s.replaceAll("[’'`.]", " ").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        s = joinInitials(s);
        return s.replaceFirst("^the ", "");
    }

    /** {@link #surface} plus the transliteration endings of personal names. */
    public static String surfacePerson(String name) {
        return transliterationEndings(surface(name));
    }

    /** {@link #surfacePerson} for people, {@link #surface} for everything else. */
    public static String surface(String name, boolean person) {
        return person ? surfacePerson(name) : surface(name);
    }

    /** Number of words in a folded name. */
    public static int words(String folded) {
        return folded.isEmpty() ? 0 : folded.split(" ").length;
    }

    /** Accents and other combining marks removed (NFD). */
    public static String stripAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String transliterationEndings(String folded) {
        return folded.replaceAll("(?<=[a-z]{3})(iy|yy|ii|ij|yi|i|y)\\b", "y");
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
