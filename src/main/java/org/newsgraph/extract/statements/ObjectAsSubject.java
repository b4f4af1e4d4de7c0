package org.newsgraph.extract.statements;

import static org.newsgraph.extract.statements.ContentSpan.range;
import static org.newsgraph.extract.statements.ContentSpan.span;

import org.newsgraph.extract.Span;

import java.util.HashSet;
import java.util.Set;

/**
 * A reported clause whose subject the parser took for the cue's object ("said Kim's state is
 * “spiraling”", "says its technology means it will work"): where that clause starts and ends.
 */
final class ObjectAsSubject {
    private final Cues cues;

    ObjectAsSubject(Cues cues) { this.cues = cues; }

    /**
     * Where the that-clause {@code ccomp} starts: "CEC says its compression technology means it will work"
     * parsed with the clause's subject as the verb's object right before the rest of the clause; a verb
     * that takes no addressee or content as object has none, so the object opens the clause.
     */
    int clauseStart(SentenceTree t, int v, int ccomp, int subject) {
        int from = t.subtreeMin(ccomp), obj = t.child(v, "obj");
        // ("By contrast, said Mr Purushotma, learning …": an inverted speaker parsed as the object)
        if (subject >= 0 && obj >= 0 && t.dominates(obj, subject)) return from;
        String lemma = t.lemma(v);
        boolean noObject = !cues.addressee("object", lemma) && !cues.objectContentVerbs.contains(lemma);
        // (an object before "that" is whom it was said to: "warned her colleagues that …")
        boolean rightBefore = obj > v && obj < from && t.subtreeMax(obj) == from - 1 && t.token(obj).isNoun();
        return noObject && rightBefore && t.child(ccomp, "mark") < 0 ? t.subtreeMin(obj) : from;
    }

    /**
     * "said fathers who adopt would not be eligible", "said Kim's state is “spiraling”": the parser
     * took the reported clause's subject for the verb's object and hung its verb below it or loosely
     * after it. A finite verb in that stretch shows it is a clause, not a thing said.
     */
    Span subjectTakenForObject(SentenceTree t, int v, int obj) {
        // "told POLITICO the state's standards are not perfect": with the addressee given apart, the
        // object of a verb of telling may be the subject of what was told
        if (obj <= v || cues.addressee("object", t.lemma(v)) && t.child(v, "iobj") < 0) return null;
        int end = t.subtreeMax(obj);
        // "Schoen told host Sean Hannity a Clinton loss is “likely”": the cue parsed as the subject of the predicate
        if (t.rel(v).equals("csubj") && t.head(v) > obj && t.child(t.head(v), "cop") > obj) end = t.subtreeMax(t.head(v));
        // ("Con Edison, which maintains 4,300 miles of mains, records 500 leaks": after a comma, the verb
        // hung on a relative clause's is the main clause's own)
        boolean relative = t.rel(v).equals("acl:relcl");
        for (int c : t.children(v)) {
            if (clauseAfter(t, c, obj) && !(relative && t.afterComma(t.subtreeMin(c)))) end = Math.max(end, t.subtreeMax(c));
            // "said the death toll from confirmed cases stood at 3,110": the clause's verb hung below an oblique
            if (c > obj && t.subtreeMin(c) == end + 1 && SpeakerResolver.baseRel(t.rel(c)).equals("obl")
                    && hasFiniteVerb(t, c)) end = Math.max(end, t.subtreeMax(c));
        }
        // "Harry suggested it was because he …" with "was" hung loosely on a verb higher up: a subjectless
        // finite verb right after the object is its predicate wherever the parser put it
        // (not a cue closing the sentence: "insisting he finishes his term, a source said")
        int next = end + 1;
        if (next < t.size() && t.rel(next).equals("dep") && t.isFinite(next) && t.subtreeMin(next) == next
                && t.child(next, "nsubj") < 0 && !cues.isSpeechVerb(t.lemma(next)) && !punctuatedBetween(t, obj, next)) end = t.subtreeMax(next);
        // "condemned the attack and said the government was willing to help": the second of two joined
        // verbs, whose object's predicate the parser hung on the first, right after the object
        int first = t.rel(v).equals("conj") ? t.head(v) : -1;
        // (not a cue of its own: "are insisting he finishes his term, a source said")
        if (first >= 0) for (int c : t.children(first)) {
            if (clauseAfter(t, c, obj) && t.subtreeMin(c) == end + 1 && !cues.isSpeechVerb(t.lemma(c))) end = t.subtreeMax(c);
        }
        // (a verb of a relative clause describing the object is no predicate of it when the clause is set off
        // by a comma, "threatening the giant Tāne Mahuta, which may be 2,000 years old", or for a verb that may
        // talk about a thing, "wrote the programs that revealed the signatures of chaos")
        Set<Integer> describing = new HashSet<>();
        boolean topic = cues.topicObjectVerbs.contains(t.lemma(v).toLowerCase());
        for (int c : t.children(obj)) {
            if (t.rel(c).equals("acl:relcl") && (topic || t.afterComma(t.subtreeMin(c)))) describing.addAll(t.subtree(c));
        }
        // (from the object phrase's first word: "suggested the U.S. might not be the “jobs machine” it thinks it is,
        // when compared to other countries" parsed with the clause hung below "countries")
        for (int k = t.subtreeMin(obj); k <= end; k++) {
            // ("has added value added tax on food": a participle the tagger read as past tense modifies a noun)
            if (k == obj || describing.contains(k) || t.rel(k).equals("amod")) continue;
            String pos = t.token(k).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) return span(t, range(t.subtreeMin(obj), end), true);
        }
        return null;
    }

    /**
     * "has denied his books are anti-religious": the object's own predicate hung loosely on the verb
     * right after it, which shows the object is a clause's subject even for a verb that may report a thing.
     */
    boolean predicateHungAfter(SentenceTree t, int v, int obj) {
        for (int c : t.children(v)) if (clauseAfter(t, c, obj) && t.subtreeMin(c) == t.subtreeMax(obj) + 1) return true;
        return false;
    }

    private static boolean punctuatedBetween(SentenceTree t, int from, int to) {
        for (int k = from + 1; k < to; k++) if (t.isPunct(k)) return true;
        return false;
    }

    private static boolean clauseAfter(SentenceTree t, int c, int obj) {
        return c > obj && (t.rel(c).equals("dep") || t.rel(c).startsWith("acl")) && (t.isFinite(c) || finiteCopula(t, c));
    }

    /** "are not perfect", "had been the right one": a predicate with a finite copula or a finite auxiliary before it. */
    private static boolean finiteCopula(SentenceTree t, int c) {
        int cop = t.child(c, "cop"), aux = t.child(c, "aux");
        return cop >= 0 && (t.isFinite(cop) || aux >= 0 && t.isFinite(aux));
    }

    /** Whether a finite relative clause hangs somewhere below c. */
    static boolean hasFiniteVerb(SentenceTree t, int c) {
        for (int k : t.subtree(c)) if (k != c && t.rel(k).startsWith("acl") && t.isFinite(k)) return true;
        return false;
    }

    /**
     * "demanded proceedings be moved to the larger hall", "recommended the plant be closed": an
     * object followed by a bare verb group is the subject of a clause in the subjunctive, which the
     * parser hung elsewhere; the content runs to that clause's end. Else the object's own end.
     */
    static int subjunctiveEnd(SentenceTree t, int obj) {
        int end = t.subtreeMax(obj), next = end + 1;
        if (next >= t.size() || !(t.token(next).pos().equals("VB") || t.token(next).pos().equals("MD"))) return end;
        int verb = t.rel(next).startsWith("aux") ? t.head(next) : next;
        if (verb < next || t.subtree(obj).contains(verb)) return end;
        return Math.max(end, t.subtreeMax(verb));
    }
}
