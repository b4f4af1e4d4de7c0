package org.newsgraph.extract.statements;

import org.newsgraph.extract.Span;

import java.util.Set;

/**
 * The commonest layout of news attribution read from the words when the parser lost it:
 * {@code “…,” the statement obtained by the Sacramento Bee said.} A quotation that ends in a comma,
 * question or exclamation mark, then a short phrase naming the speaker, then a finite verb of saying
 * close to the end of the sentence. Used only where no parsed cue follows the quotation. With no
 * verb of saying there, the verb in that place tells how the words were said ({@link MannerOfSaying}).
 */
final class QuoteThenSpeaker {
    /** words the speaker's phrase may take between the closing mark and the verb */
    private static final int MAX_SPEAKER_WORDS = 12;
    /** words after the verb before the sentence ends ("on Tuesday", "in a statement to reporters") */
    private static final int MAX_WORDS_AFTER = 8;
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private QuoteThenSpeaker() {}

    /** The cue read from the layout, or null when the sentence is not laid out so. */
    static SpeechCue cue(SentenceTree t, Span marks, String text, Cues cues) {
        if (!endsAsAttributed(marks, text)) return null;
        int first = t.tokenAtOffset(marks.end());
        if (first < 0) return null;
        int verb = -1;
        // "“…,” but he denied that …": a clause joined on is no attribution of the quotation
        int lead = first;
        while (lead < t.size() && t.isPunct(lead)) lead++;
        if (lead < t.size() && t.token(lead).pos().equals("CC")) return null;
        int manner = -1;
        for (int k = first, words = 0; k < t.size() && words <= MAX_SPEAKER_WORDS; k++, words++) {
            String pos = t.token(k).pos();
            if (pos.equals("``") || pos.equals("''") || pos.equals(":") || t.word(k).equals(";")) break;
            // "“…,” Ms. Haley, seated next to Mr. Trump in the Oval Office, told reporters": an aside
            // set off by commas after the name, closed right before a verb of saying, is not counted
            int aside = asideBeforeVerb(t, k, cues);
            if (aside > 0) { k = aside - 1; continue; }
            if (verbTaggedNoun(t, k, lead, cues)) pos = "VBZ";
            if (FINITE.contains(pos) && cues.isSpeechVerb(t.lemma(k))) { verb = k; break; }
            // the tagger reads a verb right after the quotation as a participle ("…,” implored Barry Lim)
            if (manner < 0 && (FINITE.contains(pos) || k == lead && pos.equals("VBN"))) manner = k;
        }
        if (verb < 0 && manner >= 0) return MannerOfSaying.cue(t, marks, text, cues, lead, manner);
        if (verb <= first) return null;
        if (!closesSentence(t, verb)) return null;
        int head = -1;
        for (int k = first; k < verb && head < 0; k++) {
            if (t.token(k).isNoun() || t.token(k).pos().equals("PRP")) head = k;
        }
        if (head < 0) return null;
        // "lead researcher and NASA planetary scientist Ana Ruiz said": titles before a name are hers
        if (titlesBeforeName(t, head, verb)) head = verb - 1;
        // a name runs on to its last word ("Ana Ruiz")
        while (head + 1 < verb && t.token(head).isProperNoun() && t.token(head + 1).isProperNoun()) head++;
        return new SpeechCue(t.sentence.index(), verb, t.lemma(verb), head, null, null, null);
    }

    /**
     * Whether the attribution's last word {@code last} ends its sentence but for a few words ("on
     * Tuesday", "in a statement") or a phrase set off by a comma ("“…,” Alito interjected, homing in on
     * …"): otherwise the verb is part of a longer clause of its own.
     */
    static boolean closesSentence(SentenceTree t, int last) {
        if (last + 1 < t.size() && t.word(last + 1).equals(",")) return true;
        int after = 0;
        for (int k = last + 1; k < t.size(); k++) if (!t.isPunct(k)) after++;
        return after <= MAX_WORDS_AFTER;
    }

    /**
     * Whether a person's name ends right before the verb and the words from {@code head} to it are only
     * titles and descriptions (no preposition, clause or punctuation: "the statement obtained by Ana Ruiz
     * said" is the statement's).
     */
    private static boolean titlesBeforeName(SentenceTree t, int head, int verb) {
        if (head >= verb - 1 || !t.token(verb - 1).isProperNoun() || !"PERSON".equals(t.token(verb - 1).ner())) return false;
        for (int k = head; k < verb - 1; k++) {
            String pos = t.token(k).pos();
            if (pos.equals("IN") || pos.equals("TO") || pos.startsWith("W") || pos.equals("POS") || pos.equals("VBN")
                    || pos.equals("VBD") || pos.equals("VBG") || t.isPunct(k)) return false;
        }
        return true;
    }

    /** words an aside after the speaker's name may take ("seated next to Mr. Trump in the Oval Office") */
    private static final int MAX_ASIDE_WORDS = 15;

    /**
     * When the comma at {@code k} follows a name and opens an aside closed by a comma right before a
     * finite verb of saying, the verb's index; else -1.
     */
    private static int asideBeforeVerb(SentenceTree t, int k, Cues cues) {
        if (!t.word(k).equals(",") || k == 0 || !"PERSON".equals(t.token(k - 1).ner())) return -1;
        for (int j = k + 1; j < t.size() - 1 && j <= k + MAX_ASIDE_WORDS; j++) {
            String pos = t.token(j).pos();
            if (pos.equals("``") || pos.equals("''") || pos.equals(":")) return -1;
            if (!t.word(j).equals(",")) continue;
            int v = j + 1;
            return FINITE.contains(t.token(v).pos()) && cues.isSpeechVerb(t.lemma(v)) ? v : -1;
        }
        return -1;
    }

    /**
     * "“…,” Jones beams." and "“…,” Chazelle claims, “…”": the tagger reads a present-tense verb right
     * after the speaker's name as a plural noun of a compound, but a bare noun phrase closing the
     * attribution is no reading of it. A lower-case plural after a person's name or a role, followed
     * by the sentence's end or a comma.
     */
    private static boolean verbTaggedNoun(SentenceTree t, int k, int lead, Cues cues) {
        if (k <= lead || k + 1 >= t.size() || !t.token(k).pos().equals("NNS")) return false;
        if (!Character.isLowerCase(t.word(k).charAt(0))) return false;
        String next = t.word(k + 1);
        if (!next.equals(",") && !(next.equals(".") && k + 2 >= t.size())) return false;
        return "PERSON".equals(t.token(k - 1).ner()) || t.token(k - 1).isNoun() && cues.isSourceNoun(t.lemma(k - 1).toLowerCase());
    }

    /** The quotation's last character before its closing mark is a comma, question or exclamation mark. */
    private static boolean endsAsAttributed(Span marks, String text) {
        return ",?!".indexOf(QuoteFinder.lastInside(marks, text)) >= 0;
    }
}
