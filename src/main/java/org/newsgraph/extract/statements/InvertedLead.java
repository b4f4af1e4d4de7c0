package org.newsgraph.extract.statements;

import org.newsgraph.extract.Span;
import org.newsgraph.nlp.AttributionVerbs;

import java.util.Locale;

/**
 * "Said Ellis: “…”", "Added the spokeswoman, “…”": a sentence that opens with the verb of saying,
 * then the speaker, then a colon or comma and the quotation. The tagger reads the capitalised verb
 * as the first word of a name ("Said Ellis"), so the parse holds no cue; the words do.
 */
final class InvertedLead {
    /** words the speaker's phrase may take between the verb and the colon ("the party's chief whip") */
    private static final int MAX_SPEAKER_WORDS = 8;

    private InvertedLead() {}

    /** The cue read from the words before the quotation's opening mark, or null when they are not laid out so. */
    static SpeechCue cue(SentenceTree t, Span marks, Cues cues) {
        int open = t.tokenAtOffset(marks.begin());
        if (open < 3) return null;
        int verb = 0;
        while (verb < open && t.isPunct(verb)) verb++;
        String word = t.word(verb);
        if (!Character.isUpperCase(word.codePointAt(0))) return null;
        String lemma = AttributionVerbs.lemmaOf(word.toLowerCase(Locale.ROOT));
        if (lemma == null || !cues.isSpeechVerb(lemma)) return null;
        int stop = open - 1;
        if (!t.word(stop).equals(":") && !t.word(stop).equals(",")) return null;
        if (stop - verb - 1 < 1 || stop - verb - 1 > MAX_SPEAKER_WORDS) return null;
        // the speaker's head: its last noun ("Ellis", "the spokeswoman")
        int head = stop - 1;
        // "Replied Stephen, with some delicacy, “…”": an adverbial aside after the speaker is not his
        for (int k = verb + 1; k < stop; k++) {
            if (!t.word(k).equals(",")) continue;
            String next = t.token(k + 1).pos();
            if (next.equals("IN") || next.equals("RB") || next.equals("VBG")) head = k - 1;
            break;
        }
        if (!t.token(head).isNoun()) return null;
        for (int k = verb + 1; k < stop; k++) if (t.token(k).isVerb() || t.isPunct(k) && !t.word(k).equals(",")) return null;
        return new SpeechCue(t.sentence.index(), verb, lemma, head, null, null, null);
    }
}
