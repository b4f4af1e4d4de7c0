package org.newsgraph.extract.statements;

import org.newsgraph.extract.Span;
import org.newsgraph.nlp.Token;

import java.util.Set;

/**
 * "“Do you care about the river?”, implored campaigner Barry Lim." and "“That was a disaster,” a
 * crestfallen Mr Lim confided in the presenter.": in the layout of attribution, a quotation closed by
 * a comma, question or exclamation mark and then a short clause of a person and a verb, the verb
 * tells how the words were said even when no list of verbs of saying holds it. Only for a person
 * (a name, a personal pronoun, a role such as "spokeswoman"), a quotation of several words, and a
 * verb that is no verb of thinking or being ({@code not-saying-verbs.txt}).
 */
final class MannerOfSaying {
    /** words a quotation needs to be an utterance rather than a name or a title */
    private static final int MIN_QUOTE_WORDS = 4;
    /** words of the speaker's phrase before the verb ("a crestfallen Mr Lim") */
    private static final int MAX_SUBJECT_WORDS = 6;
    /** pronouns that stand for a person speaking ("it" reads or shows, it does not say) */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "i", "we");

    private MannerOfSaying() {}

    /** The cue at {@code verb}, the first verb after the quotation, or null when the layout does not hold. */
    static SpeechCue cue(SentenceTree t, Span marks, String text, Cues cues, int lead, int verb) {
        if (marks.end() - marks.begin() < 2) return null;
        String quoted = text.substring(marks.begin() + 1, marks.end() - 1).strip();
        if (quoted.split("\\s+").length < MIN_QUOTE_WORDS) return null;
        // "“…,” when Clinton blasted him": a subordinate clause after the quotation is no attribution
        // (a clause joined with "and"/"but" the caller has turned away already)
        String leadPos = t.token(lead).pos();
        if (leadPos.equals("IN") || leadPos.startsWith("W") || leadPos.equals("TO")) return null;
        String lemma = t.lemma(verb).toLowerCase();
        if (cues.notSayingVerbs.contains(lemma) || cues.negatingVerbs.contains(lemma)) return null;
        int speaker = verb == lead ? speakerAfter(t, verb, cues) : speakerBefore(t, lead, verb, cues);
        if (speaker < 0) return null;
        if (!QuoteThenSpeaker.closesSentence(t, Math.max(verb, speaker))) return null;
        return new SpeechCue(t.sentence.index(), verb, lemma, speaker, null, null, null);
    }

    /** "…, a crestfallen Mr Lim confided": the phrase's person, its name run to the last word; or -1. */
    private static int speakerBefore(SentenceTree t, int from, int verb, Cues cues) {
        int words = 0;
        for (int k = from; k < verb; k++) if (!t.isPunct(k)) words++;
        if (words == 0 || words > MAX_SUBJECT_WORDS) return -1;
        for (int k = from; k < verb; k++) {
            int p = person(t, k, verb, cues);
            if (p >= 0) return p;
        }
        return -1;
    }

    /** "…, implored campaigner Barry Lim.": the person named after the verb, up to the sentence's end. */
    private static int speakerAfter(SentenceTree t, int verb, Cues cues) {
        int last = -1;
        for (int k = verb + 1; k < t.size() && k <= verb + MAX_SUBJECT_WORDS + 1; k++) {
            if (t.word(k).equals(",") || t.isPunct(k) && k == t.size() - 1) break;
            int p = person(t, k, t.size(), cues);
            if (p >= 0) last = p;
            if (p >= 0 && "PERSON".equals(t.token(p).ner())) return p;
        }
        return last;
    }

    /** The person whose phrase starts at k (a name's last word, a pronoun, a role noun), or -1. */
    private static int person(SentenceTree t, int k, int end, Cues cues) {
        Token tok = t.token(k);
        if ("PERSON".equals(tok.ner()) || tok.isProperNoun() && k + 1 < end && "PERSON".equals(t.token(k + 1).ner())) {
            int last = k;
            while (last + 1 < end && t.token(last + 1).isProperNoun()) last++;
            return last;
        }
        if (tok.pos().equals("PRP") && SUBJECT_PRONOUNS.contains(tok.word().toLowerCase())) return k;
        // a role, also capitalised as a title after an article ("the President-elect fumed")
        boolean title = tok.isProperNoun() && k > 0 && t.token(k - 1).pos().equals("DT");
        if (tok.isNoun() && (!tok.isProperNoun() || title) && cues.isSourceNoun(t.lemma(k).toLowerCase())) {
            // "President-elect", split at its hyphen, is headed by "elect"
            return k + 2 < end && t.word(k + 1).equals("-") && t.word(k + 2).equalsIgnoreCase("elect") ? k + 2 : k;
        }
        return -1;
    }
}
