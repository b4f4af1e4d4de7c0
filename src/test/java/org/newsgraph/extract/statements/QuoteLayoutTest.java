package org.newsgraph.extract.statements;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Statement;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Quotations attributed by their layout alone, where the verb is no listed verb of saying or the
 * cue went missing (layouts seen in BBC News; sentences written for these tests).
 */
class QuoteLayoutTest {
    @Test
    void aVerbAfterTheQuotationTellsHowItWasSaid() {
        Map<String, String> said = SaidBy.texts("Kelvin Moore chaired the panel. \"Do you care about the river at all?\", "
                + "implored campaigner Barry Lim.\n\n\"That was a total disaster for the whole team,\" a crestfallen Mr Moore "
                + "confided in the presenter.", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Barry Lim", said.get("Do you care about the river at all?"), said.toString());
        assertEquals("Kelvin Moore", said.get("That was a total disaster for the whole team"), said.toString());
    }

    @Test
    void aVerbOfThinkingOrAThingIsNoSpeaker() {
        Map<String, String> said = SaidBy.texts("Barry Lim stood up. \"This is going to be a long night,\" he thought to "
                + "himself.\n\n\"The Long and Winding Road,\" the band played twice.", Statement.Kind.DIRECT_QUOTE);
        assertFalse(said.containsKey("This is going to be a long night"), said.toString());
        assertFalse(said.containsKey("The Long and Winding Road"), said.toString());
    }

    @Test
    void aSubordinateClauseAfterTheQuotationIsNoAttribution() {
        String text = "\"That makes me a very smart woman,\" when Oren Lask blasted her for paying no tax.";
        var doc = org.newsgraph.nlp.NlpPipeline.shared().annotate(text, null);
        var quote = new QuoteFinder().find(text).get(0);
        SentenceTree t = new SentenceTree(doc.sentences().get(0));
        assertNull(QuoteThenSpeaker.cue(t, quote.marks(), text, Cues.defaults()));
        // the same verb after a person is how it was said
        String plain = "\"That makes me a very smart woman,\" Oren Lask blasted at the rally.";
        var plainDoc = org.newsgraph.nlp.NlpPipeline.shared().annotate(plain, null);
        SpeechCue cue = QuoteThenSpeaker.cue(new SentenceTree(plainDoc.sentences().get(0)),
                new QuoteFinder().find(plain).get(0).marks(), plain, Cues.defaults());
        assertEquals("blast", cue == null ? null : cue.cue());
    }

    @Test
    void reportedAsSayingGivesTheOneReported() {
        Map<String, String> said = SaidBy.texts("\"If pushed to the wall they will unleash the lawyers,\" Mr Kapor is reported "
                + "as saying.", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Kapor", said.get("If pushed to the wall they will unleash the lawyers"), said.toString());
        said = SaidBy.texts("Party officials suspended John Hewson on Friday. Mr Hewson was quoted in the Courier newspaper "
                + "saying: \"I feel the party has over-reacted to all of this.\"", Statement.Kind.DIRECT_QUOTE);
        assertEquals("John Hewson", said.get("I feel the party has over-reacted to all of this"), said.toString());
    }

    @Test
    void aQuotationRunningIntoTheNextLostItsCueAndKeepsTheSpeaker() {
        Map<String, String> said = SaidBy.texts("\"Patents and open source have lived together for years,\" said spokeswoman "
                + "Jill Sutherland. \"The industry respects the open source movement,\" \"We think companies should be able "
                + "to choose.\"", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Jill Sutherland", said.get("The industry respects the open source movement"), said.toString());
        assertEquals("Jill Sutherland", said.get("We think companies should be able to choose"), said.toString());
    }

    @Test
    void aQuotationAboutThePersonJustIntroducedIsNotTheirs() {
        Map<String, String> said = SaidBy.texts("Squad\n\nCoach Clive Warren stressed that fitness would decide the squad. "
                + "\"There have been some fine performances.\" Forward Sam Tully looks certain to get the call. \"Every player is "
                + "judged on merit and Sam Tully is an outstanding player.\"", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Clive Warren", said.get("Every player is judged on merit and Sam Tully is an outstanding player"),
                said.toString());
        // a quotation after the one introduced that does not talk about them is theirs
        said = SaidBy.texts("Squad\n\nCoach Clive Warren stressed that fitness would decide the squad. \"There have been "
                + "some fine performances.\" Forward Sam Tully looks certain to get the call. \"I am ready for it.\"",
                Statement.Kind.DIRECT_QUOTE);
        assertEquals("Sam Tully", said.get("I am ready for it"), said.toString());
    }

    @Test
    void heIsNotThePersonTheQuotationTalksAboutByName() {
        Map<String, String> said = SaidBy.texts("Manager leaves\n\n\"I am surprised that nobody phoned me,\" chairman Milo Marek "
                + "said. According to Marek, Harry Redd vowed he would not join their rivals. \"I said to Harry 'I hope you don't "
                + "go there', and he told me 'absolutely not',\" he said.", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Milo Marek", said.get("I said to Harry 'I hope you don't go there', and he told me 'absolutely not'"),
                said.toString());
    }
}
