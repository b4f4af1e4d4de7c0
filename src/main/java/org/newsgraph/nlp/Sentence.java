package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    private static final Set<String> DASHES = Set.of("—", "–", "―", "--", "-", "---");

    /**
     * The index of the dash that ends an opening dateline ("WASHINGTON —", "NEW YORK (Reuters) -",
     * "TOLEDO, Ohio, March 6, 2025 —"), or -1: at most 15 tokens of names, numbers, dates, commas,
     * full stops and brackets before a dash, the first word set in capitals or a date among them.
     */
    public int openingDateline() {
        boolean capitals = false, date = false;
        for (int i = 0; i < Math.min(tokens.size(), 16); i++) {
            Token t = tokens.get(i);
            if (DASHES.contains(t.word())) return i > 0 && (capitals || date) ? i : -1;
            if ("DATE".equals(t.ner())) { date = true; continue; }
            String pos = t.pos();
            if (!(t.isProperNoun() || pos.equals(",") || pos.equals("CD") || pos.equals("-LRB-") || pos.equals("-RRB-")
                    || pos.equals("."))) return -1;
            String w = t.word();
            if (i == 0 && w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) capitals = true;
        }
        return -1;
    }

    /** Index of the first token starting at or after {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) if (t.end() > offset) return t.index();
        return -1;
    }
}
