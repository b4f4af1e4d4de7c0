package org.newsgraph.extract.statements;

import static org.newsgraph.extract.statements.ContentSpan.range;
import static org.newsgraph.extract.statements.ContentSpan.span;

import org.newsgraph.extract.Span;
import org.newsgraph.nlp.Token;

/**
 * Reported content when the parser made the reported clause the head and hung the cue on it
 * ("he said Kyiv had agreed …": said &lt;- agreed), and where a report in an opening subordinate
 * clause ends.
 */
final class InvertedReport {
    private InvertedReport() {}

    /** "When/After/Because Smith said …, …": the cue's clause opens the sentence with a subordinator. */
    static boolean opensSubordinateClause(SentenceTree t, int v) {
        int first = ReportedContent.afterDateline(t);
        String pos = t.token(first).pos();
        return first < v && t.head(first) == v && (pos.equals("IN") || pos.equals("WRB"))
                && (t.rel(first).equals("mark") || t.rel(first).equals("advmod"));
    }

    /** "… and once he has said his piece, …": the cue v's own subordinator {@code mark} (-1: none) opens a clause (not "that"). */
    private static boolean ownSubordinator(SentenceTree t, int v, int mark) {
        return mark >= 0 && mark < v && !t.lemma(mark).equalsIgnoreCase("that") && !t.lemma(mark).equalsIgnoreCase("to");
    }

    /** Content when the speech verb hangs from a clause that follows it: from after the verb's own
     *  adjuncts and addressee (and "that") to the end of that clause. */
    static Span content(Cues cues, SentenceTree t, int v) {
        int g = t.head(v);
        // "When terrorists are revealed as part of …, Obama and Clinton call them …": a passive cue's
        // subject is what is told of, so the clause after it is not what it reports (but "Mook was
        // asked … if Clinton would …" reports the question put to him)
        if (g <= v || t.child(v, "nsubj:pass") >= 0 && !cues.questionVerbs.contains(t.lemma(v))) return null;
        // "The state is asking for $320m, he said": the clause is what the cue after it reports, not the
        // other way round; nor does "After the hospital agreed to the suspension, Williams said …" report
        // the cue after it: a clause with a subordinator of its own is that cue's adverbial, rightly parsed
        int mark = t.child(v, "mark");
        boolean adverbial = t.rel(v).equals("advcl") && mark >= 0 && mark < v && t.subtreeMax(v) < g;
        if ((t.rel(v).equals("ccomp") || adverbial) && cues.isSpeechCue(t, g)) return null;
        Token gt = t.token(g);
        if (!(gt.isVerb() || gt.pos().startsWith("JJ") || gt.isNoun())) return null;
        int subj = -1;
        // "Lynch said there remains a difference": an expletive "there" stands where the subject does
        for (int c : t.children(g)) if (c != v && (t.rel(c).startsWith("nsubj") || t.rel(c).startsWith("csubj") || t.rel(c).equals("expl"))) subj = c;
        // "He said there were 18 emails": the parser hung that "there" on the cue itself
        boolean expletive = v + 1 < t.size() && t.token(v + 1).pos().equals("EX") && t.head(v + 1) == v;
        if (expletive) subj = v + 1;
        // "suggested the suspension was only partial": the clause's subject parsed as the verb's object
        int obj = t.child(v, "obj");
        // ("told the court the figure was inflated": beside an indirect object, the object is no audience)
        boolean objectAsSubject = subj < 0 && obj > v && (!cues.addressee("object", t.lemma(v)) || t.child(v, "iobj") >= 0);
        // "told the Associated Press news agency Contrack's withdrawal … was": the parser hung the clause's
        // subject loosely on the addressee
        int hung = subj < 0 && obj < 0 ? subjectOnAddressee(t, v) : -1;
        if (!objectAsSubject && hung < 0 && (subj < 0 || t.subtreeMin(subj) < v)) return null;
        int from = hung >= 0 ? t.subtreeMin(hung) : v + 1;
        boolean moved = hung < 0;
        while (moved) {
            moved = false;
            for (int c : t.children(v)) {
                // (an expletive "there" opens the clause: "told the programme there was a danger …")
                if (t.subtreeMin(c) != from || t.token(c).pos().equals("EX")) continue;
                String r = t.rel(c);
                boolean adjunct = r.startsWith("obl") || r.equals("advmod") || r.equals("iobj") || r.equals("compound:prt")
                        || r.equals("obj") && !objectAsSubject || t.isPunct(c);
                // (the parser may hang that "there" on the audience: "told the BBC programme there was …")
                if (adjunct) { from = t.subtreeMax(c) + (t.token(t.subtreeMax(c)).pos().equals("EX") ? 0 : 1); moved = from > c; }
            }
            if (from < t.size() && t.isPunct(from) && !t.word(from).matches("[\"“‘']")) { from++; moved = true; }
        }
        boolean subordinate = opensSubordinateClause(t, v) || ownSubordinator(t, v, mark);
        // "once he has said his piece, he is ready …", "Asked about his criticisms, Christie said …": an
        // adverbial clause set off before the clause it hangs from, rightly parsed, reports its own object or
        // what it asks about ("as X said" points to the clause it hangs from instead)
        int after = t.subtreeMax(v) + 1;
        boolean setOff = after < g && t.word(after).equals(",");
        if (t.rel(v).equals("advcl") && setOff && !(mark >= 0 && t.lemma(mark).equalsIgnoreCase("as"))) {
            for (int c : t.children(v)) {
                if (c > v && (t.rel(c).equals("obj") || t.rel(c).startsWith("obl"))) return span(t, range(v + 1, t.subtreeMax(v)), true);
            }
        }
        if (from >= t.size() || from > t.subtreeMax(g)) return null;
        int end = t.subtreeMax(g);
        // "Officials stressed there was no shortage of water, but said …": a cue joined to the clause is a report of its own
        for (int c : t.children(g)) {
            if (c > from && c <= end && t.rel(c).equals("conj") && t.child(c, "cc") >= 0 && cues.isSpeechCue(t, c)) end = t.subtreeMin(c) - 1;
        }
        while (end > from && (t.isPunct(end) || t.token(end).pos().equals("CC"))) end--;
        // "While the president has said he opposes …, his administration carves out exceptions": the
        // clause after the comma is the sentence's own
        if (subordinate) {
            for (int k = from; k < end; k++) {
                if (t.word(k).equals(",") && subjectStartsAt(t, k + 1)) { end = k - 1; break; }
            }
        }
        return span(t, range(from, end), true);
    }

    /** A noun hung as an unlabelled dependent after the head of the cue's indirect object, or -1. */
    private static int subjectOnAddressee(SentenceTree t, int v) {
        int iobj = t.child(v, "iobj");
        if (iobj < v) return -1;
        for (int c : t.children(iobj)) if (c > iobj && t.rel(c).equals("dep") && t.token(c).isNoun()) return c;
        return -1;
    }

    /** Whether token i opens the subject of a clause that follows it. */
    private static boolean subjectStartsAt(SentenceTree t, int i) {
        for (int j = i; j < t.size() && j <= i + 4; j++) {
            if (t.rel(j).startsWith("nsubj") && t.subtreeMin(j) == i && t.head(j) > j) return true;
        }
        return false;
    }
}
