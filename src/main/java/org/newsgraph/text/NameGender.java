package org.newsgraph.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The grammatical gender a person's name shows, for "he" and "she" to agree with their speaker:
 * from an honorific ("Mr.", "Mrs.", "Ms."), a noun of family written before the name ("his
 * daughter Ivanka Trump": {@code text/kin-nouns.txt}) or the first name, looked up in the first-name list of
 * CoreNLP's coreference models (in the models jar already). A name it cannot tell is compatible
 * with either pronoun: agreement only rules out, it never picks.
 */
public final class NameGender {
    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final String FIRST_NAMES = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static volatile Map<String, Gender> firstNames;

    /** nouns of family written before a name ("his daughter Ivanka Trump") and the gender they show */
    private static final Map<String, Gender> KIN = kinNouns();

    private NameGender() {}

    /** Whether a word (lower case) is a noun of family that shows a gender ("daughter", "husband"). */
    public static boolean isKinNoun(String word) { return KIN.containsKey(word); }

    public static Gender of(String name) {
        if (name == null || name.isBlank()) return Gender.UNKNOWN;
        String first = name.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        switch (first) {
            case "mr.", "mr", "sir", "lord" -> { return Gender.MALE; }
            case "mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady" -> { return Gender.FEMALE; }
            default -> { }
        }
        Gender kin = KIN.get(first);
        if (kin != null) return kin;
        if (name.strip().split("\\s+").length < 2) return Gender.UNKNOWN;     // a surname alone says nothing
        return firstNames().getOrDefault(first, Gender.UNKNOWN);
    }

    /** he, him, his, himself, she, her, hers, herself: the pronouns that stand for one person only. */
    private static final Set<String> PERSONAL_PRONOUNS =
            Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");

    /** Whether a word (any case) is a pronoun that stands for one person, never an organisation or a group. */
    public static boolean isPersonalPronoun(String word) {
        return PERSONAL_PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a pronoun lemma ("he", "she", anything else) can stand for a person of that name. */
    public static boolean agrees(String pronoun, String name) {
        if (pronoun.equals("he")) return of(name) != Gender.FEMALE;
        if (pronoun.equals("she")) return of(name) != Gender.MALE;
        return true;      // "they", a role: no lookup
    }

    /** Whether two names can be one person: false only when both show a gender and they differ. */
    public static boolean compatible(String a, String b) {
        Gender x = of(a), y = of(b);
        return x == Gender.UNKNOWN || y == Gender.UNKNOWN || x == y;
    }

    private static Map<String, Gender> kinNouns() {
        Map<String, Gender> out = new HashMap<>();
        for (String[] row : WordLists.rows("/text/kin-nouns.txt")) out.put(row[0], Gender.valueOf(row[1]));
        return Map.copyOf(out);
    }

    private static Map<String, Gender> firstNames() {
        Map<String, Gender> m = firstNames;
        if (m != null) return m;
        Map<String, Gender> out = new HashMap<>();
        for (String[] row : WordLists.rows(FIRST_NAMES)) {
            if (row.length < 2) continue;
            Gender g = row[1].equals("MALE") ? Gender.MALE : row[1].equals("FEMALE") ? Gender.FEMALE : Gender.UNKNOWN;
            // a name listed with both genders tells nothing
            out.merge(row[0].toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
        }
        firstNames = m = Map.copyOf(out);
        return m;
    }
}
