package org.newsgraph.eval.polnear;

import edu.stanford.nlp.process.Morphology;
import org.newsgraph.eval.Counts;
import org.newsgraph.eval.SystemStatement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores statements against PolNeAR attributions, per article then summed (micro average).
 *
 * <p>Per article and scope (speech: attributions whose cue is a verb of saying; all: every
 * attribution with content):
 * <ul>
 * <li><b>content</b> (overlap): a statement matches an attribution when either text covers at least
 *     60% of the other's words ({@link ReferenceText#mutualCoverage}); one-to-one, greedy, best score
 *     first. In the speech scope, an unmatched statement that matches a non-speech attribution
 *     (belief, intention) by the same rule is neutral: neither TP nor FP.</li>
 * <li><b>content-pieces-neutral</b>: content, except that an unmatched statement whose words lie
 *     (60% or more) inside an attribution already matched is neutral. PolNeAR annotates
 *     "“A,” he said. “B.”" as one attribution and a quoted fragment inside reported speech as part
 *     of it; our gold format counts each quotation apart, so the graph holds the pieces. Not a
 *     reference figure: it shows how much of content precision is that difference of scheme.</li>
 * <li><b>content-exact</b>: the same with identical word sequences; neutral statements as above.</li>
 * <li><b>named-source</b>: over the content matches whose gold source is named
 *     ({@link SpeechCues#isNamed}): right when the speaker's name agrees with the gold source or its
 *     last word ({@link ReferenceText#sameSpeaker}); a wrong or missing speaker is an FP and an FN;
 *     a named gold attribution left unmatched is an FN.</li>
 * <li><b>named-source-exact</b>: the same, right only when the name has the gold source's words.</li>
 * <li><b>named-source-in-span</b>: the same, also right when the name agrees with any run of
 *     capitalised words inside the gold source ("Sean Spicer" in "Sean Spicer, chief strategist for
 *     the RNC"): the reference rule looks only at the whole span and its last word, so a right
 *     speaker whose gold span carries an appositive counts as wrong there.</li>
 * <li><b>cue</b> / <b>cue-exact</b>: the same over the content matches whose gold cue is not empty:
 *     right when the statement's cue shares a word with the gold cue / has its words, words
 *     compared by lemma (the graph keeps cues as lemmas: "say" for "said").</li>
 * </ul>
 * The speech-scope content and named-source figures are those of the reference scorer.
 */
public final class PolnearScorer {
    public static final double CONTENT_OVERLAP = 0.6;

    /** The two scopes reported. */
    public enum Scope { SPEECH, ALL }

    private PolnearScorer() {}

    public static PolnearReport score(List<PolnearArticle> gold, Collection<SystemStatement> system) {
        Map<String, List<SystemStatement>> byArticle = new LinkedHashMap<>();
        for (SystemStatement s : system) byArticle.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s);
        List<PolnearReport.Article> out = new ArrayList<>();
        for (PolnearArticle g : gold) out.add(scoreArticle(g, byArticle.getOrDefault(g.id(), List.of())));
        return new PolnearReport(out);
    }

    static PolnearReport.Article scoreArticle(PolnearArticle gold, List<SystemStatement> ss) {
        Map<Scope, Map<PolnearMetric, Counts>> counts = new EnumMap<>(Scope.class);
        List<String> notes = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            List<PolnearAttribution> items = new ArrayList<>(), other = new ArrayList<>();
            for (PolnearAttribution a : gold.attributions()) (scope == Scope.ALL || a.speech() ? items : other).add(a);
            Map<PolnearMetric, Counts> c = new EnumMap<>(PolnearMetric.class);
            counts.put(scope, c);

            List<int[]> pairs = greedy(items.size(), ss.size(),
                    (g, s) -> ReferenceText.mutualCoverage(items.get(g).content(), ss.get(s).text()), CONTENT_OVERLAP);
            Set<Integer> matchedSys = new HashSet<>();
            Set<Integer> matchedGold = new HashSet<>();
            for (int[] p : pairs) { matchedGold.add(p[0]); matchedSys.add(p[1]); }
            List<Integer> rest = new ArrayList<>();
            for (int s = 0; s < ss.size(); s++) if (!matchedSys.contains(s)) rest.add(s);
            Set<Integer> neutral = new HashSet<>();
            for (int[] p : greedy(other.size(), rest.size(),
                    (g, s) -> ReferenceText.mutualCoverage(other.get(g).content(), ss.get(rest.get(s)).text()), CONTENT_OVERLAP))
                neutral.add(rest.get(p[1]));
            c.put(PolnearMetric.CONTENT, new Counts(pairs.size(), ss.size() - pairs.size() - neutral.size(),
                    items.size() - pairs.size()));

            Set<Integer> pieces = new HashSet<>();
            for (int s : rest)
                if (!neutral.contains(s) && insideMatched(ss.get(s).text(), items, matchedGold)) pieces.add(s);
            c.put(PolnearMetric.CONTENT_PIECES, new Counts(pairs.size(), ss.size() - pairs.size() - neutral.size() - pieces.size(),
                    items.size() - pairs.size()));

            List<int[]> exact = greedy(items.size(), ss.size(), (g, s) -> !neutral.contains(s)
                    && ReferenceText.tokens(items.get(g).content()).equals(ReferenceText.tokens(ss.get(s).text())) ? 1 : 0, 1);
            c.put(PolnearMetric.CONTENT_EXACT, new Counts(exact.size(), ss.size() - exact.size() - neutral.size(),
                    items.size() - exact.size()));

            c.put(PolnearMetric.NAMED_SOURCE, attribute(items, ss, pairs, matchedGold, PolnearAttribution::named,
                    (g, s) -> sourceAgrees(g.source(), s.speaker())));
            c.put(PolnearMetric.NAMED_SOURCE_EXACT, attribute(items, ss, pairs, matchedGold, PolnearAttribution::named,
                    (g, s) -> s.speaker() != null && ReferenceText.tokens(g.source()).equals(ReferenceText.tokens(s.speaker()))));
            c.put(PolnearMetric.NAMED_SOURCE_IN_SPAN, attribute(items, ss, pairs, matchedGold, PolnearAttribution::named,
                    (g, s) -> sourceAgrees(g.source(), s.speaker()) || nameInSpan(g.source(), s.speaker())));
            c.put(PolnearMetric.CUE, attribute(items, ss, pairs, matchedGold, g -> !g.cue().isEmpty(),
                    (g, s) -> !disjoint(lemmas(g.cue()), lemmas(s.cue()))));
            c.put(PolnearMetric.CUE_EXACT, attribute(items, ss, pairs, matchedGold, g -> !g.cue().isEmpty(),
                    (g, s) -> lemmas(g.cue()).equals(lemmas(s.cue()))));

            if (scope == Scope.SPEECH) notes(items, ss, pairs, matchedGold, matchedSys, neutral, pieces, notes);
        }
        return new PolnearReport.Article(gold.id(), counts, notes);
    }

    /** At least 60% of the statement's words lie inside the content of an attribution already matched. */
    private static boolean insideMatched(String text, List<PolnearAttribution> items, Set<Integer> matchedGold) {
        for (int g : matchedGold) if (ReferenceText.coverage(text, items.get(g).content()) >= CONTENT_OVERLAP) return true;
        return false;
    }

    /** The reference rule: the gold source, or its last word, agrees with the speaker's name. */
    static boolean sourceAgrees(String goldSource, String speaker) {
        if (speaker == null || speaker.isEmpty()) return false;
        if (ReferenceText.sameSpeaker(goldSource, speaker)) return true;
        List<String> t = ReferenceText.tokens(goldSource);
        return !t.isEmpty() && ReferenceText.sameSpeaker(t.get(t.size() - 1), speaker);
    }

    private static final java.util.regex.Pattern CAPITALISED_RUN =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*");

    /** The speaker's name agrees with a run of capitalised words inside the gold source span. */
    static boolean nameInSpan(String goldSource, String speaker) {
        if (speaker == null || speaker.isEmpty()) return false;
        java.util.regex.Matcher m = CAPITALISED_RUN.matcher(goldSource);
        while (m.find()) if (ReferenceText.sameSpeaker(m.group(), speaker)) return true;
        return false;
    }

    private interface PairTest { boolean ok(PolnearAttribution gold, SystemStatement sys); }
    private interface GoldFilter { boolean counts(PolnearAttribution gold); }
    private interface PairScore { double score(int gold, int sys); }

    /** An attribute of matched pairs: right → TP; wrong → FP and FN; counted gold left unmatched → FN. */
    private static Counts attribute(List<PolnearAttribution> items, List<SystemStatement> ss, List<int[]> pairs,
                                    Set<Integer> matchedGold, GoldFilter counted, PairTest test) {
        int tp = 0, wrong = 0, missed = 0;
        for (int[] p : pairs) {
            if (!counted.counts(items.get(p[0]))) continue;
            if (test.ok(items.get(p[0]), ss.get(p[1]))) tp++; else wrong++;
        }
        for (int g = 0; g < items.size(); g++) if (counted.counts(items.get(g)) && !matchedGold.contains(g)) missed++;
        return new Counts(tp, wrong, wrong + missed);
    }

    /**
     * Greedy one-to-one matching as the reference scorer does it: all pairs scoring at least the
     * threshold, best first; equal scores are taken from the last gold item and last statement first.
     */
    static List<int[]> greedy(int goldCount, int sysCount, PairScore score, double threshold) {
        List<double[]> cands = new ArrayList<>();
        for (int g = 0; g < goldCount; g++)
            for (int s = 0; s < sysCount; s++) {
                double sc = score.score(g, s);
                if (sc >= threshold) cands.add(new double[]{sc, g, s});
            }
        cands.sort(Comparator.<double[]>comparingDouble(c -> -c[0]).thenComparingDouble(c -> -c[1]).thenComparingDouble(c -> -c[2]));
        boolean[] usedG = new boolean[goldCount], usedS = new boolean[sysCount];
        List<int[]> pairs = new ArrayList<>();
        for (double[] c : cands) {
            int g = (int) c[1], s = (int) c[2];
            if (usedG[g] || usedS[s]) continue;
            usedG[g] = usedS[s] = true;
            pairs.add(new int[]{g, s});
        }
        return pairs;
    }

    private static final Morphology MORPHOLOGY = new Morphology();

    /** The cue's words as lemmas ("told reporters" → tell, reporter). */
    static synchronized List<String> lemmas(String cue) {
        List<String> out = new ArrayList<>();
        for (String t : ReferenceText.tokens(cue)) out.add(MORPHOLOGY.stem(t));
        return out;
    }

    private static boolean disjoint(List<String> a, List<String> b) {
        for (String x : a) if (b.contains(x)) return false;
        return true;
    }

    /** Per-article lines for --verbose: missed speech attributions, wrong named sources, extra statements (PIECE: inside a matched one). */
    private static void notes(List<PolnearAttribution> items, List<SystemStatement> ss, List<int[]> pairs,
                              Set<Integer> matchedGold, Set<Integer> matchedSys, Set<Integer> neutral, Set<Integer> pieces,
                              List<String> out) {
        for (int g = 0; g < items.size(); g++)
            if (!matchedGold.contains(g))
                out.add("MISS  [" + items.get(g).source() + "] " + items.get(g).cue() + ": " + items.get(g).content());
        for (int[] p : pairs) {
            PolnearAttribution g = items.get(p[0]);
            SystemStatement s = ss.get(p[1]);
            if (g.named() && !sourceAgrees(g.source(), s.speaker()))
                out.add("WRONG source " + (s.speaker() == null ? (s.anonymous() ? "ANONYMOUS" : "(none)") : s.speaker())
                        + ", gold: " + g.source() + " — " + s.text());
        }
        for (int s = 0; s < ss.size(); s++)
            if (!matchedSys.contains(s) && !neutral.contains(s))
                out.add((pieces.contains(s) ? "PIECE [" : "EXTRA [")
                        + (ss.get(s).speaker() == null ? "" : ss.get(s).speaker()) + "] " + ss.get(s).text());
    }
}
