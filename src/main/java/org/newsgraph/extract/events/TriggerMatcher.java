package org.newsgraph.extract.events;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.newsgraph.extract.events.Parse.wordIs;

/**
 * Finds the catalogue's trigger words (and general event anaphors) in a sentence: longest match
 * first, lemma or surface form, a hyphen between the words of a multi-word trigger optional.
 */
final class TriggerMatcher {
    /** A trigger match in one sentence: token range, head token, the trigger as listed. */
    record Match(int first, int last, int head, String trigger) {}

    private final List<String[]> triggerWords = new ArrayList<>();

    TriggerMatcher(EventCatalogue catalogue) {
        Set<String> all = new LinkedHashSet<>(catalogue.allTriggers());
        all.addAll(catalogue.anaphors());
        for (String t : all) triggerWords.add(t.split("[\\s-]+"));
        triggerWords.sort(Comparator.comparingInt((String[] w) -> -w.length));
    }

    List<Match> matches(Sentence s) {
        List<Match> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        int i = 0;
        while (i < toks.size()) {
            Match best = null;
            for (String[] words : triggerWords) {
                int j = i, k = 0;
                while (k < words.length && j < toks.size()) {
                    if (k > 0 && toks.get(j).word().equals("-")) { j++; continue; }
                    if (!wordIs(toks.get(j), words[k])) break;
                    j++; k++;
                }
                if (k == words.length) {
                    best = new Match(i, j - 1, headOf(s, i, j - 1), String.join(" ", words));
                    break;
                }
            }
            if (best != null) { out.add(best); i = best.last() + 1; } else i++;
        }
        return out;
    }

    /** Whether a one-word trigger starts at token i. */
    boolean startsTrigger(Sentence s, int i) {
        for (String[] words : triggerWords) {
            if (words.length == 1 && wordIs(s.tokens().get(i), words[0])) return true;
        }
        return false;
    }

    private static int headOf(Sentence s, int first, int last) {
        if (first == last) return first;
        for (int t = first; t <= last; t++) {
            Dependency h = s.head(t);
            if (h == null || h.governor() < first || h.governor() > last) {
                if (!s.tokens().get(t).word().equals("-")) return t;
            }
        }
        return s.tokens().get(first).isVerb() ? first : last;
    }
}
