package org.newsgraph.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * The linguistic annotation of one article's cleaned text: our own small model, so that
 * extractors never see CoreNLP types and can be tested on hand-made documents.
 *
 * @param referenceDate the article's publication date used to normalise relative dates, or null
 */
public record Document(String text, LocalDate referenceDate, List<Sentence> sentences, List<EntityMention> mentions) {
    public Document {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    /** The sentence containing the character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) if (offset >= s.begin() && offset < s.end()) return s;
        return null;
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) n += s.tokens().size();
        return n;
    }

    public List<EntityMention> mentionsIn(int sentenceIndex) {
        return mentions.stream().filter(m -> m.sentence() == sentenceIndex).toList();
    }
}
