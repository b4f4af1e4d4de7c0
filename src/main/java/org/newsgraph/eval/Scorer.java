package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores system output against gold annotations following shared/gold/README.md:
 * <ul>
 * <li>a quote matches a gold quote of the same article when their token F1 is at least 0.8
 *     (case, quote-mark style, apostrophe style and white space folded);</li>
 * <li>a reported statement matches when the gold content lies inside the statement's text or its
 *     evidence sentence (at least 0.6 of the gold content's tokens found there); a match inside the
 *     text is preferred over one found only in the evidence;</li>
 * <li>the "+speaker" metrics additionally require the speaker to agree
 *     ({@link TokenMatch#speakerAgrees});</li>
 * <li>people match on canonical name folded for case and accents.</li>
 * </ul>
 * Matching is one-to-one, greedy best-first; optional gold items count neither for nor against.
 * Nested quotes need no special case: the gold lists the outer and inner quote as two items.
 */
public final class Scorer {
    public static final double QUOTE_F1 = 0.8;
    public static final double CONTENT_OVERLAP = 0.6;
    /** Rounding slack so that an F1 of exactly 0.8 computed in floating point still passes. */
    private static final double EPS = 1e-9;

    private Scorer() {}

    public static EvalReport score(List<GoldArticle> gold, List<SystemArticle> system) {
        Map<String, SystemArticle> byId = new LinkedHashMap<>();
        for (SystemArticle s : system) byId.merge(articleKey(s.article()), s, Scorer::concat);
        List<ArticleReport> reports = new ArrayList<>();
        for (GoldArticle g : gold) {
            SystemArticle s = byId.remove(articleKey(g.article()));
            reports.add(scoreArticle(g, s));
        }
        return new EvalReport(reports, new ArrayList<>(byId.keySet()));
    }

    /** Accepts "stem", "stem.txt", "article/stem" or a full article IRI. */
    static String articleKey(String id) {
        if (id == null) return "";
        String k = id.substring(id.lastIndexOf('/') + 1);
        return k.endsWith(".txt") ? k.substring(0, k.length() - 4) : k;
    }

    private static SystemArticle concat(SystemArticle a, SystemArticle b) {
        return new SystemArticle(a.article(), cat(a.people(), b.people()), cat(a.quotes(), b.quotes()),
                cat(a.reported(), b.reported()));
    }

    private static <T> List<T> cat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    public static ArticleReport scoreArticle(GoldArticle gold, SystemArticle sys) {
        boolean present = sys != null;
        if (sys == null) sys = new SystemArticle(gold.article(), List.of(), List.of(), List.of());
        Map<Metric, Counts> counts = new EnumMap<>(Metric.class);
        List<ArticleReport.Item> misses = new ArrayList<>(), extras = new ArrayList<>();
        List<ArticleReport.WrongSpeaker> wrong = new ArrayList<>();

        // --- quotes ---
        List<GoldQuote> gq = gold.quotes();
        List<SystemQuote> sq = sys.quotes();
        double[][] f1 = new double[gq.size()][sq.size()];
        for (int g = 0; g < gq.size(); g++)
            for (int s = 0; s < sq.size(); s++) {
                double f = TokenMatch.f1(sq.get(s).text(), gq.get(g).text());
                f1[g][s] = f + EPS >= QUOTE_F1 ? f : -1;
            }
        scoreItems("quote", Metric.QUOTES, Metric.QUOTES_SPEAKER,
                gq.stream().map(q -> new Gold(q.text(), q.speaker(), q.optional())).toList(),
                sq.stream().map(q -> new Sys(q.text(), q.speaker(), q.anonymous())).toList(), f1, counts, misses, wrong, extras);

        // --- reported statements ---
        List<GoldReported> gr = gold.reported();
        List<SystemReported> sr = sys.reported();
        double[][] rs = new double[gr.size()][sr.size()];
        for (int g = 0; g < gr.size(); g++)
            for (int s = 0; s < sr.size(); s++) rs[g][s] = contentScore(gr.get(g).content(), sr.get(s));
        scoreItems("reported", Metric.REPORTED, Metric.REPORTED_SPEAKER,
                gr.stream().map(r -> new Gold(r.content(), r.speaker(), r.optional())).toList(),
                sr.stream().map(r -> new Sys(r.text(), r.speaker(), r.anonymous())).toList(), rs, counts, misses, wrong, extras);

        // --- people ---
        List<GoldPerson> gp = gold.people();
        List<SystemPerson> sp = sys.people();
        OneToOne people = new OneToOne(gp.size(), new boolean[gp.size()], sp.size(),
                (g, s) -> TokenMatch.foldName(gp.get(g).name()).equals(TokenMatch.foldName(sp.get(s).name())) ? 1 : -1);
        counts.put(Metric.PEOPLE, people.counts);
        for (int g = 0; g < gp.size(); g++)
            if (!people.goldHit[g]) misses.add(new ArticleReport.Item("person", gp.get(g).name(), null));
        for (int s = 0; s < sp.size(); s++)
            if (people.goldOf[s] < 0) extras.add(new ArticleReport.Item("person", sp.get(s).name(), null));

        return new ArticleReport(gold.article(), present, counts, misses, wrong, extras);
    }

    /** A gold quote or reported statement as both are scored: words, speaker, optional. */
    private record Gold(String text, String speaker, boolean optional) {}

    /** A system quote or reported statement as both are scored. */
    private record Sys(String text, String speaker, boolean anonymous) {}

    /**
     * Scores one kind of statement (quotes or reported statements) given the pair scores (negative:
     * no match): the plain metric on the words, the "+speaker" metric also on the speaker, and the
     * misses, wrong speakers and extras for the report.
     */
    private static void scoreItems(String kind, Metric plain, Metric withSpeaker, List<Gold> gold, List<Sys> sys,
                                   double[][] score, Map<Metric, Counts> counts, List<ArticleReport.Item> misses,
                                   List<ArticleReport.WrongSpeaker> wrong, List<ArticleReport.Item> extras) {
        boolean[] optional = new boolean[gold.size()];
        for (int i = 0; i < optional.length; i++) optional[i] = gold.get(i).optional();
        OneToOne words = new OneToOne(gold.size(), optional, sys.size(), (g, s) -> score[g][s]);
        OneToOne speakers = new OneToOne(gold.size(), optional, sys.size(), (g, s) -> score[g][s] >= 0
                && agrees(gold.get(g).speaker(), sys.get(s).speaker(), sys.get(s).anonymous()) ? score[g][s] : -1);
        counts.put(plain, words.counts);
        counts.put(withSpeaker, speakers.counts);
        for (int g = 0; g < gold.size(); g++)
            if (!optional[g] && !words.goldHit[g]) misses.add(new ArticleReport.Item(kind, gold.get(g).text(), gold.get(g).speaker()));
        for (int s = 0; s < sys.size(); s++) {
            Sys x = sys.get(s);
            int g = words.goldOf[s];
            if (g >= 0 && !agrees(gold.get(g).speaker(), x.speaker(), x.anonymous()))
                wrong.add(new ArticleReport.WrongSpeaker(kind, x.text(), speakerLabel(x.speaker(), x.anonymous()),
                        gold.get(g).text(), gold.get(g).speaker()));
            if (g < 0 && !words.neutral[s])
                extras.add(new ArticleReport.Item(kind, x.text(), speakerLabel(x.speaker(), x.anonymous())));
        }
    }

    /**
     * How well a system reported statement covers a gold content: 1 + overlap when the content lies
     * in the statement's text, the overlap when it lies only in the evidence sentence, -1 otherwise.
     */
    static double contentScore(String goldContent, SystemReported r) {
        double inText = TokenMatch.containment(goldContent, r.text());
        if (inText + EPS >= CONTENT_OVERLAP) return 1 + inText;
        double inEvidence = TokenMatch.containment(goldContent, r.evidence());
        return inEvidence + EPS >= CONTENT_OVERLAP ? inEvidence : -1;
    }

    private static boolean agrees(String gold, String sys, boolean anon) { return TokenMatch.speakerAgrees(gold, sys, anon); }

    static String speakerLabel(String speaker, boolean anonymous) {
        if (anonymous) return TokenMatch.ANONYMOUS;
        return speaker == null || speaker.isBlank() ? "(none)" : speaker;
    }
}
