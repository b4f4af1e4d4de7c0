package org.newsgraph.nlp;

import org.newsgraph.text.WordLists;

import java.util.HashMap;
import java.util.Map;

/**
 * Past and present forms of the verbs that attribute a quotation ("said", "says", "added", …;
 * {@code nlp/attribution-verbs.txt}), in lower case, each with its lemma: the sentence splitter's
 * repair reads them after a quotation, agent extraction and attribution where "Said Ellis:" opens
 * a sentence (the tagger then reads "Said" as part of a name, so gives no lemma of its own).
 */
public final class AttributionVerbs {
    private static final Map<String, String> LEMMAS = lemmas();

    private AttributionVerbs() {}

    /** Whether the word, exactly as given, is one of the forms. */
    public static boolean isForm(String word) { return LEMMAS.containsKey(word); }

    /** The lemma of a form ("said" → "say"), or null when the word is none of the forms. */
    public static String lemmaOf(String word) { return LEMMAS.get(word); }

    private static Map<String, String> lemmas() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : WordLists.rows("/nlp/attribution-verbs.txt")) out.put(row[0], row.length > 1 ? row[1] : row[0]);
        return Map.copyOf(out);
    }
}
