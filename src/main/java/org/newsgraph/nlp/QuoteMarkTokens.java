package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits runs of quotation marks the tokenizer leaves as one token. A quotation that ends on a quoted
 * phrase ("… the labels of ‘criminal, super predator,’” Cyril told …") closes with ’” glued
 * together; the tagger takes that token for a symbol, and the parser then reads the whole sentence
 * wrongly (the cue's subject lands inside the quotation). Each mark becomes a token of its own, as it
 * is when a comma stands between them.
 */
final class QuoteMarkTokens {
    private static final String MARKS = "\"'‘’“”`";

    private QuoteMarkTokens() {}

    static void split(Annotation ann, String text) {
        List<CoreMap> in = ann.get(CoreAnnotations.SentencesAnnotation.class);
        if (in == null) return;
        List<List<CoreLabel>> sentences = new ArrayList<>(in.size());
        boolean changed = false;
        for (CoreMap cm : in) {
            List<CoreLabel> out = new ArrayList<>();
            for (CoreLabel t : cm.get(CoreAnnotations.TokensAnnotation.class)) {
                if (!isMarkRun(text, t)) {
                    out.add(t);
                    continue;
                }
                changed = true;
                for (int p = t.beginPosition(); p < t.endPosition(); p++) out.add(mark(text, t, p));
            }
            sentences.add(out);
        }
        if (!changed) return;
        List<CoreMap> out = new ArrayList<>(sentences.size());
        List<CoreLabel> all = new ArrayList<>();
        for (List<CoreLabel> tokens : sentences) {
            if (tokens.isEmpty()) continue;
            out.add(NlpPipeline.sentence(text, tokens, out.size(), all.size()));
            all.addAll(tokens);
        }
        ann.set(CoreAnnotations.SentencesAnnotation.class, out);
        ann.set(CoreAnnotations.TokensAnnotation.class, all);
    }

    private static boolean isMarkRun(String text, CoreLabel t) {
        if (t.endPosition() - t.beginPosition() < 2 || t.endPosition() > text.length()) return false;
        // two straight single marks are one double mark in wire copy (''…'')
        String run = text.substring(t.beginPosition(), t.endPosition());
        if (run.equals("''") || run.equals("``")) return false;
        for (int p = t.beginPosition(); p < t.endPosition(); p++) if (MARKS.indexOf(text.charAt(p)) < 0) return false;
        return true;
    }

    /**
     * One mark of the run, written for the tagger as the tokenizer writes marks ({@code quotes=latex}
     * in {@link NlpSettings}): a curly mark says which it is; a straight one closes ('' ') when the run follows a word, else opens (`` `).
     */
    private static CoreLabel mark(String text, CoreLabel run, int p) {
        char c = text.charAt(p);
        boolean closing = c == '”' || c == '’' || (c != '“' && c != '‘' && afterWord(text, run.beginPosition()));
        boolean dbl = c == '"' || c == '“' || c == '”';
        String word = dbl ? (closing ? "''" : "``") : (closing ? "'" : "`");
        CoreLabel t = new CoreLabel(run);
        t.setWord(word);
        t.setValue(word);
        t.setOriginalText(String.valueOf(c));
        t.setBeginPosition(p);
        t.setEndPosition(p + 1);
        t.setBefore(p == run.beginPosition() ? run.before() : "");
        t.setAfter(p + 1 == run.endPosition() ? run.after() : "");
        return t;
    }

    private static boolean afterWord(String text, int at) { return at > 0 && !Character.isWhitespace(text.charAt(at - 1)); }
}
