package org.newsgraph.extract.events;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small reads of one parsed sentence that every event rule needs: words, lemmas, heads, subtrees. */
final class Parse {
    private Parse() {}

    /** Relations that open a clause of their own: a subtree walk stops there. */
    static final Set<String> CLAUSE_RELATIONS = Set.of("acl", "acl:relcl", "advcl", "ccomp", "xcomp",
            "parataxis", "dep", "punct", "csubj", "mark", "cop", "aux", "aux:pass");
    static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

    static String low(Token t) { return t.word().toLowerCase(Locale.ROOT); }

    static String lemma(Token t) { return t.lemma() == null ? low(t) : t.lemma().toLowerCase(Locale.ROOT); }

    static boolean wordIs(Token t, String w) { return low(t).equals(w) || lemma(t).equals(w); }

    static String relationOf(Sentence s, int tok) {
        Dependency d = s.head(tok);
        return d == null ? "" : d.relation();
    }

    static boolean hasRel(Sentence s, int tok, String rel) {
        for (Dependency d : s.children(tok)) if (d.relation().equals(rel)) return true;
        return false;
    }

    /** The preposition (case marker) of a noun, lower case, or null. */
    static String preposition(Sentence s, int tok) {
        for (Dependency d : s.children(tok)) {
            if (d.relation().equals("case")) return low(s.tokens().get(d.dependent()));
        }
        return null;
    }

    /** The subtree under {@code tok}, not descending through the {@code stop} relations. */
    static void collect(Sentence s, int tok, Set<Integer> out, Set<String> stop) {
        if (!out.add(tok)) return;
        for (Dependency d : s.children(tok)) if (!stop.contains(d.relation())) collect(s, d.dependent(), out, stop);
    }

    static boolean definite(Sentence s, int tok) {
        for (Dependency d : s.children(tok)) {
            if (d.relation().equals("det") && DEFINITE.contains(low(s.tokens().get(d.dependent())))) return true;
        }
        // parsers sometimes hang the noun off its determiner
        return tok > 0 && DEFINITE.contains(low(s.tokens().get(tok - 1)));
    }

    /** The verb of the clause a token belongs to (or the top of its phrase). */
    static int clauseHead(Sentence s, int tok) {
        int cur = tok;
        for (int steps = 0; steps < 20; steps++) {
            if (s.tokens().get(cur).isVerb()) return cur;
            Dependency d = s.head(cur);
            if (d == null || d.governor() < 0) return cur;
            if (d.relation().equals("cop") || d.relation().startsWith("aux")) return d.governor();
            cur = d.governor();
        }
        return cur;
    }

    /** Up to {@code max} governors above a token, nearest first. */
    static List<Integer> upward(Sentence s, int tok, int max) {
        List<Integer> path = new ArrayList<>();
        int cur = tok;
        for (int k = 0; k < max; k++) {
            Dependency d = s.head(cur);
            if (d == null || d.governor() < 0) break;
            cur = d.governor();
            path.add(cur);
        }
        return path;
    }
}
