package org.newsgraph.extract.statements;

import org.newsgraph.extract.Span;

/**
 * A cue inside a relative clause: "The arsonist, who police say set fire to six warehouses, agreed
 * to a plea deal", "Lindqvist, who prosecutors said had stolen $2 million, pleaded guilty". Crime
 * and court news attributes what the relative clause tells this way; the rest of the sentence is
 * the writer's. The parser rarely gets the layout right (it takes the cue for an auxiliary or gives
 * it the clause as a loose dependent), so the layout is read from the words: a relative pronoun, a
 * short noun phrase (the speaker), the verb of saying, and a verb right after it.
 */
final class RelativeClauseCue {
    /** Longest speaker phrase between the pronoun and the cue ("the county's chief prosecutor"). */
    private static final int MAX_SPEAKER_WORDS = 5;

    /** The speaker phrase's head and the reported clause. */
    record Found(int speaker, Span content) {}

    private RelativeClauseCue() {}

    /** The speaker and content of speech verb v when it is a cue inside a relative clause, or null. */
    static Found of(SentenceTree t, int v) {
        if (v + 1 >= t.size() || !(t.token(v + 1).pos().startsWith("VB") || t.token(v + 1).pos().equals("MD"))) return null;
        int pronoun = -1;
        for (int k = v - 1; k >= 0 && k >= v - 1 - MAX_SPEAKER_WORDS; k--) {
            String pos = t.token(k).pos();
            if (pos.equals("WP") || pos.equals("WDT")) { pronoun = k; break; }
            if (!t.isNounPhraseWord(k)) return null;
        }
        int speaker = v - 1;
        if (pronoun < 0 || speaker == pronoun || !t.token(speaker).isNoun()) return null;
        // the verb of the relative clause: the one the word after the cue belongs to, below the cue
        int clause = v + 1;
        // ("what the senators said was economic gerrymandering": an auxiliary or copula leads to its predicate)
        while (t.head(clause) > v && (t.token(t.head(clause)).isVerb() || t.rel(clause).startsWith("aux")
                || t.rel(clause).equals("cop"))) clause = t.head(clause);
        int antecedent = pronoun > 0 && t.word(pronoun - 1).equals(",") ? pronoun - 2 : pronoun - 1;
        if (antecedent < 0 || t.dominates(clause, antecedent)) return null;   // the parse lost the clause's bounds
        int end = t.subtreeMax(clause);
        for (int k = v + 1; k < end; k++) {
            // ", pleaded guilty on Friday": the sentence's own verb the parser hung inside the clause
            if (t.word(k).equals(",") && t.token(k + 1).isVerb() && !t.rel(k + 1).equals("conj")) { end = k - 1; break; }
        }
        Span content = ContentSpan.span(t, ContentSpan.range(v + 1, end), false);
        return content == null ? null : new Found(speaker, content);
    }

    /**
     * Whether the cue's subject is a relative pronoun: "The show, which told the story of a poor man, ran
     * until 1971" describes its noun; no cue closes or interrupts the sentence there.
     */
    static boolean describesNoun(SentenceTree t, int subject) {
        return subject >= 0 && t.token(subject).pos().startsWith("W");
    }

    /**
     * "“…,” said Beck, who said there were “too many …”": the parser hung the clause the relative cue
     * reports on the main cue, after the relative cue; it is the relative cue's content, or null.
     */
    static Span clauseOnMainCue(SentenceTree t, int v, Cues cues) {
        if (!t.rel(v).equals("acl:relcl")) return null;
        int antecedent = t.head(v), h = antecedent < 0 ? -1 : t.head(antecedent);
        if (h < 0) return null;
        // the parser may even make the antecedent the subject of that clause
        if (h > v && t.rel(h).equals("ccomp") && t.head(h) >= 0 && t.head(h) < antecedent && cues.isSpeechCue(t, t.head(h)))
            return afterCue(t, v, h);
        if (h > antecedent || !cues.isSpeechCue(t, h)) return null;
        for (int c : t.children(h)) if (c > v && t.rel(c).equals("ccomp") && t.subtreeMin(c) > v) return afterCue(t, v, c);
        return null;
    }

    private static Span afterCue(SentenceTree t, int v, int clause) {
        return ContentSpan.span(t, ContentSpan.range(v + 1, t.subtreeMax(clause)), true);
    }
}
