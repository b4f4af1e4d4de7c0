package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's basic dependencies parsed with its quotation marks left out. News sentences quote
 * words in the middle of a clause ("he said “budget reforms” would pay for it"); the neural parser
 * then often breaks the clause at the marks (the quoted noun becomes the verb's object, the rest a
 * loose fragment). The marks of such embedded quotations carry no syntax of their own, so the parser
 * sees the words alone and each mark is attached afterwards to the word it encloses: an opening mark
 * to the word after it, a closing mark to the word before it, as punctuation.
 */
final class QuoteFreeParse {
    private QuoteFreeParse() {}

    /** The parse of {@code sentence} as {@link Dependency} records over its own token indices. */
    static List<Dependency> parse(BasicDependencyParser parser, CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        boolean[] dropped = embeddedQuoteMarks(tokens);
        List<Integer> kept = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) if (!dropped[i]) kept.add(i);
        if (kept.size() == tokens.size() || kept.isEmpty()) {
            parser.parse(sentence);
            return read(sentence, null);
        }
        List<CoreLabel> words = new ArrayList<>(kept.size());
        for (int r = 0; r < kept.size(); r++) {
            CoreLabel copy = new CoreLabel(tokens.get(kept.get(r)));
            copy.setIndex(r + 1);
            words.add(copy);
        }
        CoreMap reduced = new ArrayCoreMap();
        reduced.set(CoreAnnotations.TokensAnnotation.class, words);
        parser.parse(reduced);
        List<Dependency> deps = read(reduced, kept);
        for (int i = 0; i < tokens.size(); i++) {
            if (!dropped[i]) continue;
            int to = opening(tokens.get(i)) ? nextWord(tokens, i) : previousWord(tokens, i);
            if (to < 0) to = opening(tokens.get(i)) ? previousWord(tokens, i) : nextWord(tokens, i);
            if (to >= 0) deps.add(new Dependency(to, i, "punct"));
        }
        return deps;
    }

    /**
     * The marks of quotations that run inside a clause: an opening mark right after a word ("said
     * “budget reforms”", "was “a mistake”") and the closing mark that ends it. Marks that open or
     * close a whole utterance stay: the attribution of direct quotes reads the parse around them.
     */
    static boolean[] embeddedQuoteMarks(List<CoreLabel> tokens) {
        boolean[] out = new boolean[tokens.size()];
        for (int i = 1; i < tokens.size(); i++) {
            if (!opening(tokens.get(i)) || !isWord(tokens.get(i - 1))) continue;
            for (int k = i + 1; k < tokens.size(); k++) {
                if (!isQuoteMark(tokens.get(k))) continue;
                if (!opening(tokens.get(k))) { out[i] = true; out[k] = true; i = k; }
                break;
            }
        }
        return out;
    }

    private static boolean isWord(CoreLabel t) {
        String w = t.word();
        return !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0));
    }

    /** Quotation marks as the tagger marks them (`` and ''), whatever their characters. */
    static boolean isQuoteMark(CoreLabel t) {
        String tag = t.tag();
        return "``".equals(tag) || "''".equals(tag);
    }

    private static boolean opening(CoreLabel t) { return "``".equals(t.tag()); }

    private static int nextWord(List<CoreLabel> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) if (!isQuoteMark(tokens.get(k))) return k;
        return -1;
    }

    private static int previousWord(List<CoreLabel> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) if (!isQuoteMark(tokens.get(k))) return k;
        return -1;
    }

    /** The parsed graph as records; {@code original} maps parsed positions back to the sentence's. */
    private static List<Dependency> read(CoreMap parsed, List<Integer> original) {
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph g = parsed.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (g == null) return deps;
        for (var root : g.getRoots()) deps.add(new Dependency(-1, at(root.index() - 1, original), "root"));
        for (SemanticGraphEdge e : g.edgeIterable()) {
            deps.add(new Dependency(at(e.getGovernor().index() - 1, original), at(e.getDependent().index() - 1, original),
                    e.getRelation().toString()));
        }
        return deps;
    }

    private static int at(int parsed, List<Integer> original) { return original == null ? parsed : original.get(parsed); }
}
