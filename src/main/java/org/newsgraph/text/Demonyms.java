package org.newsgraph.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words for the people of a place ("Kiwi", "Scot", "Briton", "Frenchwoman"), from the demonym list
 * of CoreNLP's coreference models (in the models jar already) and {@code text/demonyms.txt}. News
 * calls a person by one ("the Kiwi said"), and the tagger reads it as a name; it is a description of
 * someone named before.
 */
public final class Demonyms {
    private static final String LIST = "/edu/stanford/nlp/models/dcoref/demonyms.txt";
    /** singular nouns that list lacks ("Scot", "Englishman") */
    private static final String MORE = "/text/demonyms.txt";
    private static volatile Set<String> words;

    private Demonyms() {}

    /** Whether the word (any case) is a demonym: an adjective or noun of a place's people, not the place. */
    public static boolean is(String word) {
        return word != null && words().contains(word.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> words() {
        Set<String> w = words;
        if (w != null) return w;
        Set<String> out = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (String[] row : WordLists.rows(LIST)) {
            if (row.length == 0) continue;
            places.add(row[0].toLowerCase(Locale.ROOT));
            for (int i = 1; i < row.length; i++) if (!row[i].isEmpty()) out.add(row[i].toLowerCase(Locale.ROOT));
        }
        // "New Zealand" is both the place and its adjective: a place's own name is no demonym
        out.removeAll(places);
        out.addAll(WordLists.lowerSet(MORE));
        words = w = Set.copyOf(out);
        return w;
    }
}
