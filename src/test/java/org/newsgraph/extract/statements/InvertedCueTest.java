package org.newsgraph.extract.statements;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Statement;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cues whose speaker follows the verb or whose verb opens the sentence, where the parser lost the
 * subject (layouts seen on PolNeAR train/dev; sentences written for these tests).
 */
class InvertedCueTest {
    @Test
    void aNameAfterTheCueWhoseDescriptionTheParserTookForTheSubject() {
        // parsed with "editor" as the subject and the name as its compound
        Map<String, String> said = SaidBy.texts("Jets\n\n\"Boeing has the latest variant in a very successful line of airplanes,\" "
                + "said David Learmount, operations and safety editor at industry magazine Flight International.", null);
        assertEquals("David Learmount", said.get("Boeing has the latest variant in a very successful line of airplanes"), said.toString());
    }

    @Test
    void postposedSpeakerBeforeAParticiple() {
        // the parser made the name the subject of "asked"
        Map<String, String> said = SaidBy.texts("“I am not going to apologise for it, so forget about it,” said retired surgeon "
                + "Dana Whitcombe, asked about her claims.", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Dana Whitcombe", said.get("I am not going to apologise for it, so forget about it"), said.toString());
    }

    @Test
    void postposedSpeakerAfterAnAbbreviatedTitle() {
        Map<String, String> said = SaidBy.texts("Hearing\n\n\"This is a waste of time. It is destroying this committee,\" said Del. "
                + "Carla Ortiz of the Virgin Islands.", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Carla Ortiz", said.get("This is a waste of time. It is destroying this committee"), said.toString());
    }

    @Test
    void postposedSpeakerTheParserMadeTheRoot() {
        // "said" parsed as an adjective of "consultant", compounded to the name at the root
        Map<String, String> said = SaidBy.texts("\"At the end of the day, it just became a crowded field of candidates,\" said  "
                + "Republican political consultant Dana Whitcombe. \"I actually think he may have peaked too soon in the state.\"",
                Statement.Kind.DIRECT_QUOTE);
        assertEquals("Dana Whitcombe", said.get("At the end of the day, it just became a crowded field of candidates"), said.toString());
        assertEquals("Dana Whitcombe", said.get("I actually think he may have peaked too soon in the state"), said.toString());
    }

    @Test
    void invertedLeadCue() {
        // the tagger reads "Said" as the first word of a name; "Added" gets no subject
        var doc = org.newsgraph.nlp.NlpPipeline.shared().annotate("Tax experts doubt the plan will pass. Said Marta Ellison: "
                + "“I don’t get the sense she’s the least bit interested in tax reform.”\n\nThe union rejected the offer. Added "
                + "the union's spokeswoman, “We will not sign anything that cuts pensions.”", null);
        var agents = new org.newsgraph.extract.agents.AgentExtractor().extract(doc);
        var statements = new StatementExtractor().extract(doc, agents);
        Statement ellison = statements.stream().filter(s -> s.text().contains("least bit")).findFirst().orElseThrow();
        assertEquals("Marta Ellison", GoldScorer.speakerName(ellison.speaker(), agents));
        assertEquals("say", ellison.cue());
        Statement union = statements.stream().filter(s -> s.text().contains("cuts pensions")).findFirst().orElseThrow();
        assertEquals("ANONYMOUS", GoldScorer.speakerName(union.speaker(), agents));
    }

    @Test
    void aFragmentQuotedBeforeAsXSaid() {
        // "as" stands between the quotation and its cue, which reports nothing after it
        Map<String, String> said = SaidBy.texts("Still, the fact that the vote “is a toss-up right now,” as Brenner said on a "
                + "radio show on Monday, only raises the stakes.", null);
        assertEquals("Brenner", said.get("is a toss-up right now"), said.toString());
        assertTrue(said.keySet().stream().noneMatch(t -> t.contains("raises the stakes")), said.toString());
    }

    @Test
    void aParticipleSetOffAfterTheCueIsNotWhatWasSaid() {
        Map<String, String> said = SaidBy.texts("Port strike\n\n\"The offer stands,\" a spokesman for the authority said, speaking "
                + "on condition of anonymity.", null);
        assertEquals(Map.of("The offer stands", "ANONYMOUS"), said);
    }

    @Test
    void aSurnameTheTaggerTookForACommonNounSpeaks() {
        Map<String, String> said = SaidBy.texts("United held\n\nUnited were held to a draw on Saturday, leaving Erik ten Hag under "
                + "pressure. Ten Hag said he still had the backing of the board.", null);
        assertEquals("Erik ten Hag", said.get("he still had the backing of the board"), said.toString());
    }

    @Test
    void theNounBeforeASetOffRelativeClauseSpeaksNotWhomItWasTold() {
        // the parser made "told" part of the relative clause ("who" its object) and left it no subject
        Map<String, String> said = SaidBy.texts("Data breach\n\nA person familiar with the investigation, who asked not to be "
                + "named, told Reuters: \"The attackers were inside the network for months.\"", null);
        assertEquals("ANONYMOUS", said.get("The attackers were inside the network for months"), said.toString());
    }

    @Test
    void aPassiveCueInAnOpeningClauseReportsNothingAfterIt() {
        // the passive subject is what was revealed; the main clause after the comma is no report of it
        Map<String, String> said = SaidBy.texts("When terrorists are revealed as part of the second front of the war on terror, "
                + "Okafor and Lindqvist call them \"lone wolves\" and describe their actions as crimes rather than acts of war.",
                Statement.Kind.REPORTED_SPEECH);
        assertTrue(said.keySet().stream().noneMatch(k -> k.contains("second front")), said.toString());
        // a question put to someone is still reported
        said = SaidBy.texts("When Robby Moot, the campaign manager was asked during a luncheon held by the Journal if Dana "
                + "Whitcombe would schedule a press conference prior to Election Day, he laughed and said, \u201cWe\u2019ll see.\u201d",
                Statement.Kind.REPORTED_SPEECH);
        assertTrue(said.keySet().stream().anyMatch(k -> k.contains("would schedule a press conference")), said.toString());
    }

    @Test
    void aRelativeClauseAfterADescriptionAndItsNameIsTheNamedPersons() {
        Map<String, String> said = SaidBy.texts("Tributes\n\nAmong the tributes was one from his friend, the producer Quincy Vance, "
                + "who described him as a \"brother in every sense of the word\".", Statement.Kind.REPORTED_SPEECH);
        assertTrue(said.entrySet().stream().anyMatch(e -> e.getKey().startsWith("him as a") && e.getValue().equals("Quincy Vance")),
                said.toString());
        // a name the description only mentions is not whom it describes
        said = SaidBy.texts("Tributes\n\nAmong the tributes was one from his friend, the daughter of activist Malcolm Vance, who "
                + "described him as a \"brother in every sense of the word\".", Statement.Kind.REPORTED_SPEECH);
        assertTrue(said.values().stream().noneMatch(v -> v.equals("Malcolm Vance")), said.toString());
    }

    @Test
    void aNameWithItsDescriptionBeforeTheCueSpeaksWhenTheSecondCommaIsMissing() {
        Map<String, String> said = SaidBy.texts("Target\n\nThe minister set a new target. Dana Ruiz, party health spokesman said: "
                + "\"It is a failed target.\"", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Dana Ruiz", said.get("It is a failed target"), said.toString());
    }
}
