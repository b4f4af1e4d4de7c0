package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which full-named person a surname-only mention ("Obama", in an article that never gives a first
 * name) means, when the corpus knows several people with that surname. News writing drops the first
 * name of the person readers know best, so the namesake that clearly dominates is meant:
 * <ol>
 * <li>when the mention carries a title ("President Obama"), only namesakes known with a title word
 *     in common stay candidates (if none has one, all stay);</li>
 * <li>each candidate scores its number of articles × (1 + the number of agents of this article it
 *     has appeared with before);</li>
 * <li>the best candidate is chosen when it is the only one or scores at least {@link #DOMINANCE}
 *     times the next; otherwise the mention stays unresolved rather than guessed.</li>
 * </ol>
 * Every decision carries a note with the rule and the counts, for the resolution graph.
 */
final class SurnameRule {
    static final double DOMINANCE = 2.0;
    /** Title words that say nothing about which office ("former", "the", "of"). */
    private static final Set<String> WEAK_TITLE_WORDS = Set.of("former", "the", "of", "a", "an", "and", "ex", "then",
            "current", "acting", "deputy", "u.s.", "us", "senior", "vice");

    /** What resolution knows of one full-named namesake. */
    record Candidate(String id, String name, int articles, Set<String> titleWords, Set<String> neighbours) {}

    /** The outcome: the chosen id (null: unresolved) and why. */
    record Decision(String id, String note) {}

    private SurnameRule() {}

    static Decision choose(String surface, List<Candidate> candidates, Set<String> titleWords, Set<String> neighbours) {
        if (candidates.isEmpty()) return new Decision(null, "no full-named person with this surname");
        List<Candidate> pool = candidates;
        boolean byTitle = false;
        if (!titleWords.isEmpty()) {
            List<Candidate> fit = new ArrayList<>();
            for (Candidate c : candidates) if (!disjoint(c.titleWords(), titleWords)) fit.add(c);
            if (!fit.isEmpty() && fit.size() < candidates.size()) { pool = fit; byTitle = true; }
        }
        record Scored(Candidate c, int shared, double score) {}
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : pool) {
            int shared = 0;
            for (String n : neighbours) if (c.neighbours().contains(n)) shared++;
            scored.add(new Scored(c, shared, (double) c.articles() * (1 + shared)));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparing(s -> s.c().id()));
        StringBuilder counts = new StringBuilder();
        for (Scored s : scored)
            counts.append(counts.length() == 0 ? "" : "; ").append(s.c().name()).append(": ").append(s.c().articles())
                    .append(" article(s), ").append(s.shared()).append(" shared co-occurring agent(s)");
        String context = "'" + surface + "' alone; " + (byTitle ? "title-compatible " : "") + "namesakes " + counts;
        Scored best = scored.get(0);
        if (scored.size() == 1)
            return new Decision(best.c().id(), "surname rule: only " + context);
        double next = scored.get(1).score();
        if (best.score() >= DOMINANCE * next)
            return new Decision(best.c().id(), "surname rule: dominant (score ≥ " + DOMINANCE + "× next) among " + context);
        return new Decision(null, "surname rule: ambiguous, left unresolved: " + context);
    }

    /** Lower-case content words of job titles ("Secretary of State" → secretary, state). */
    static Set<String> titleWords(Iterable<String> titles) {
        Set<String> out = new HashSet<>();
        for (String t : titles)
            for (String w : t.toLowerCase(Locale.ROOT).split("[\\s-]+"))
                if (!w.isEmpty() && !WEAK_TITLE_WORDS.contains(w)) out.add(w);
        return out;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return false;
        return true;
    }
}
