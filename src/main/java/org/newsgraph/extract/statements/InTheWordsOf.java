package org.newsgraph.extract.statements;

import org.newsgraph.extract.Span;

/**
 * "In Dr. Shadlen's words, “…”", "In his words, “…”", "In the words of one aide, “…”": a sentence
 * that opens by naming whose words follow, then a comma and the quotation. No verb of saying; the
 * possessor of "words", or the phrase after "of", is the speaker.
 */
final class InTheWordsOf {
    private InTheWordsOf() {}

    /** The cue read from the phrase before the quotation's opening mark, or null when the sentence does not open so. */
    static SpeechCue cue(SentenceTree t, Span marks) {
        int open = t.tokenAtOffset(marks.begin());
        if (open < 3 || !t.word(open - 1).equals(",")) return null;
        int first = ReportedContent.afterDateline(t);
        if (!t.word(first).equalsIgnoreCase("in")) return null;
        // "In Dr. Shadlen's words,"
        int words = open - 2;
        if (t.word(words).equalsIgnoreCase("words")) {
            int whose = t.child(words, "nmod:poss");
            return whose < 0 ? null : new SpeechCue(t.sentence.index(), words, "words", whose, null, null, null);
        }
        // "In the words of one aide,": the last noun before the comma heads the "of" phrase
        if (first + 3 < words && t.word(first + 1).equalsIgnoreCase("the") && t.word(first + 2).equalsIgnoreCase("words")
                && t.word(first + 3).equalsIgnoreCase("of") && t.token(open - 2).isNoun()) {
            for (int k = first + 4; k < open - 1; k++) if (t.isPunct(k) || t.token(k).isVerb()) return null;
            return new SpeechCue(t.sentence.index(), first + 2, "words", open - 2, null, null, null);
        }
        return null;
    }
}
