package org.newsgraph.extract.statements;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Array-backed dependency tree of one sentence, for cheap head/children/subtree look-ups. */
final class SentenceTree {
    final Sentence sentence;
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD", "POS");
    private final int[] head;
    private final String[] rel;
    private final List<List<Integer>> children;

    SentenceTree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        head = new int[n];
        rel = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            head[i] = -1;
            rel[i] = "dep";
            children.add(new ArrayList<>(2));
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= n) continue;
            head[d.dependent()] = d.governor();
            rel[d.dependent()] = d.relation();
            if (d.governor() >= 0 && d.governor() < n) children.get(d.governor()).add(d.dependent());
        }
    }

    int size() { return head.length; }

    Token token(int i) { return sentence.tokens().get(i); }

    String word(int i) { return token(i).word(); }

    String lemma(int i) { return token(i).lemma() == null ? token(i).word().toLowerCase() : token(i).lemma().toLowerCase(); }

    int head(int i) { return head[i]; }

    String rel(int i) { return rel[i]; }

    List<Integer> children(int i) { return children.get(i); }

    /** First child with the relation (or relation prefix before ':'), or -1. */
    int child(int i, String relation) {
        for (int c : children.get(i)) if (relIs(c, relation)) return c;
        return -1;
    }

    boolean relIs(int i, String relation) {
        String r = rel[i];
        return r.equals(relation) || (r.startsWith(relation + ":") && !relation.contains(":"));
    }

    /** Token indexes of the subtree rooted at i, in order. */
    List<Integer> subtree(int i) {
        List<Integer> out = new ArrayList<>();
        collect(i, out, -1);
        out.sort(null);
        return out;
    }

    /** Subtree of i without the subtree of {@code excluded}. */
    List<Integer> subtreeWithout(int i, int excluded) {
        List<Integer> out = new ArrayList<>();
        collect(i, out, excluded);
        out.sort(null);
        return out;
    }

    private void collect(int i, List<Integer> out, int excluded) {
        if (i == excluded) return;
        out.add(i);
        for (int c : children.get(i)) collect(c, out, excluded);
    }

    /** The token the parse hangs everything from, or -1. */
    int rootToken() {
        for (int i = 0; i < head.length; i++) if (head[i] < 0) return i;
        return -1;
    }

    /** Whether token i can be a word of a short noun phrase ("the county's chief prosecutor", "his club"). */
    boolean isNounPhraseWord(int i) {
        return NOUN_PHRASE_TAGS.contains(token(i).pos());
    }

    /** Whether conjunct c is joined by a comma and a conjunction (", and called on …"), a join above the clause it hangs from. */
    boolean joinedAfterComma(int c) {
        int cc = child(c, "cc");
        return cc > 0 && cc < c && afterComma(cc);   // "was “in full force,” and called on …"
    }

    /** Whether a comma comes right before token i, closing quotation marks aside ("was “maniacal,” adding"). */
    boolean afterComma(int i) {
        int k = i - 1;
        while (k > 0 && token(k).pos().equals("''")) k--;
        return k >= 0 && word(k).equals(",");
    }

    /** Whether token v has a nominal subject, active or passive. */
    boolean hasSubject(int v) {
        return child(v, "nsubj") >= 0 || child(v, "nsubj:pass") >= 0;
    }

    /** A verb with a modal or tense auxiliary, or itself finite: the head of a clause, not a phrase. */
    boolean isFinite(int c) {
        String pos = token(c).pos();
        if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) return true;
        if (!pos.startsWith("VB")) return false;
        for (int k : children(c)) if (rel(k).startsWith("aux")) return true;
        return false;
    }

    int subtreeMin(int i) {
        int m = i;
        for (int c : children.get(i)) m = Math.min(m, subtreeMin(c));
        return m;
    }

    int subtreeMax(int i) {
        int m = i;
        for (int c : children.get(i)) m = Math.max(m, subtreeMax(c));
        return m;
    }

    boolean dominates(int ancestor, int i) {
        for (int k = i, guard = 0; k >= 0 && guard < head.length + 1; k = head[k], guard++) if (k == ancestor) return true;
        return false;
    }

    /** Number of edges between two tokens in the tree (large if unconnected). */
    int distance(int a, int b) {
        List<Integer> pa = new ArrayList<>();
        for (int k = a, g = 0; k >= 0 && g <= head.length; k = head[k], g++) pa.add(k);
        int db = 0;
        for (int k = b, g = 0; k >= 0 && g <= head.length; k = head[k], g++, db++) {
            int ia = pa.indexOf(k);
            if (ia >= 0) return ia + db;
        }
        return 1000;
    }

    /** Index of the token containing or starting after the character offset, or -1. */
    int tokenAtOffset(int offset) {
        List<Token> ts = sentence.tokens();
        for (Token t : ts) if (t.end() > offset) return t.index();
        return -1;
    }

    /** Index of the last token ending at or before the offset, or -1. */
    int tokenBeforeOffset(int offset) {
        List<Token> ts = sentence.tokens();
        int r = -1;
        for (Token t : ts) if (t.end() <= offset) r = t.index();
        return r;
    }

    /** A date or time ("Friday afternoon"), never a speaker; not a duration ("the 74-year-old said"). */
    boolean isTime(int i) {
        String ner = token(i).ner();
        return "DATE".equals(ner) || "TIME".equals(ner);
    }

    boolean isPunct(int i) {
        String p = token(i).pos();
        return rel[i].equals("punct") || p.equals(",") || p.equals(".") || p.equals(":") || p.equals("``")
                || p.equals("''") || p.equals("-LRB-") || p.equals("-RRB-") || p.equals("HYPH");
    }
}
