package org.newsgraph.text;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a common noun names a thing rather than a being ("results", "events", "data" against
 * "doctors", "fans"), from the animacy lists of CoreNLP's coreference models (in the models jar
 * already). A word in both lists, or in neither, is not taken for a thing.
 */
public final class Animacy {
    private static final String DIR = "/edu/stanford/nlp/models/dcoref/";
    private static volatile Set<String> things;
    private static volatile Set<String> beings;

    private Animacy() {}

    /** Whether the noun (a word or its lemma, any case) names only things. */
    public static boolean isThing(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        return things().contains(w) && !beings().contains(w);
    }

    private static Set<String> things() {
        Set<String> s = things;
        if (s == null) things = s = WordLists.lowerSet(DIR + "inanimate.unigrams.txt");
        return s;
    }

    private static Set<String> beings() {
        Set<String> s = beings;
        if (s == null) beings = s = WordLists.lowerSet(DIR + "animate.unigrams.txt");
        return s;
    }
}
