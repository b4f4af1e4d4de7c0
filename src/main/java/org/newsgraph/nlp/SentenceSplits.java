package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;


import org.newsgraph.text.WordLists;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs sentence breaks the splitter puts after an abbreviation's full stop inside brackets:
 * US news writes a lawmaker's party and state as "Sen. Lindsey Graham (R-S.C.) told …", and the
 * splitter ends the sentence at "S.C.)"; likewise after a quoted question ("“You winning?” she
 * said", "“Who would have believed it?” Trump said"). A break is undone when the text after it, in
 * the same paragraph, goes on in lower case, which a new sentence never does, or, after a quotation,
 * with a short name and a verb of attribution ({@code nlp/attribution-verbs.txt}), or with a comma;
 * and after an abbreviated title the splitter does not know ("said Del. Stacey Plaskett",
 * {@code nlp/title-abbreviations.txt}) when a capitalised word follows.
 */
final class SentenceSplits {
    private static final Set<String> TITLES = Set.copyOf(WordLists.lines("/nlp/title-abbreviations.txt"));

    private SentenceSplits() {}

    static void mergeFalseBreaks(Annotation ann, String text) {
        List<CoreMap> in = ann.get(CoreAnnotations.SentencesAnnotation.class);
        if (in == null || in.size() < 2) return;
        List<List<CoreLabel>> merged = new ArrayList<>();
        List<Integer> firstToken = new ArrayList<>();
        boolean changed = false;
        for (CoreMap cm : in) {
            List<CoreLabel> tokens = cm.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.isEmpty()) continue;
            if (!merged.isEmpty() && falseBreak(merged.get(merged.size() - 1), tokens, text)) {
                merged.get(merged.size() - 1).addAll(tokens);
                changed = true;
            } else {
                merged.add(new ArrayList<>(tokens));
                firstToken.add(cm.get(CoreAnnotations.TokenBeginAnnotation.class));
            }
        }
        if (!changed) return;
        List<CoreMap> out = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) out.add(NlpPipeline.sentence(text, merged.get(i), i, firstToken.get(i)));
        ann.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    /** "Trump said", "Mr. Trump asked", "Ana Ruiz wrote": up to four capitalised words, then a verb of attribution. */
    private static boolean nameThenAttribution(List<CoreLabel> after) {
        for (int i = 0; i < Math.min(after.size(), 5); i++) {
            String w = after.get(i).word();
            if (i > 0 && AttributionVerbs.isForm(w)) return true;
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        }
        return false;
    }

    /**
     * "Trump said.", "Ana Ruiz told reporters.", "Olsen said on Monday.": at most three tokens after
     * the verb, so a sentence that reports something of its own ("Trump said it was over.") stays apart.
     */
    private static boolean shortTail(List<CoreLabel> after) {
        for (int i = 1; i < Math.min(after.size(), 5); i++) {
            if (AttributionVerbs.isForm(after.get(i).word())) return after.size() - i - 1 <= 3;
        }
        return false;
    }

    private static boolean isClosingQuote(String w) {
        return w.equals("”") || w.equals("\"") || w.equals("''") || w.equals("’") || w.equals("'");
    }

    /**
     * A closing bracket right after a full stop, or a closing quotation mark right after a question
     * or exclamation mark or a full stop, ends the sentence before; lower case goes on after.
     */
    static boolean falseBreak(List<CoreLabel> before, List<CoreLabel> after, String text) {
        int n = before.size();
        if (n < 2) return false;
        String last = before.get(n - 1).word(), previous = before.get(n - 2).word();
        boolean bracketAfterStop = (last.equals(")") || last.equals("-RRB-")) && previous.endsWith(".");
        // "“You winning?” she said": a quoted question or exclamation goes on with its cue
        boolean quoteAfterMark = isClosingQuote(last) && (previous.equals("?") || previous.equals("!"));
        // "“… are missing.” Trump said.": scraped or hasty copy puts a full stop where the comma goes
        boolean quoteAfterStop = isClosingQuote(last) && previous.equals(".");
        // the tokenizer makes the abbreviation's full stop a token of its own ("Del" "."), or keeps it in the word
        // and adds a sentence-final one ("Del." ".")
        boolean title = TITLES.contains(last) || last.equals(".") && (TITLES.contains(previous) || TITLES.contains(previous + "."));
        if (!bracketAfterStop && !quoteAfterMark && !quoteAfterStop && !title) return false;
        String next = after.get(0).word();
        if (next.isEmpty()) return false;
        if (title && !Character.isUpperCase(next.charAt(0))) return false;
        boolean cue = quoteAfterMark ? nameThenAttribution(after) : quoteAfterStop && nameThenAttribution(after) && shortTail(after);
        // "“Do you care?”, implored Barry Lim": a comma never opens a sentence
        boolean comma = next.equals(",") && quoteAfterMark;
        if (!Character.isLowerCase(next.charAt(0)) && !cue && !comma && !title) return false;
        int gapFrom = before.get(n - 1).endPosition(), gapTo = after.get(0).beginPosition();
        return gapTo >= gapFrom && text.substring(gapFrom, gapTo).indexOf('\n') < 0;
    }
}
