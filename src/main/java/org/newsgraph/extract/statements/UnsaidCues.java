package org.newsgraph.extract.statements;

import java.util.Set;

/**
 * A verb of saying that reports nothing said: negated ("did not say"), not yet said ("is yet to
 * confirm"), turned by a verb before it ("declined to comment", "wants them to reveal"), withholding a thing ("was denied
 * his chance") or a participle describing the noun before it ("Nemeth, recalled in place of Job, …").
 */
final class UnsaidCues {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "neither", "nor");

    private final Cues cues;

    UnsaidCues(Cues cues) { this.cues = cues; }

    /** Whether speech verb v says nothing here. */
    boolean saysNothing(SentenceTree t, int v) {
        for (int c : t.children(v)) {
            String r = t.rel(c);
            if ((r.equals("advmod") || r.equals("neg") || r.equals("cc:preconj")) && NEGATORS.contains(t.lemma(c))) return true;
            // "whether the county would ask the court to intervene": an open question, nothing said
            if (r.equals("mark") && t.lemma(c).equalsIgnoreCase("whether")) return true;
        }
        if (withholds(t, v) || describesNounBefore(t, v)) return true;
        int h = t.head(v);
        if (h >= 0 && yetTo(t, v, h)) return true;
        if (h < 0 || !t.rel(v).equals("xcomp")) return false;
        // "Apple wants the reporters to reveal …": what the subject wants someone to say is not said
        // (of the speech verb itself: "will allow the dollar to weaken despite saying they favour …" reports)
        return cues.negatingVerbs.contains(t.lemma(h))
                || cues.wishingVerbs.contains(t.lemma(h)) && t.child(h, "obj") >= 0 && cues.isSpeechVerb(t.lemma(v));
    }

    /**
     * "was denied his chance by the keeper", "denied him bail": with a recipient (a passive subject
     * beside an object, or an indirect object) the verb withholds something; nothing is said.
     */
    private boolean withholds(SentenceTree t, int v) {
        if (!cues.withholdingVerbs.contains(t.lemma(v).toLowerCase())) return false;
        int obj = t.child(v, "obj");
        if (obj < v || !t.token(obj).isNoun()) return false;
        return t.child(v, "aux:pass") >= 0 || t.child(v, "nsubj:pass") >= 0 || t.child(v, "iobj") >= 0;
    }

    /**
     * "Nemeth, recalled in place of Job, was denied …": a participle set off right after the noun it
     * describes, followed by the noun's own predicate; the parser may make the noun its subject, but a
     * speech verb does not stand apart from its subject by a bare comma (an inverted speaker, "The pier,
     * said Lopez, would …", comes after the verb).
     */
    private static boolean describesNounBefore(SentenceTree t, int v) {
        int s = CueSubjects.activeSubject(t, v);
        if (s < 0 || s > v || v < 2 || !t.word(v - 1).equals(",") || t.subtreeMax(s) != v - 2 || v + 1 >= t.size()) return false;
        String next = t.token(v + 1).pos();
        if (!(next.equals("IN") || next.equals("TO") || next.equals("RB"))) return false;
        for (int c : t.children(v)) {
            if (c > v && t.token(c).isVerb() && t.child(c, "nsubj") < 0 && t.child(c, "nsubj:pass") < 0 && t.afterComma(t.subtreeMin(c))) return true;
        }
        return false;
    }

    /** "The BBC is yet to confirm …", "has yet to say whether …": what has not been said yet. */
    private static boolean yetTo(SentenceTree t, int v, int h) {
        int mark = t.child(v, "mark");
        if (mark < 0 || !t.lemma(mark).equals("to")) return false;
        if (!t.lemma(h).equals("be") && !t.lemma(h).equals("have")) return false;
        for (int x : new int[] {v, h})
            for (int c : t.children(x)) if (t.rel(c).equals("advmod") && t.lemma(c).equalsIgnoreCase("yet") && c < v) return true;
        return false;
    }
}
