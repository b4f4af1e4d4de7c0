package org.newsgraph.eval;

import org.junit.jupiter.api.Test;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class ScorerTest {

    // --- helpers building hand-made gold and system articles ---

    static GoldQuote gq(String speaker, String text) { return new GoldQuote(speaker, text, "direct", false); }

    static GoldQuote gqOpt(String speaker, String text) { return new GoldQuote(speaker, text, "partial", true); }

    static GoldReported gr(String speaker, String content) { return new GoldReported(speaker, "say", content, false); }

    static SystemQuote sq(String speaker, String text) { return new SystemQuote(text, speaker, false, "direct"); }

    static SystemQuote sqAnon(String text) { return new SystemQuote(text, null, true, "direct"); }

    static SystemReported sr(String speaker, String text, String evidence) { return new SystemReported(text, evidence, speaker, false, "say"); }

    static GoldArticle gold(String id, List<GoldPerson> people, List<GoldQuote> quotes, List<GoldReported> reported) {
        return new GoldArticle(id, GoldMetadata.NONE, people, quotes, reported);
    }

    static ArticleReport one(List<GoldQuote> gold, List<SystemQuote> sys) {
        EvalReport r = Scorer.score(List.of(gold("a1", List.of(), gold, List.of())),
                List.of(new SystemArticle("a1", List.of(), sys, List.of())));
        return r.articles().get(0);
    }

    static ArticleReport oneReported(List<GoldReported> gold, List<SystemReported> sys) {
        EvalReport r = Scorer.score(List.of(gold("a1", List.of(), List.of(), gold)),
                List.of(new SystemArticle("a1", List.of(), List.of(), sys)));
        return r.articles().get(0);
    }

    static String words(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
    }

    // --- quotes ---

    @Test
    void exactQuoteMatchIsTruePositiveForSpanAndSpeaker() {
        ArticleReport a = one(List.of(gq("Ana Ruiz", "The harbour will reopen on Monday")),
                List.of(sq("Ana Ruiz", "The harbour will reopen on Monday")));
        assertEquals(new Counts(1, 0, 0), a.get(Metric.QUOTES));
        assertEquals(new Counts(1, 0, 0), a.get(Metric.QUOTES_SPEAKER));
        assertEquals(1.0, a.get(Metric.QUOTES).f1());
        assertTrue(a.misses().isEmpty() && a.extras().isEmpty() && a.wrongSpeakers().isEmpty());
    }

    @Test
    void quoteMarkApostropheCaseAndWhitespaceStylesAreFolded() {
        String gold = "We’re not leaving until the “final” vote";
        String sys = "we're  NOT leaving\nuntil the \"final\" vote,";
        assertEquals(1.0, TokenMatch.f1(sys, gold), 1e-12);
        assertEquals(new Counts(1, 0, 0), one(List.of(gq("Ana Ruiz", gold)), List.of(sq("Ana Ruiz", sys))).get(Metric.QUOTES));
        // and a real wording difference is not folded away
        assertTrue(TokenMatch.f1("We are not leaving", "We’re not leaving") < 1.0);
    }

    @Test
    void tokenF1ThresholdIsInclusiveAtPointEight() {
        // 10 gold tokens, 10 system tokens, 8 shared: F1 = 0.8 exactly -> match
        String gold10 = words(0, 10);
        String sys10 = words(0, 8) + " other1 other2";
        assertEquals(0.8, TokenMatch.f1(sys10, gold10), 1e-12);
        assertEquals(new Counts(1, 0, 0), one(List.of(gq("X Y", gold10)), List.of(sq("X Y", sys10))).get(Metric.QUOTES));

        // 19 and 19 tokens, 15 shared: F1 = 0.789 -> no match: one FP and one FN
        String gold19 = words(0, 19);
        String sys19 = words(0, 15) + " other1 other2 other3 other4";
        double f = TokenMatch.f1(sys19, gold19);
        assertTrue(f > 0.78 && f < 0.8, "f1=" + f);
        ArticleReport a = one(List.of(gq("X Y", gold19)), List.of(sq("X Y", sys19)));
        assertEquals(new Counts(0, 1, 1), a.get(Metric.QUOTES));
        assertEquals(1, a.misses().size());
        assertEquals(1, a.extras().size());
    }

    @Test
    void optionalGoldItemsCountNeitherForNorAgainst() {
        List<GoldQuote> gold = List.of(gq("Ana Ruiz", "The harbour will reopen on Monday"), gqOpt("Ana Ruiz", "unacceptable"));
        // system finds the optional one: neither TP nor FP
        ArticleReport found = one(gold, List.of(sq("Ana Ruiz", "The harbour will reopen on Monday"), sq("Ana Ruiz", "unacceptable")));
        assertEquals(new Counts(1, 0, 0), found.get(Metric.QUOTES));
        assertTrue(found.extras().isEmpty());
        // system misses the optional one: no FN
        ArticleReport missed = one(gold, List.of(sq("Ana Ruiz", "The harbour will reopen on Monday")));
        assertEquals(new Counts(1, 0, 0), missed.get(Metric.QUOTES));
        assertTrue(missed.misses().isEmpty());
        // but an unrelated extra is still an FP
        ArticleReport extra = one(gold, List.of(sq("Ana Ruiz", "The harbour will reopen on Monday"), sq("Ana Ruiz", "nothing like it at all")));
        assertEquals(new Counts(1, 1, 0), extra.get(Metric.QUOTES));
        // a second copy of the optional quote is an FP: only one system item can use a gold item
        ArticleReport twice = one(gold, List.of(sq("Ana Ruiz", "unacceptable"), sq("Ana Ruiz", "unacceptable")));
        assertEquals(new Counts(0, 1, 1), twice.get(Metric.QUOTES));
    }

    @Test
    void requiredGoldIsPreferredOverOptionalForTheSameSystemItem() {
        // system item matches an optional gold item equally well; it must go to the required one
        List<GoldQuote> gold = List.of(gqOpt("Ana Ruiz", "we will see"), gq("Ana Ruiz", "we will see"));
        ArticleReport a = one(gold, List.of(sq("Ana Ruiz", "we will see")));
        assertEquals(new Counts(1, 0, 0), a.get(Metric.QUOTES));
    }

    @Test
    void anonymousSpeakersAgreeWithEachOtherOnly() {
        String text = "The convoy was turned back at the border";
        assertEquals(new Counts(1, 0, 0), one(List.of(gq("ANONYMOUS", text)), List.of(sqAnon(text))).get(Metric.QUOTES_SPEAKER));
        // a system that writes the marker as a name also counts as anonymous
        assertEquals(new Counts(1, 0, 0), one(List.of(gq("ANONYMOUS", text)), List.of(sq("anonymous", text))).get(Metric.QUOTES_SPEAKER));

        ArticleReport named = one(List.of(gq("ANONYMOUS", text)), List.of(sq("Ana Ruiz", text)));
        assertEquals(new Counts(1, 0, 0), named.get(Metric.QUOTES));
        assertEquals(new Counts(0, 1, 1), named.get(Metric.QUOTES_SPEAKER));
        assertEquals(1, named.wrongSpeakers().size());
        ArticleReport.WrongSpeaker w = named.wrongSpeakers().get(0);
        assertEquals("Ana Ruiz", w.systemSpeaker());
        assertEquals("ANONYMOUS", w.goldSpeaker());
        assertEquals(text, w.systemText());

        // no speaker at all agrees with nobody
        assertEquals(new Counts(0, 1, 1), one(List.of(gq("ANONYMOUS", text)), List.of(sq(null, text))).get(Metric.QUOTES_SPEAKER));
        assertEquals(new Counts(0, 1, 1), one(List.of(gq("Ana Ruiz", text)), List.of(sqAnon(text))).get(Metric.QUOTES_SPEAKER));
    }

    @Test
    void speakerNamesAgreeAfterFoldingCaseAndAccents() {
        String text = "We will defend every town";
        assertEquals(new Counts(1, 0, 0),
                one(List.of(gq("Volodymyr Zelenskyy", text)), List.of(sq("volodymyr ZELÉNSKYY", text))).get(Metric.QUOTES_SPEAKER));
        assertTrue(TokenMatch.speakerAgrees("José Andrés", "Jose Andres", false));
        assertFalse(TokenMatch.speakerAgrees("José Andrés", "José Andrade", false));

        EvalReport r = Scorer.score(List.of(gold("a1", List.of(new GoldPerson("Zoë Müller", List.of()), new GoldPerson("Ana Ruiz", List.of())),
                        List.of(), List.of())),
                List.of(new SystemArticle("a1", List.of(new SystemPerson("Zoe Muller"), new SystemPerson("Ana Ramos")), List.of(), List.of())));
        assertEquals(new Counts(1, 1, 1), r.articles().get(0).get(Metric.PEOPLE));
    }

    @Test
    void matchingIsOneToOne() {
        String text = "Prices will fall before the winter";
        ArticleReport a = one(List.of(gq("Ana Ruiz", text)), List.of(sq("Ana Ruiz", text), sq("Ana Ruiz", text)));
        assertEquals(new Counts(1, 1, 0), a.get(Metric.QUOTES));
        assertEquals(new Counts(1, 1, 0), a.get(Metric.QUOTES_SPEAKER));
        assertEquals(1, a.extras().size());

        EvalReport p = Scorer.score(List.of(gold("a1", List.of(new GoldPerson("Ana Ruiz", List.of())), List.of(), List.of())),
                List.of(new SystemArticle("a1", List.of(new SystemPerson("Ana Ruiz"), new SystemPerson("ana ruiz")), List.of(), List.of())));
        assertEquals(new Counts(1, 1, 0), p.articles().get(0).get(Metric.PEOPLE));
    }

    @Test
    void greedyMatchingPairsEachSystemQuoteWithItsBestGold() {
        // gold g1 and g2 share most words; s2 is exactly g2 and s1 exactly g1, in reverse order
        String g1 = "the river rose two metres overnight in the old town";
        String g2 = "the river rose two metres overnight in the new town";
        ArticleReport a = one(List.of(gq("Ana Ruiz", g1), gq("Ben Cole", g2)), List.of(sq("Ben Cole", g2), sq("Ana Ruiz", g1)));
        assertEquals(new Counts(2, 0, 0), a.get(Metric.QUOTES));
        assertEquals(new Counts(2, 0, 0), a.get(Metric.QUOTES_SPEAKER));
        assertTrue(a.wrongSpeakers().isEmpty());
    }

    @Test
    void nestedQuotesCountTwice() {
        List<GoldQuote> gold = List.of(
                gq("Ana Ruiz", "He told me, 'We are done here,' and left the room"),
                gq("Ben Cole", "We are done here"));
        ArticleReport both = one(gold, List.of(sq("Ana Ruiz", "He told me, ‘We are done here,’ and left the room"), sq("Ben Cole", "We are done here")));
        assertEquals(new Counts(2, 0, 0), both.get(Metric.QUOTES_SPEAKER));
        ArticleReport outerOnly = one(gold, List.of(sq("Ana Ruiz", "He told me, 'We are done here,' and left the room")));
        assertEquals(new Counts(1, 0, 1), outerOnly.get(Metric.QUOTES));
    }

    // --- reported statements ---

    @Test
    void reportedContentMustLieInsideTextOrEvidence() {
        GoldReported g = gr("Ana Ruiz", "the ferry service would resume next week");
        // content inside the statement's text
        assertEquals(new Counts(1, 0, 0), oneReported(List.of(g),
                List.of(sr("Ana Ruiz", "that the ferry service would resume next week after repairs", null))).get(Metric.REPORTED));
        // content only in the evidence sentence
        assertEquals(new Counts(1, 0, 0), oneReported(List.of(g),
                List.of(sr("Ana Ruiz", "it would resume", "Ruiz said the ferry service would resume next week, weather permitting."))).get(Metric.REPORTED_SPEAKER));
        // 4 of 7 gold tokens (0.57) is not enough; 5 of 7 (0.71) is
        assertEquals(new Counts(0, 1, 1), oneReported(List.of(g),
                List.of(sr("Ana Ruiz", "the ferry service would sail", null))).get(Metric.REPORTED));
        assertEquals(new Counts(1, 0, 0), oneReported(List.of(g),
                List.of(sr("Ana Ruiz", "the ferry service would resume", null))).get(Metric.REPORTED));
        // the system text containing only a part of a long content is a miss
        assertEquals(new Counts(0, 1, 1), oneReported(List.of(g),
                List.of(sr("Ana Ruiz", "next week", "Next week, she said, would bring news."))).get(Metric.REPORTED));
    }

    @Test
    void reportedSpeakerMetricNeedsAgreeingSpeaker() {
        GoldReported g = gr("Ana Ruiz", "the ferry service would resume next week");
        ArticleReport a = oneReported(List.of(g), List.of(sr("Ben Cole", "the ferry service would resume next week", null)));
        assertEquals(new Counts(1, 0, 0), a.get(Metric.REPORTED));
        assertEquals(new Counts(0, 1, 1), a.get(Metric.REPORTED_SPEAKER));
        assertEquals(List.of(new ArticleReport.WrongSpeaker("reported", "the ferry service would resume next week", "Ben Cole",
                "the ferry service would resume next week", "Ana Ruiz")), a.wrongSpeakers());
    }

    @Test
    void textMatchIsPreferredOverEvidenceOnlyMatch() {
        // two gold contents in one sentence; each system statement's text holds one of them, and both share the evidence
        String evidence = "Ruiz said the ferry service would resume next week and that fares would stay the same.";
        GoldReported g1 = gr("Ana Ruiz", "the ferry service would resume next week");
        GoldReported g2 = gr("Ana Ruiz", "fares would stay the same");
        ArticleReport a = oneReported(List.of(g1, g2), List.of(
                sr("Ana Ruiz", "fares would stay the same", evidence),
                sr("Ana Ruiz", "the ferry service would resume next week", evidence)));
        assertEquals(new Counts(2, 0, 0), a.get(Metric.REPORTED));
    }

    // --- articles, micro average, output ---

    @Test
    void perArticleAndMicroAveragedOverall() {
        GoldArticle a1 = gold("a1", List.of(new GoldPerson("Ana Ruiz", List.of())), List.of(gq("Ana Ruiz", "one two three four")), List.of());
        GoldArticle a2 = gold("a2", List.of(), List.of(gq("Ben Cole", "five six seven eight"), gq("Ben Cole", "nine ten eleven twelve")), List.of());
        GoldArticle a3 = gold("a3", List.of(), List.of(gq("Ben Cole", "alpha beta gamma delta")), List.of());
        EvalReport r = Scorer.score(List.of(a1, a2, a3), List.of(
                new SystemArticle("article/a1", List.of(new SystemPerson("Ana Ruiz")), List.of(sq("Ana Ruiz", "one two three four")), List.of()),
                new SystemArticle("a2.txt", List.of(), List.of(sq("Ben Cole", "five six seven eight"), sq("Ben Cole", "unrelated words here")), List.of()),
                new SystemArticle("zz", List.of(), List.of(sq("Ben Cole", "x")), List.of())));
        assertEquals(new Counts(1, 0, 0), r.articles().get(0).get(Metric.QUOTES));
        assertEquals(new Counts(1, 1, 1), r.articles().get(1).get(Metric.QUOTES));
        assertFalse(r.articles().get(2).inSystem());
        assertEquals(new Counts(0, 0, 1), r.articles().get(2).get(Metric.QUOTES));
        Counts all = r.overall(Metric.QUOTES);
        assertEquals(new Counts(2, 1, 2), all);
        assertEquals(2.0 / 3, all.precision(), 1e-12);
        assertEquals(0.5, all.recall(), 1e-12);
        assertEquals(4.0 / 7, all.f1(), 1e-12);
        assertEquals(List.of("zz"), r.unscoredArticles());
        assertEquals(new Counts(1, 0, 0), r.overall(Metric.PEOPLE));
        // nothing expected and nothing produced: undefined, not a failure
        assertTrue(Double.isNaN(r.overall(Metric.REPORTED).f1()));
    }

    @Test
    void textAndJsonCarryTheSameNumbersAndLists() {
        GoldArticle g = gold("a1", List.of(new GoldPerson("Ana Ruiz", List.of())),
                List.of(gq("Ana Ruiz", "the bridge is safe"), gq("Ben Cole", "we were never told")),
                List.of(gr("Ana Ruiz", "repairs would take a month")));
        SystemArticle s = new SystemArticle("a1", List.of(new SystemPerson("Ana Ruiz"), new SystemPerson("Carl Dunn")),
                List.of(sq("Carl Dunn", "the bridge is safe"), sq("Ana Ruiz", "an invented quote")), List.of());
        EvalReport r = Scorer.score(List.of(g), List.of(s));

        String brief = r.toText(false);
        assertTrue(brief.contains("quotes+speaker"));
        assertFalse(brief.contains("MISS"));
        String verbose = r.toText(true);
        assertTrue(verbose.contains("MISS  quote \"we were never told\" — Ben Cole"), verbose);
        assertTrue(verbose.contains("MISS  reported \"repairs would take a month\""), verbose);
        assertTrue(verbose.contains("WRONG quote \"the bridge is safe\" — system: Carl Dunn, gold: Ana Ruiz"), verbose);
        assertTrue(verbose.contains("EXTRA quote \"an invented quote\""), verbose);
        assertTrue(verbose.contains("EXTRA person \"Carl Dunn\""), verbose);

        JsonObject j = JSON.parse(r.toJson());
        JsonObject q = j.getObj("overall").getObj("quotes");
        assertEquals(1, q.getNumber("tp").intValue());
        assertEquals(1, q.getNumber("fp").intValue());
        assertEquals(1, q.getNumber("fn").intValue());
        assertEquals(0.5, q.getNumber("f1").doubleValue(), 1e-9);
        assertEquals(0.5, q.getNumber("precision").doubleValue(), 1e-9);
        assertEquals(0, j.getObj("overall").getObj("quotes+speaker").getNumber("tp").intValue());
        assertTrue(j.getObj("overall").getObj("reported").get("precision").isNull());
        JsonObject art = j.get("articles").getAsArray().get(0).getAsObject();
        assertEquals("a1", art.getString("article"));
        assertEquals(2, art.get("misses").getAsArray().size());
        assertEquals("Carl Dunn", art.get("wrongSpeakers").getAsArray().get(0).getAsObject().getString("systemSpeaker"));
        List<String> extras = new ArrayList<>();
        art.get("extras").getAsArray().forEach(v -> extras.add(v.getAsObject().getString("text")));
        assertEquals(List.of("an invented quote", "Carl Dunn"), extras);
    }
}
