package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence: its character span in the cleaned text, tokens and dependency edges.
 *
 * @param cut true when this is a piece of a run of text too long to be a sentence (no sentence ends
 *            for more than {@link NlpPipeline#MAX_SENTENCE_TOKENS} tokens), cut to that length
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies, boolean cut) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {
        this(index, begin, end, tokens, dependencies, false);
    }

    public String text(String documentText) { return documentText.substring(begin, end); }

    /** Edges whose governor is the given token. */
    public List<Dependency> children(int tokenIndex) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.governor() == tokenIndex) out.add(d);
        return out;
    }

    /** The edge whose dependent is the given token (its head), or null. */
    public Dependency head(int tokenIndex) {
        for (Dependency d : dependencies) if (d.dependent() == tokenIndex) return d;
        return null;
    }

    /** Index of the first token starting at or after {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) if (t.end() > offset) return t.index();
        return -1;
    }
}
