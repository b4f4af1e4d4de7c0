package org.newsgraph.nlp;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class NlpPipelineTest {
    static final String TEXT = "The mayor of Lviv met aid workers on Tuesday, officials said.\n\n"
            + "“We will rebuild,” Olena Hrytsenko told reporters in Kyiv.";

    @Test
    void tokensCarryOffsetsIntoTheCleanedText() {
        Document d = NlpPipeline.shared().annotate(TEXT, null);
        for (Sentence s : d.sentences())
            for (Token t : s.tokens()) assertEquals(TEXT.substring(t.begin(), t.end()), t.word());
        assertTrue(d.tokenCount() > 15);
    }

    @Test
    void aQuotationInsideAClauseDoesNotBreakItsParse() {
        Document d = NlpPipeline.shared().annotate("The candidate gave no cost estimate, though he said “budget reforms” and the collection of unpaid taxes would finance the plan.", null);
        Sentence s = d.sentences().get(0);
        int said = -1, finance = -1;
        for (Token t : s.tokens()) {
            if (t.word().equals("said")) said = t.index();
            if (t.word().equals("finance")) finance = t.index();
        }
        // the reported clause hangs from "said"
        int h = finance;
        for (int steps = 0; steps < 5 && h >= 0 && h != said; steps++) h = s.head(h) == null ? -1 : s.head(h).governor();
        assertEquals(said, h, s.dependencies().toString());
        // the marks are still in the parse, as punctuation of the words they enclose
        for (Token t : s.tokens()) {
            if (t.word().equals("“")) assertEquals("budget", s.tokens().get(s.head(t.index()).governor()).word());
            if (t.word().equals("”")) assertEquals("reforms", s.tokens().get(s.head(t.index()).governor()).word());
            if (t.word().equals("“") || t.word().equals("”")) assertEquals("punct", s.head(t.index()).relation());
        }
    }

    @Test
    void aStateAbbreviationInBracketsDoesNotEndTheSentence() {
        Document d = NlpPipeline.shared().annotate("The plan is good business, Sen. Carla Ortiz (R-S.C.) told reporters on Thursday. "
                + "She left.\n\nA new paragraph (D-Md.)\n\nstarts here.", null);
        assertEquals(4, d.sentences().size(), d.sentences().toString());
        assertTrue(d.sentences().get(0).text(d.text()).endsWith("on Thursday."));
    }

    @Test
    void aTitleAbbreviationTheSplitterDoesNotKnowDoesNotEndTheSentence() {
        Document d = NlpPipeline.shared().annotate("The island has no vote in Congress, said Del. Carla Ortiz of the Virgin Islands. "
                + "Her office is in Wilmington, Del.\n\nThe vote is next week.", null);
        assertEquals(3, d.sentences().size(), d.sentences().toString());
        assertTrue(d.sentences().get(0).text(d.text()).endsWith("of the Virgin Islands."), d.sentences().toString());
    }

    @Test
    void closingMarksRunTogetherAreTokensOfTheirOwn() {
        // "’”" closing a quoted phrase at the end of a quotation was one token, tagged as a symbol
        String text = "“We call it ‘home,’” Ana Ruiz said.";
        Document d = NlpPipeline.shared().annotate(text, null);
        Sentence s = d.sentences().get(0);
        List<String> marks = s.tokens().stream().filter(t -> t.word().equals("’") || t.word().equals("”")).map(Token::pos).toList();
        assertEquals(List.of("''", "''"), marks, s.tokens().toString());
        for (Token t : s.tokens()) assertEquals(text.substring(t.begin(), t.end()), t.word());
        Token ruiz = s.tokens().stream().filter(t -> t.word().equals("Ruiz")).findFirst().orElseThrow();
        assertEquals("nsubj", s.head(ruiz.index()).relation(), s.dependencies().toString());
    }

    @Test
    void wireDoubleMarksStayOneTokenAndOpenOrClose() {
        Document d = NlpPipeline.shared().annotate("Mr. Brandt, citing ''the magic of the harbour,'' said the town could win.", null);
        List<String> marks = d.sentences().get(0).tokens().stream().filter(t -> t.word().equals("''")).map(Token::pos).toList();
        assertEquals(List.of("``", "''"), marks);
    }

    @Test
    void curlyApostrophesAreTaggedAsStraightOnes() {
        // the tagger learnt "'s" and read "she’s" as a possessive
        Document d = NlpPipeline.shared().annotate("She said it’s over and she’s leaving.", null);
        List<String> tags = d.sentences().get(0).tokens().stream().filter(t -> t.word().equals("’s")).map(Token::pos).toList();
        assertEquals(List.of("VBZ", "VBZ"), tags);
    }

    @Test
    void aQuotedQuestionGoesOnWithItsCue() {
        Document d = NlpPipeline.shared().annotate("Mira sat down. “Are you winning?” she asked, but he was asleep.", null);
        assertEquals(2, d.sentences().size(), d.sentences().toString());
        assertTrue(d.sentences().get(1).text(d.text()).endsWith("asleep."));
    }

    @Test
    void aQuotedQuestionGoesOnWithANameAndItsCue() {
        Document d = NlpPipeline.shared().annotate("Mira sat down. “Who would have believed it?” Mr. Varga said, looking at the crowd. "
                + "“Is it over?” Ana Ruiz asked. “Not Yet!” The crowd cheered.", null);
        List<String> texts = d.sentences().stream().map(s -> s.text(d.text())).toList();
        assertEquals(5, texts.size(), texts.toString());
        assertTrue(texts.get(1).endsWith("looking at the crowd."), texts.toString());
        assertTrue(texts.get(2).endsWith("Ana Ruiz asked."), texts.toString());
        assertEquals("The crowd cheered.", texts.get(4), "a new sentence with no verb of attribution stays apart");
    }

    @Test
    void aQuotedQuestionGoesOnWithACommaAfterIt() {
        Document d = NlpPipeline.shared().annotate("Mira sat down. \"Do you care about the river?\", implored campaigner Barry Lim.", null);
        List<String> texts = d.sentences().stream().map(s -> s.text(d.text())).toList();
        assertEquals(2, texts.size(), texts.toString());
        assertTrue(texts.get(1).endsWith("Barry Lim."), texts.toString());
    }

    @Test
    void aQuotationClosedWithAFullStopGoesOnWithAShortCue() {
        Document d = NlpPipeline.shared().annotate("Mira sat down. “We will appeal the ruling.” Olsen said. “We lost.” she said. "
                + "“It is over.” Olsen said it was time to go home.", null);
        List<String> texts = d.sentences().stream().map(s -> s.text(d.text())).toList();
        assertEquals(5, texts.size(), texts.toString());
        assertTrue(texts.get(1).endsWith("Olsen said."), texts.toString());
        assertTrue(texts.get(2).endsWith("she said."), texts.toString());
        assertEquals("Olsen said it was time to go home.", texts.get(4), "a cue that reports something of its own stays apart");
    }

    @Test
    void sentencesNeverCrossAParagraphBreak() {
        Document d = NlpPipeline.shared().annotate("A short line without a full stop\n\nAnother paragraph follows here.", null);
        assertEquals(2, d.sentences().size());
    }

    @Test
    void relativeDatesAreNormalisedAgainstThePublicationDate() {
        Document d = NlpPipeline.shared().annotate(TEXT, LocalDate.of(2025, 3, 6));
        assertTrue(d.mentions().stream().anyMatch(m -> m.type().equals("DATE") && "2025-03-04".equals(m.normalized())),
                d.mentions().toString());
    }

    @Test
    void placeNamesTheModelMissesAreStillPlaces() {
        Document d = NlpPipeline.shared().annotate(TEXT, null);
        assertTrue(d.mentions().stream().anyMatch(m -> m.text().equals("Kyiv") && m.type().equals("LOCATION")));
        assertTrue(d.mentions().stream().anyMatch(m -> m.text().equals("Lviv") && m.type().equals("LOCATION")));
        assertTrue(d.mentions().stream().anyMatch(m -> m.text().equals("Olena Hrytsenko") && m.type().equals("PERSON")));
    }

    @Test
    void dependenciesFormOneTreePerSentence() {
        Document d = NlpPipeline.shared().annotate(TEXT, null);
        for (Sentence s : d.sentences()) {
            assertFalse(s.dependencies().isEmpty(), "a sentence with a quote, a cue and names is parsed");
            assertEquals(1, s.dependencies().stream().filter(e -> e.governor() == -1).count());
            for (Token t : s.tokens()) assertNotNull(s.head(t.index()), "every token has a head");
        }
    }

    @Test
    void aSentenceExtractionReadsNoTreeOfIsLeftUnparsedButKeepsItsTags() {
        String text = "Olena Hrytsenko told reporters the bridge would reopen.\n\nTemperatures fell to minus five overnight.";
        NlpPipeline p = NlpPipeline.shared();
        Document d = p.annotate(text, null);
        assertEquals(2, d.sentences().size());
        assertFalse(d.sentences().get(0).dependencies().isEmpty());
        Sentence quiet = d.sentences().get(1);
        assertEquals(p.settings().selectiveParse(), quiet.dependencies().isEmpty());
        assertNull(quiet.head(0));
        assertTrue(quiet.children(0).isEmpty());
        assertEquals("VBD", quiet.tokens().get(1).pos());
        assertEquals("fall", quiet.tokens().get(1).lemma());
    }

    @Test
    void aSentenceSutimeSkipsKeepsItsModelLabelsAndOneItReadsGetsTimesAndNumbers() {
        String text = "Olena Hrytsenko praised the volunteers in Lviv.\n\n"
                + "Bread prices rose 5 percent, Hrytsenko said at the time.";
        NlpPipeline p = NlpPipeline.shared();
        long[] before = p.timeSelectionCounts();
        Document d = p.annotate(text, LocalDate.of(2025, 3, 6));
        long[] after = p.timeSelectionCounts();
        if (p.settings().selectiveTime()) {
            assertEquals(2, after[0] - before[0], "both sentences tagged");
            assertEquals(1, after[1] - before[1], "SUTime skipped on the first only");
        }
        Sentence quiet = d.sentences().get(0);
        assertEquals("PERSON", quiet.tokens().get(0).ner());
        assertEquals("PERSON", quiet.tokens().get(1).ner());
        assertEquals("LOCATION", quiet.tokens().get(6).ner());
        for (Token t : quiet.tokens()) assertNull(t.normalizedNer(), t.word());
        Sentence timed = d.sentences().get(1);
        assertEquals("PERCENT", timed.tokens().get(3).ner());
        assertEquals("PERSON", timed.tokens().get(6).ner());
        Token time = timed.tokens().get(10);
        assertEquals("time", time.word());
        assertEquals("DATE", time.ner());
        assertEquals("PAST_REF", time.normalizedNer());
    }
}
