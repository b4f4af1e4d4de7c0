package org.newsgraph.extract.statements;

import java.util.Locale;
import java.util.Set;

/**
 * Speakers named in a phrase set off by commas before a cue the parser gave no subject: the name
 * opening the sentence before a clause about it, and the name before where the person works.
 */
final class SetOffNames {
    private SetOffNames() {}

    /**
     * "Mr. Slinker, whose start-up uses big data, said …", "The Lord Chief Justice, Lord Woolf, who is
     * the most senior judge …, said": the parser, lost in the clause set off after a name that opens
     * the sentence (after its description, set off in turn), gave the verb after the closing comma no
     * subject; the name speaks.
     */
    static int openingName(SentenceTree t, int v) {
        if (v < 4 || !t.word(v - 1).equals(",")) return -1;
        int k = nameFrom(t, 0, v);
        if (k >= 0) return k;
        // a description first: "The Lord Chief Justice, Lord Woolf, …"
        int c = 1;
        while (c < v && c <= 8 && t.isNounPhraseWord(c - 1) && !t.word(c).equals(",")) c++;
        return c < v && c <= 8 && t.word(c).equals(",") ? nameFrom(t, c + 1, v) : -1;
    }

    /** The last token of a name (after its titles) starting at k and closed by a comma before the verb v's comma, or -1. */
    private static int nameFrom(SentenceTree t, int k, int v) {
        while (k < v && t.token(k).isProperNoun() && !CueSubjects.isNamed(t, k)) k++;   // a title: "Mr.", "Sen."
        if (k >= v || !CueSubjects.isNamed(t, k)) return -1;
        while (k + 1 < v && CueSubjects.isNamed(t, k + 1) && t.token(k + 1).ner().equals(t.token(k).ner())) k++;
        return t.word(k + 1).equals(",") && k + 1 < v - 1 ? k : -1;
    }

    /** Prepositions that open where a person named before the cue works or comes from. */
    private static final Set<String> AFFILIATIONS = Set.of("from", "of", "at", "with");

    /**
     * "…, Toshi Horiuchi, from the Hitachi Research Laboratory, said: “…”": a person's name set off
     * before a phrase saying where they work, set off in turn right before a cue that has no subject,
     * speaks; -1 when that does not apply.
     */
    static int nameBeforeAffiliation(SentenceTree t, int v) {
        if (v < 5 || !t.word(v - 1).equals(",")) return -1;
        int c = v - 2;
        while (c > 0 && v - c <= 12 && !t.word(c).equals(",")) c--;
        if (c < 1 || c + 1 >= v - 2 || !AFFILIATIONS.contains(t.word(c + 1).toLowerCase(Locale.ROOT))) return -1;
        for (int k = c + 2; k < v - 1; k++) if (!t.isNounPhraseWord(k)) return -1;
        return CueSubjects.isPerson(t, c - 1) ? c - 1 : -1;
    }

    /** words a description may take between a name's comma and the verb when its closing comma is missing */
    private static final int MAX_DESCRIPTION_WORDS = 15;

    /**
     * "Eric Durr, Director of Public Affairs at New York State Division of Military and Naval Affairs told
     * Mashable …": a person's description whose closing comma the writer left out, a word of which the
     * parser took for the verb's subject. The name before the description's comma speaks; -1 when that does
     * not apply (a description opening with an article or pronoun, a name a preposition governs).
     */
    static int nameBeforeUnclosedDescription(SentenceTree t, int v) {
        int c = v - 1;
        for (; c > 0 && v - c <= MAX_DESCRIPTION_WORDS && !t.word(c).equals(","); c--) {
            String pos = t.token(c).pos();
            if (!t.isNounPhraseWord(c) && !pos.equals("IN") && !pos.equals("CC")) return -1;
        }
        if (c < 1 || c + 1 >= v || !t.word(c).equals(",") || !CueSubjects.isPerson(t, c - 1)) return -1;
        if (t.token(c + 1).pos().equals("DT") || t.token(c + 1).pos().startsWith("PRP")) return -1;
        int first = c - 1;
        while (first > 0 && CueSubjects.isPerson(t, first - 1)) first--;
        // (not "According to Ana Ruiz, company lawyers said")
        return first == 0 || t.word(first - 1).equals(",") ? c - 1 : -1;
    }
}
