package org.newsgraph.extract;

import java.time.LocalDate;

/**
 * One thing a speaker is reported to have said, as one article gives it.
 *
 * @param kind      DIRECT_QUOTE, PARTIAL_QUOTE or REPORTED_SPEECH
 * @param text      the words: for quotes, the text between the marks without the marks and without
 *                  a trailing comma/full stop inside them; for reported speech, the reported content
 * @param span      where {@code text} sits in the cleaned text
 * @param speaker   who said it, or null for a quotation that reproduces someone's words when the
 *                  text does not say (or the extractor cannot resolve) whose
 * @param cue       reporting verb lemma or phrase ("say", "tell", "according to"), or null for a
 *                  follow-on quote with no cue of its own
 * @param statedTo  addressee as written ("Fox News", "reporters"), or null
 * @param statedOn  date the text gives for the utterance, or null
 * @param evidence  the sentence(s) that carry the statement and its attribution
 * @param parent    index (in the article's statement list) of the statement this one is nested in, or -1
 */
public record Statement(Kind kind, String text, Span span, Speaker speaker, String cue, String statedTo,
                        LocalDate statedOn, Span evidence, int parent) {
    public enum Kind { DIRECT_QUOTE, PARTIAL_QUOTE, REPORTED_SPEECH }
}
