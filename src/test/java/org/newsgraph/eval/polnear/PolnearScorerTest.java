package org.newsgraph.eval.polnear;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.Counts;
import org.newsgraph.eval.SystemStatement;
import org.newsgraph.eval.polnear.PolnearScorer.Scope;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** PolNeAR scoring on hand-made gold attributions and system statements. */
class PolnearScorerTest {
    static PolnearAttribution att(String source, String cue, String content) {
        return new PolnearAttribution(source, cue, content, SpeechCues.isSpeech(cue), SpeechCues.isNamed(source));
    }

    static SystemStatement st(String text, String speaker, String cue) {
        return new SystemStatement("a1", text, speaker, false, cue);
    }

    static final PolnearArticle GOLD = new PolnearArticle("a1", List.of(
            att("Mayor Ines Calloway", "said", "the bridge will reopen in May"),          // 0 speech, named
            att("the council", "told reporters", "the budget was approved on Tuesday"),    // 1 speech, not named
            att("Oren Lask", "warned", "tolls would rise for commuters next year"),       // 2 speech, named, missed
            att("He", "believes", "voters will back the plan in November"),               // 3 not speech
            att("Tamsin Vey", "added", "the ferry service will end")));                   // 4 speech, named, wrong speaker

    static final List<SystemStatement> SYSTEM = List.of(
            st("the bridge will reopen in May", "Calloway", "say"),                      // exact content, right speaker
            st("the budget was approved on Tuesday evening", null, "tell"),               // overlap content, no name needed
            st("voters will back the plan", "Ines Calloway", "believes"),                 // matches the belief: neutral
            st("the ferry service will end soon", "Ines Calloway", "add"),              // wrong speaker
            st("a completely different claim about parking", "Oren Lask", "said"));       // extra

    @Test
    void contentMatchesEitherWayAndBeliefsAreNeutral() {
        PolnearReport r = PolnearScorer.score(List.of(GOLD), SYSTEM);
        Counts c = r.overall(Scope.SPEECH, PolnearMetric.CONTENT);
        assertEquals(new Counts(3, 1, 1), c, "3 matched, the parking claim extra, the belief neutral, the tolls missed");
        Counts exact = r.overall(Scope.SPEECH, PolnearMetric.CONTENT_EXACT);
        assertEquals(new Counts(1, 3, 3), exact, "only the bridge statement has the gold words exactly");
        Counts all = r.overall(Scope.ALL, PolnearMetric.CONTENT);
        assertEquals(new Counts(4, 1, 1), all, "over all attributions the belief is a match");
    }

    @Test
    void namedSourceNeedsTheSpeakerToAgree() {
        PolnearReport r = PolnearScorer.score(List.of(GOLD), SYSTEM);
        // Calloway agrees with "Mayor Ines Calloway" by its last word; Ines Calloway is not Tamsin Vey;
        // Oren Lask's attribution was not matched; the council is not a name
        assertEquals(new Counts(1, 1, 2), r.overall(Scope.SPEECH, PolnearMetric.NAMED_SOURCE));
        assertEquals(new Counts(0, 2, 3), r.overall(Scope.SPEECH, PolnearMetric.NAMED_SOURCE_EXACT));
    }

    @Test
    void aNameInsideAnAppositiveSourceCountsOnlyInSpan() {
        PolnearArticle gold = new PolnearArticle("a1", List.of(
                att("Oren Lask, a lawyer for the Harbour Board,", "said", "tolls would rise for commuters next year")));
        List<SystemStatement> sys = List.of(st("tolls would rise for commuters next year", "Oren Lask", "say"));
        PolnearReport r = PolnearScorer.score(List.of(gold), sys);
        // the reference rule compares the whole span and its last word ("Board") only
        assertEquals(new Counts(0, 1, 1), r.overall(Scope.SPEECH, PolnearMetric.NAMED_SOURCE));
        assertEquals(new Counts(1, 0, 0), r.overall(Scope.SPEECH, PolnearMetric.NAMED_SOURCE_IN_SPAN));
        assertFalse(PolnearScorer.nameInSpan("Oren Lask, a lawyer for the Harbour Board,", "Tamsin Vey"));
    }

    @Test
    void aContinuationQuoteOfAMatchedAttributionIsAPieceNotAnExtraInThePiecesFigure() {
        // PolNeAR: "“The bridge is safe,” Oren Lask said. “We will open it on Monday.”" is one attribution
        PolnearArticle gold = new PolnearArticle("a1", List.of(
                att("Oren Lask", "said", "The bridge is safe, We will open it on Monday")));
        List<SystemStatement> sys = List.of(st("The bridge is safe", "Oren Lask", "say"),
                st("We will open it on Monday", "Oren Lask", "say"), st("tolls would rise", "Oren Lask", "say"));
        PolnearReport r = PolnearScorer.score(List.of(gold), sys);
        assertEquals(new Counts(1, 2, 0), r.overall(Scope.SPEECH, PolnearMetric.CONTENT), "the reference figure counts the piece");
        assertEquals(new Counts(1, 1, 0), r.overall(Scope.SPEECH, PolnearMetric.CONTENT_PIECES), "only the tolls are extra");
        String text = r.toText(true);
        assertTrue(text.contains("PIECE [Oren Lask]") && text.contains("EXTRA [Oren Lask] tolls would rise"), text);
    }

    @Test
    void cueOverlapAndExact() {
        PolnearReport r = PolnearScorer.score(List.of(GOLD), SYSTEM);
        // say=said, tell⊂"told reporters", add=added (lemmas); tolls missed
        assertEquals(new Counts(3, 0, 1), r.overall(Scope.SPEECH, PolnearMetric.CUE));
        assertEquals(new Counts(2, 1, 2), r.overall(Scope.SPEECH, PolnearMetric.CUE_EXACT));
    }

    @Test
    void articleWithoutStatementsIsAllMisses() {
        PolnearReport r = PolnearScorer.score(List.of(GOLD), List.of());
        assertEquals(new Counts(0, 0, 4), r.overall(Scope.SPEECH, PolnearMetric.CONTENT));
        assertTrue(r.toText(true).contains("MISS"), r.toText(true));
        assertTrue(r.toJson().contains("\"named-source\""));
    }

    @Test
    void referenceSpeakerRules() {
        assertTrue(ReferenceText.sameSpeaker("Zelenskyy", "Volodymyr Zelensky"), "surname within 2 edits");
        assertFalse(ReferenceText.sameSpeaker("Bill Clinton", "Hillary Clinton"), "different first names");
        assertTrue(ReferenceText.sameSpeaker("Donald J. Trump", "Donald Trump"), "same initial");
        assertEquals(List.of("we", "ll", "cafe"), ReferenceText.tokens("We’ll café"));
    }
}
