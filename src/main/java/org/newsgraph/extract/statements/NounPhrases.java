package org.newsgraph.extract.statements;

import org.newsgraph.extract.agents.AgentLexicon;
import org.newsgraph.text.Demonyms;

import java.util.Locale;

/** What a noun phrase of a parsed sentence is: definite, a role by age, a run of proper nouns, its preposition. */
final class NounPhrases {
    private NounPhrases() {}

    /** A singular common noun, also where the tagger took it for a name after one ("the Vermont/NNP senator/NNP"). */
    static boolean commonNoun(SentenceTree t, int h) {
        String pos = t.token(h).pos();
        return pos.equals("NN") || pos.equals("NNP") && Character.isLowerCase(t.word(h).codePointAt(0));
    }

    /** "the 74-year-old": a person described by age, which news writing uses like a role noun. */
    static boolean ageDescription(SentenceTree t, int h) {
        if (!t.lemma(h).equalsIgnoreCase("old") && !t.word(h).toLowerCase(Locale.ROOT).endsWith("-old")) return false;
        for (int k = t.subtreeMin(h); k < h; k++) if (t.lemma(k).equalsIgnoreCase("year")) return true;
        return t.word(h).toLowerCase(Locale.ROOT).contains("year");
    }

    /**
     * "the coach", "the Heart coach": a noun phrase that refers back to someone or something known; so
     * does "our correspondent", a news outlet's own reporter named before; not "the head of a firm".
     */
    static boolean isDefinite(SentenceTree t, int h) {
        if (hasDeterminer(t, h, "the") || t.lemma(t.subtreeMin(h)).equals("the")) return !ofSomeOne(t, h);
        int poss = t.child(h, "nmod:poss");
        return poss >= 0 && t.word(poss).equalsIgnoreCase("our");
    }

    /**
     * "the chief executive of a leading European car maker": a role in something indefinite introduces
     * someone new, who refers back to no one.
     */
    private static boolean ofSomeOne(SentenceTree t, int h) {
        for (int c : t.children(h)) {
            if (c < h || !t.relIs(c, "nmod") || !(caseIs(t, c, "of") || caseIs(t, c, "at") || caseIs(t, c, "for"))) continue;
            if (hasDeterminer(t, c, "a") || hasDeterminer(t, c, "an")) return true;
        }
        return false;
    }

    /** "an Iowa Republican", "another Democrat", "one Nevada Democrat": someone not named yet. */
    static boolean isIndefinite(SentenceTree t, int h) {
        if (hasDeterminer(t, h, "a") || hasDeterminer(t, h, "another")) return true;
        int n = t.child(h, "nummod");
        return n >= 0 && t.word(n).equalsIgnoreCase("one");
    }

    private static boolean hasDeterminer(SentenceTree t, int h, String det) {
        for (int c : t.children(h)) if (t.rel(c).equals("det") && t.lemma(c).equals(det)) return true;
        return false;
    }

    /** The last token of the run of capitalised proper nouns starting at i. */
    static int properRunEnd(SentenceTree t, int i) {
        while (i + 1 < t.size() && t.token(i + 1).isProperNoun() && Character.isUpperCase(t.word(i + 1).codePointAt(0))) i++;
        return i;
    }

    static boolean caseIs(SentenceTree t, int n, String prep) {
        for (int c : t.children(n)) if (t.rel(c).equals("case") && t.lemma(c).equals(prep)) return true;
        return false;
    }

    /**
     * "the Kiwi", "the Scot": a singular demonym right after an article, with no name of its own ("the
     * Germans" are a group); "the Bishop", "the Governor": a capitalised title alone after an article,
     * which the tagger may mark as a person, is a description too.
     */
    static boolean epithet(SentenceTree t, int h) {
        String pos = t.token(h).pos();
        // (a title in lower case, "the spokesman", "the host", is a source noun, resolved as such)
        boolean title = pos.equals("NNP") && Character.isUpperCase(t.word(h).codePointAt(0)) && AgentLexicon.standard().isTitle(t.word(h));
        boolean word = Demonyms.is(t.word(h)) || title;
        return h > 0 && t.token(h - 1).pos().equals("DT") && (pos.equals("NNP") || pos.equals("NN")) && word
                && t.child(h, "compound") < 0;
    }

    /**
     * "Retail Decisions said", "according to Exhibitor Relations": a capitalised plural after a proper
     * noun, neither of which the tagger knows a category of, is a firm's name; "Senate Republicans" (a
     * group the tagger marks MISC), "Labour MPs" (members of an organisation it knows) and a phrase at
     * the start of a sentence, where every word is capitalised, are not.
     */
    static boolean pluralName(SentenceTree t, int h) {
        String pos = t.token(h).pos();
        if (h < 2 || !pos.equals("NNS") && !pos.equals("NNPS")) return false;
        String w = t.word(h);
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(1))) return false;
        return "O".equals(t.token(h).ner()) && "O".equals(t.token(h - 1).ner()) && t.token(h - 1).isProperNoun()
                && t.relIs(h - 1, "compound");
    }

    /** No "of" between the two tokens: "the producer Quincy Jones" names the producer, "the daughter of Malcolm X" does not. */
    static boolean noOfBetween(SentenceTree t, int from, int to) {
        for (int k = from + 1; k < to; k++) if (t.lemma(k).equals("of")) return false;
        return true;
    }
}
