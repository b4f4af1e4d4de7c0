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

    /** Tokens in sentences cut by the length cap ({@link Sentence#cut()}): text that is not prose. */
    public int cutTokenCount() {
        int n = 0;
        for (Sentence s : sentences) if (s.cut()) n += s.tokens().size();
        return n;
    }

    /**
     * This document without the sentences cut by the length cap, the rest re-numbered (offsets into
     * the text are unchanged); the same document when nothing was cut.
     */
    public Document withoutCutSentences() {
        if (sentences.stream().noneMatch(Sentence::cut)) return this;
        java.util.Map<Integer, Integer> renumber = new java.util.HashMap<>();
        List<Sentence> kept = new java.util.ArrayList<>();
        for (Sentence s : sentences) {
            if (s.cut()) continue;
            renumber.put(s.index(), kept.size());
            kept.add(new Sentence(kept.size(), s.begin(), s.end(), s.tokens(), s.dependencies(), false));
        }
        List<EntityMention> keptMentions = new java.util.ArrayList<>();
        for (EntityMention m : mentions) {
            Integer si = renumber.get(m.sentence());
            if (si != null) keptMentions.add(new EntityMention(si, m.begin(), m.end(), m.tokenBegin(), m.tokenEnd(),
                    m.text(), m.type(), m.normalized()));
        }
        return new Document(text, referenceDate, kept, keptMentions);
    }
}
