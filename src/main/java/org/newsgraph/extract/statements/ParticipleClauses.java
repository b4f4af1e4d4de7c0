package org.newsgraph.extract.statements;

/**
 * Which clause a participle of saying after a comma goes on from ("Sanders said, going on to say
 * …", "Clinton mocked the complaint, saying …"): English participial adjuncts share the subject of
 * the main clause before them, however the parser attached them.
 */
final class ParticipleClauses {
    private ParticipleClauses() {}

    /**
     * The verb of the clause that a participle right after its comma continues ("Sanders said, going
     * on to say …", "Clinton had mocked the complaint, saying …"): the first finite verb with an
     * active subject above the word before the comma, or -1. English participial adjuncts share that
     * subject; a bare infinitive on the way ("her support for helping Olsen replace her, saying …")
     * is no clause of its own.
     */
    static int clauseBeforeParticiple(SentenceTree t, int p) {
        if (p < 2 || !t.token(p).pos().equals("VBG") || !t.afterComma(p)) return -1;
        // the clause the parser hung it from, when that is a clause with a subject ("Olsen veered close to
        // an admission, saying" hung on "veered")
        int h = t.head(p);
        if (h >= 0 && h < p && t.isFinite(h) && CueSubjects.activeSubject(t, h) >= 0 && !CueSubjects.quotedBefore(t, h, p)) return outOfSubordinate(t, aboveNounClause(t, h));
        for (int k = p - 2, steps = 0; k >= 0 && steps < 8; k = t.head(k), steps++) {
            // the root is the main clause even where the tagger took its past tense for a participle
            // ("Cooper, the attorney general, called Friday for …": VBN)
            boolean clause = t.isFinite(k) || t.head(k) < 0 && t.token(k).pos().equals("VBN");
            if (k < p && clause && CueSubjects.activeSubject(t, k) >= 0) return outOfSubordinate(t, aboveNounClause(t, k));
        }
        return -1;
    }

    /**
     * A participle after the comma that ends a sentence goes on from its main clause, not from a
     * relative or adverbial clause inside it ("Trump was defensive about an architect who said he was
     * stiffed after he designed a clubhouse, saying …": Trump speaks). Climbs from such a clause to the
     * nearest clause above with a subject of its own (a copular one too: "was defensive"); k itself
     * when there is none.
     */
    static int outOfSubordinate(SentenceTree t, int k) {
        for (int steps = 0; steps < 4 && subordinate(t, k); steps++) {
            int above = -1;
            for (int g = t.head(k), up = 0; g >= 0 && up < 10; g = t.head(g), up++) {
                boolean clause = t.isFinite(g) || t.child(g, "cop") >= 0 || t.head(g) < 0 && t.token(g).isVerb();
                if (clause && CueSubjects.activeSubject(t, g) >= 0) { above = g; break; }
            }
            if (above < 0) return k;
            k = above;
        }
        return k;
    }

    /** A relative clause, or an adverbial clause opened by a subordinator ("after he designed …"). */
    private static boolean subordinate(SentenceTree t, int k) {
        return relativeClause(t, k) || t.rel(k).equals("advcl") && t.child(k, "mark") >= 0;
    }

    /** A relative clause: so labelled, or with a relative pronoun for its subject ("who said", however hung). */
    static boolean relativeClause(SentenceTree t, int k) {
        if (t.rel(k).equals("acl:relcl")) return true;
        int subject = CueSubjects.activeSubject(t, k);
        return subject >= 0 && (t.token(subject).pos().equals("WP") || t.token(subject).pos().equals("WDT"));
    }

    /**
     * A clause that a noun holds ("an admission that workers had dumped waste", "the idea that the
     * changes amounted to a shake-up") is no clause of the sentence's own: what is joined to it goes
     * on from the nearest verb with a subject above that noun. Returns that verb, or k itself.
     */
    static int aboveNounClause(SentenceTree t, int k) {
        int n = t.head(k);
        if (n < 0 || !(t.rel(k).equals("ccomp") || t.rel(k).equals("acl")) || !t.token(n).isNoun() || t.token(n).isProperNoun()) return k;
        for (int g = t.head(n), steps = 0; g >= 0 && steps < 4; g = t.head(g), steps++) {
            if (t.token(g).isVerb() && CueSubjects.activeSubject(t, g) >= 0) return g;
        }
        return k;
    }
}
