package org.newsgraph.nlp;

import org.newsgraph.text.WordLists;

import java.util.Set;

/**
 * Past and present forms of the verbs that attribute a quotation ("said", "says", "added", …;
 * {@code nlp/attribution-verbs.txt}), in lower case: the sentence splitter's repair reads them after
 * a quotation, agent extraction where "Said Ellis:" opens a sentence.
 */
public final class AttributionVerbs {
    private static final Set<String> FORMS = Set.copyOf(WordLists.lines("/nlp/attribution-verbs.txt"));

    private AttributionVerbs() {}

    /** Whether the word, exactly as given, is one of the forms. */
    public static boolean isForm(String word) { return FORMS.contains(word); }
}
