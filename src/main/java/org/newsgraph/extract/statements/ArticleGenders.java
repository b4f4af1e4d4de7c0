package org.newsgraph.extract.statements;

import org.newsgraph.extract.Speaker;
import org.newsgraph.text.NameGender;
import org.newsgraph.text.NameGender.Gender;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gender the article itself gives its people: once "he" or "she" has stood for a person, that
 * pronoun tells what the first-name list ({@link NameGender}) cannot: that a surname alone ("Braun")
 * is "he", or that this Taylor (listed as a man's name) may be "she". A person the article calls
 * both is told by the name again. Keyed by surname, as articles go on to use it alone.
 */
final class ArticleGenders {
    private final Map<String, Gender> heard = new HashMap<>();

    /** Records that {@code pronoun} ("he", "she") stood for person {@code p}. */
    void heard(String pronoun, Speaker p) {
        if (p == null || p.isAnonymous() || p.kind() != Speaker.Kind.PERSON || p.name() == null) return;
        Gender g = pronoun.equals("he") ? Gender.MALE : pronoun.equals("she") ? Gender.FEMALE : null;
        if (g != null) heard.merge(key(p.name()), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
    }

    /**
     * The person's gender: as the article's pronouns and the name agree on it, or as either shows it
     * alone; where they differ, unknown (one pronoun misread must not outweigh a clear first name, nor
     * the list a name of either sex).
     */
    Gender of(String name) {
        Gender listed = NameGender.of(name);
        Gender g = name == null ? null : heard.get(key(name));
        if (g == null || g == Gender.UNKNOWN) return listed;
        return listed == Gender.UNKNOWN || listed == g ? g : Gender.UNKNOWN;
    }

    /** Whether a pronoun lemma ("he", "she", anything else) can stand for a person of that name. */
    boolean agrees(String pronoun, String name) {
        if (pronoun.equals("he")) return of(name) != Gender.FEMALE;
        if (pronoun.equals("she")) return of(name) != Gender.MALE;
        return true;
    }

    private static String key(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }
}
