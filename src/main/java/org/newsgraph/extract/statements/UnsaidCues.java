package org.newsgraph.extract.statements;

import org.newsgraph.text.Animacy;

import java.util.Set;

/**
 * A verb of saying that reports nothing said: negated ("did not say", "no group claimed"), not yet said
 * ("is yet to confirm"), only seemed ("as if to say"), turned by a verb before it ("declined to comment",
 * "wants them to reveal"), withholding a thing ("was denied his chance"), a participle describing the noun
 * before it ("Nemeth, recalled in place of Job, …") or done by a thing ("the events could signal …").
 */
final class UnsaidCues {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "neither", "nor");

    private final Cues cues;

    UnsaidCues(Cues cues) { this.cues = cues; }

    /** Whether speech verb v says nothing here. */
    boolean saysNothing(SentenceTree t, int v) {
        for (int c : t.children(v)) {
            // "“It just doesn't,” said Jeff Miller": a negation of the quotation the parser hung on the cue negates nothing said
            if (c < v && CueSubjects.quotedBefore(t, c, v)) continue;
            String r = t.rel(c);
            if ((r.equals("advmod") || r.equals("neg") || r.equals("cc:preconj")) && NEGATORS.contains(t.lemma(c))) return true;
            // "whether the county would ask the court to intervene": an open question, nothing said
            if (r.equals("mark") && t.lemma(c).equalsIgnoreCase("whether")) return true;
        }
        if (withholds(t, v) || describesNounBefore(t, v) || nobodySpeaks(t, v) || asIf(t, v) || thingSuggests(t, v)) return true;
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
     * beside an object, or an indirect object) the verb withholds something; nothing is said. So it
     * does when what it withholds was asked for ("the court denied his appeal").
     */
    private boolean withholds(SentenceTree t, int v) {
        if (!cues.withholdingVerbs.contains(t.lemma(v).toLowerCase())) return false;
        int obj = t.child(v, "obj");
        if (obj < v || !t.token(obj).isNoun()) return false;
        if (cues.refusedRequests.contains(t.lemma(obj).toLowerCase())) return true;      // "denied his appeal"
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

    /** "no group claimed responsibility", "nobody has said": a subject that denies anyone spoke. */
    private static boolean nobodySpeaks(SentenceTree t, int v) {
        int s = CueSubjects.activeSubject(t, v);
        // (only a subject right before the verb: in "“…, none of us will,” said Jones" or "No TV debate, says
        // Blair" the parser took words of what was said for it)
        if (s < 0 || s > v) return false;
        for (int k = t.subtreeMax(s) + 1; k < v; k++) if (t.isPunct(k)) return false;
        String w = t.word(s).toLowerCase();
        if (w.equals("nobody") || w.equals("none")) return true;
        int det = t.child(s, "det");
        return det >= 0 && det < s && t.word(det).equalsIgnoreCase("no");
    }

    /**
     * "The move suggests …", "the events could signal …": a verb a thing may do as well as a speaker,
     * with a thing for its subject (not a document, statement, institution or a thing that carries
     * information, such as a poll or records, which speak in news).
     */
    private boolean thingSuggests(SentenceTree t, int v) {
        if (!cues.evidenceVerbs.contains(t.lemma(v).toLowerCase())) return false;
        int s = CueSubjects.activeSubject(t, v);
        // ("a catchall term that describes …": the relative pronoun stands for the noun the clause describes)
        if (s >= 0 && t.token(s).pos().equals("WDT") && t.rel(v).equals("acl:relcl") && t.head(v) < s) s = t.head(v);
        if (s < 0 || s > v || !(t.token(s).pos().equals("NN") || t.token(s).pos().equals("NNS")) || CueSubjects.isNamed(t, s)) return false;
        String lemma = t.lemma(s).toLowerCase();
        if (cues.reportNouns.contains(lemma) || cues.statementNouns.contains(lemma) || cues.isInstitutionNoun(lemma)
                || cues.evidenceNouns.contains(lemma)
                || cues.isSourceNoun(lemma)) return false;
        return Animacy.isThing(t.word(s)) && Animacy.isThing(lemma);
    }

    /** "a flicker across his face, as if to say “…”": what someone seems to say, not what they said. */
    private static boolean asIf(SentenceTree t, int v) {
        int k = v - 1;
        if (k >= 0 && t.word(k).equalsIgnoreCase("to")) k--;
        return k >= 1 && (t.word(k).equalsIgnoreCase("if") || t.word(k).equalsIgnoreCase("though"))
                && t.word(k - 1).equalsIgnoreCase("as");
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
