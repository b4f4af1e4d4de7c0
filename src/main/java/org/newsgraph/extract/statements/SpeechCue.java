package org.newsgraph.extract.statements;

import org.newsgraph.extract.Span;

import java.time.LocalDate;

/**
 * A speech cue found in one sentence: the reporting word, who its subject is and what it reports.
 *
 * @param sentence    sentence index
 * @param cueToken    token of the reporting verb (or of "according", or of the statement noun)
 * @param cue         lemma or phrase ("say", "according to", "statement")
 * @param speakerHead head token of the phrase naming the speaker, or -1
 * @param content     the reported content (clause or object), or null when the cue has none
 * @param statedTo    addressee as written, or null
 * @param statedOn    full date the sentence gives for the utterance, or null
 * @param aside       the cue's own words set off by commas inside the content ("A, he said, B"), or null
 */
record SpeechCue(int sentence, int cueToken, String cue, int speakerHead, Span content, String statedTo,
                 LocalDate statedOn, Span aside) {

    SpeechCue(int sentence, int cueToken, String cue, int speakerHead, Span content, String statedTo, LocalDate statedOn) {
        this(sentence, cueToken, cue, speakerHead, content, statedTo, statedOn, null);
    }

    /** The reported words as written, without the aside that interrupts them. */
    String contentText(String text) {
        if (aside == null || !content.contains(aside)) return content.of(text);
        return text.substring(content.begin(), aside.begin()).stripTrailing() + " " + text.substring(aside.end(), content.end()).stripLeading();
    }
}
