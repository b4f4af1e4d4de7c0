package org.newsgraph.extract.statements;

import org.newsgraph.extract.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Token runs of a sentence turned into the character span of what they report, and the tests of a
 * run's shape that decide where a report starts: only adjuncts of the cue before it, a clause below a
 * word, a that-clause before the cue.
 */
final class ContentSpan {
    private ContentSpan() {}

    static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= to; i++) out.add(i);
        return out;
    }

    /**
     * Character span of the tokens, without a leading "that"/comma and trailing punctuation. A "that"
     * the parser made the subject of a verb right after it is a demonstrative, not the subordinator:
     * "said that was a matter for the voters" reports "that was …".
     */
    static Span span(SentenceTree t, List<Integer> tokens, boolean dropMark) {
        if (tokens.isEmpty()) return null;
        int b = 0, e = tokens.size() - 1;
        // "(CBS News) Sally Ride … has died, her foundation said": an agency tag in brackets opens no report
        if (t.token(tokens.get(0)).pos().equals("-LRB-")) {
            for (int k = 1; k <= Math.min(e - 1, 6); k++) if (t.token(tokens.get(k)).pos().equals("-RRB-")) { b = k + 1; break; }
        }
        while (b <= e && (t.isPunct(tokens.get(b)) && !isQuoteMark(t, tokens.get(b))
                || dropMark && t.rel(tokens.get(b)).equals("mark") && t.lemma(tokens.get(b)).equals("that")
                || dropMark && b == 0 && t.word(tokens.get(b)).equalsIgnoreCase("that") && !demonstrativeSubject(t, tokens.get(b)))) b++;
        while (e >= b && t.isPunct(tokens.get(e)) && !isQuoteMark(t, tokens.get(e))) e--;
        if (b > e) return null;
        int last = dropMark ? cutComplementEnd(t, tokens.get(e)) : tokens.get(e);
        if (last != tokens.get(e)) return new Span(t.token(tokens.get(b)).begin(), t.token(last).end());
        return new Span(t.token(tokens.get(b)).begin(), t.token(closingMark(t, tokens.subList(b, e + 1))).end());
    }

    /**
     * The last token of the content, or the closing quotation mark right after it (past a full stop
     * or comma) when the content opens a quotation it does not close: the parser hangs the closing
     * mark of "was “second to none”." on the main verb, outside the reported clause.
     */
    private static int closingMark(SentenceTree t, List<Integer> tokens) {
        int open = 0;
        for (int k : tokens) {
            if (t.token(k).pos().equals("``")) open++;
            else if (t.token(k).pos().equals("''")) open--;
        }
        int last = tokens.get(tokens.size() - 1);
        if (open <= 0) return last;
        for (int k = last + 1; k < t.size() && k <= last + 2; k++) {
            if (t.token(k).pos().equals("''")) return k;
            if (!t.word(k).equals(".") && !t.word(k).equals(",")) break;
        }
        return last;
    }

    /**
     * Whether words of a clause with a finite verb of its own stand between {@code from} and the opening
     * mark of the quotation closed at {@code closing} ("The government had proposed to … and “smash it to
     * pieces,”"), so the quotation is a part of that clause, not a whole utterance.
     */
    static boolean clauseRunsIntoQuote(SentenceTree t, int from, int closing) {
        int open = closing - 1;
        // (past quotations nested inside it: "“You lie; you say you “had stuff to do”; you …,” he wrote")
        for (int depth = 0; open >= from; open--) {
            String pos = t.token(open).pos();
            if (pos.equals("''")) depth++;
            else if (pos.equals("``") && depth-- == 0) break;
        }
        for (int k = from; k < open; k++) if (t.isFinite(k)) return true;
        return false;
    }

    /**
     * "said he began | to doubt himself again": a report that ends on a finite verb the parser left
     * without its complement, right before "to" or an object's determiner, runs on to the next
     * punctuation; else {@code last}.
     */
    private static int cutComplementEnd(SentenceTree t, int last) {
        String pos = t.token(last).pos();
        boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
        int n = last + 1;
        if (!finite || n >= t.size() || t.subtreeMax(last) != last) return last;
        String next = t.token(n).pos();
        if (!(next.equals("TO") || next.equals("DT") || next.equals("PRP$"))) return last;
        int end = last;
        while (end + 1 < t.size() && !t.isPunct(end + 1)) end++;
        return end;
    }

    private static boolean demonstrativeSubject(SentenceTree t, int i) {
        return t.rel(i).startsWith("nsubj") && i + 1 < t.size()
                && (t.token(i + 1).isVerb() || t.token(i + 1).pos().equals("MD"));
    }

    private static boolean isQuoteMark(SentenceTree t, int i) {
        String w = t.word(i);
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("'") || w.equals("‘") || w.equals("’")
                || w.equals("``") || w.equals("''");
    }

    /** Whether a finite verb with its own subject stands below token c. */
    static boolean clauseBelow(SentenceTree t, int c) {
        for (int k : t.subtree(c)) if (k != c && t.isFinite(k) && t.hasSubject(k)) return true;
        return false;
    }

    /** Whether tokens from..to are only modifiers of v (its obliques, adverbs, adverbial clauses) and punctuation. */
    static boolean adjunctOf(SentenceTree t, int v, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (t.isPunct(k)) continue;
            int h = k;
            while (t.head(h) >= from && t.head(h) <= to) h = t.head(h);
            String r = SpeakerResolver.baseRel(t.rel(h));
            // a clause with its own subject and no subordinator is what was said, whatever the parser called it
            // (a passive's too: "Next steps will be revealed on Friday, Claure said")
            boolean adverbialClause = r.equals("advcl") && (t.child(h, "mark") >= 0 || !t.hasSubject(h) && t.child(h, "csubj:pass") < 0);
            // "Speaking to students in Philadelphia, Biden responded …": a participle without a subject sets the scene
            String pos = t.token(h).pos();
            boolean participle = (pos.equals("VBG") || pos.equals("VBN")) && t.child(h, "nsubj") < 0 && r.equals("dep");
            if (t.head(h) != v || !(r.equals("obl") || r.equals("advmod") || adverbialClause || participle)) return false;
        }
        return true;
    }

    /** Whether v has a that-clause ending before token {@code lo}. */
    static boolean clauseBefore(SentenceTree t, int v, int lo) {
        for (int c : t.children(v)) if (t.rel(c).equals("ccomp") && t.subtreeMax(c) < lo) return true;
        return false;
    }
}
