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
 */
record SpeechCue(int sentence, int cueToken, String cue, int speakerHead, Span content, String statedTo,
                 LocalDate statedOn) {}
