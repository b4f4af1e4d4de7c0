package org.newsgraph.nlp;

import java.util.Set;

/**
 * A token with character offsets into the article's cleaned text.
 *
 * @param index          0-based index within its sentence
 * @param ner            CoreNLP NER label (PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, DATE, TITLE, ..., "O")
 * @param normalizedNer  normalised value for temporal/numeric entities (e.g. "2025-03-05", "XXXX-WXX-3"), or null
 */
public record Token(int index, int begin, int end, String word, String pos, String lemma, String ner, String normalizedNer) {
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");

    /** Whether a CoreNLP NER label names a place (LOCATION and its finer kinds). */
    public static boolean isPlaceType(String ner) { return PLACE_TYPES.contains(ner); }

    public boolean isPlace() { return isPlaceType(ner); }
    public boolean isNoun() { return pos.startsWith("NN"); }
    public boolean isProperNoun() { return pos.startsWith("NNP"); }
    public boolean isVerb() { return pos.startsWith("VB"); }
}
