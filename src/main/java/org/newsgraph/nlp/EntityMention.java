package org.newsgraph.nlp;

/**
 * A named-entity mention as the NER tagger found it.
 *
 * @param sentence   sentence index
 * @param tokenBegin first token index (inclusive) within the sentence
 * @param tokenEnd   last token index (exclusive)
 * @param type       NER label: PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY, TITLE, DATE, ...
 * @param normalized normalised value (dates), or null
 */
public record EntityMention(int sentence, int begin, int end, int tokenBegin, int tokenEnd, String text, String type,
                            String normalized) {}
