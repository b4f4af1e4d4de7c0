package org.newsgraph.extract.statements;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Statement;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports the parser gets wrong in ways seen on real news (BBC sample 9), on sentences written for the
 * test: a speaker after a clause-final cue taken for its object, a clause cut off after its verb or
 * started after its subject, a clause's subject hung on the addressee, and verbs of saying in senses
 * that say nothing.
 */
class MisparsedReportsTest {

    private static Map<String, String> reported(String text) { return SaidBy.texts(text, Statement.Kind.REPORTED_SPEECH); }

    // the parser's misparse of such sentences, pinned: the name after the verb as its object
    @Test
    void aClauseFinalCueWhoseObjectIsItsSpeaker() {
        Map<String, String> all = Misparse.statements("Markets\n\nThe index will climb toward 9,000, predicted Harbour Bank "
                + "strategist Mei Tanaka.", 1, "climb root ROOT", "predicted dep climb", "Tanaka obj predicted");
        assertEquals(Map.of("The index will climb toward 9,000", "Mei Tanaka"), all);
    }

    @Test
    void aNameTheParserReadWithTheDayBeforeItAsAnOblique() {
        // "on Tuesday Ms Dupont" parsed as one phrase: the cue, joined to the first clause by "but", had no subject and took France's
        Map<String, String> all = reported("Arms ban\n\nFrance has been more cautious on the issue, but on Tuesday Ms Dupont said "
                + "she wanted the ban to end.");
        assertEquals(Map.of("she wanted the ban to end", "Dupont"), all);
    }

    @Test
    void aNameSetOffBeforeWhereThePersonWorksSpeaksForACueWithoutSubject() {
        // parsed with "said" hung on the opening participle's clause, whose subject is the firm
        Map<String, String> all = SaidBy.texts("Robots\n\nExplaining why the firm used wheels, Toshi Horiuchi, from the Hitachi "
                + "Research Laboratory, said: \"We aimed to create a robot.\"", null);
        assertEquals(Map.of("We aimed to create a robot", "Toshi Horiuchi"), all);
    }

    @Test
    void aParticipleCueHungOnAThingSpeaksForThePersonTheSentenceIsAbout() {
        // parsed with "saying" as a modifier of "danger" and of "invasion"
        Map<String, String> all = SaidBy.texts("Election\n\nMr Boateng also laughed off suggestions that his seat had been in "
                + "danger saying it was \"one of the safest Labour seats in the country\". Later Mr Boateng insisted there was "
                + "no plan for an invasion saying: \"People say this is the next place.\"", null);
        assertEquals("Boateng", all.get("one of the safest Labour seats in the country"), all.toString());
        assertEquals("Boateng", all.get("People say this is the next place"), all.toString());
        // any cue the parser hung on a time ("last autumn claiming")
        all = SaidBy.texts("Agency woes\n\nThe agency's former chief executive Doug Smith quit last autumn claiming he was "
                + "\"seriously disappointed\" with its performance.", null);
        assertEquals("Doug Smith", all.get("seriously disappointed"), all.toString());
        // what a thing is said to show is no second report of the sentence's speaker
        all = SaidBy.texts("Virus\n\nDr Ana Lee added the agency has found more information suggesting that the virus is new.", null);
        assertEquals(1, all.size(), all.toString());
    }

    @Test
    void aParticipleSayingWhoWroteAWorkSaysNothing() {
        Map<String, String> all = SaidBy.texts("Festival\n\nThe top prize went to low budget thriller Primer, written and directed "
                + "by Shane Carruth.", null);
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void withholdingSomethingFromSomeoneSaysNothing() {
        Map<String, String> all = SaidBy.texts("Derby\n\nThe referee denied him a penalty in the second half.", null);
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void aParticipleSetOffAfterANameSaysNothing() {
        Map<String, String> all = SaidBy.texts("Derby\n\nPavel Kral, recalled in place of Jan Novak, was praised by the coach.", null);
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void theClausesSubjectHungOnTheAddressee() {
        Map<String, String> r = reported("Contract\n\nLt Col Mark Reddy of the PCO told the Associated Press news agency "
                + "Norbridge's withdrawal from the transport contract was a \"mutually agreed separation\".");
        assertEquals(Map.of("Norbridge's withdrawal from the transport contract was a \"mutually agreed separation\"", "Mark Reddy"), r);
    }

    @Test
    void aReportCutOffAfterItsVerbRunsOnToTheComplement() {
        Map<String, String> r = reported("Final\n\nAnd after losing the first set 6-1 to Lukas Berg in Sunday's final, Ivo Ruben "
                + "said he began to doubt himself again.");
        assertEquals(Map.of("he began to doubt himself again", "Ivo Ruben"), r);
    }

    // pinned: "technology" hung on "says" as its object, "means" loosely on the clause's verb
    @Test
    void aClausesSubjectTakenForTheObjectOfSay() {
        Map<String, String> r = Misparse.statements("Speech software\n\nVelora says its compression technology means it will also "
                + "run on older phones.", 1, "technology obj says", "means dep run", "run ccomp says");
        assertEquals(Map.of("its compression technology means it will also run on older phones", "Velora"), r);
    }

    @Test
    void wordsOfTheClauseHungOnTheSourceOfAccordingTo() {
        Map<String, String> r = reported("Aid\n\nDonor nations have promised to give $500m (£260m) in relief over the next six months, "
                + "according to the World Bank.");
        assertEquals(Map.of("Donor nations have promised to give $500m (£260m) in relief over the next six months", "World Bank"), r);
    }

    // pinned: the name hung on the main verb, the cue loosely on it, so the cue has no subject
    @Test
    void aNameAndItsDescriptionSetOffRightBeforeTheVerb() {
        Map<String, String> r = Misparse.statements("Phone taps\n\nThe minister spoke a day after Sir Alan Ridley, the newly "
                + "appointed police commissioner, said he was in favour of the change.", 1, "spoke root ROOT", "Ridley obl spoke", "said dep spoke");
        assertEquals(Map.of("he was in favour of the change", "Alan Ridley"), r);
    }

    @Test
    void aSourcesNameSetOffRightBeforeTheVerb() {
        Map<String, String> r = reported("Housing\n\nA spokesman for Harlow Builders, Dr Venkatesh, told the BBC this will mean "
                + "lower prices for buyers.");
        assertEquals(Map.of("this will mean lower prices for buyers", "Venkatesh"), r);
    }

    // the same name inside the description's own phrase, after a quotation: the quotation is the name's
    @Test
    void aQuotationThenASourceAndItsName() {
        Map<String, String> all = SaidBy.texts("Attacks\n\n\"The attacks draw us all together,\" Ms. Holm's spokesman, Piet Varga, "
                + "wrote on Twitter.", Statement.Kind.DIRECT_QUOTE);
        assertEquals(Map.of("The attacks draw us all together", "Piet Varga"), all);
    }

    // pinned: the predicate of the reported clause hung loosely on "denied", its subject as the object
    @Test
    void aClausesSubjectTakenForTheObjectOfAVerbThatMayReportAThing() {
        Map<String, String> r = Misparse.statements("Film\n\nSome websites attack the trilogy, but Ada Pell has denied her books "
                + "are anti-religious.", 1, "anti-religious dep denied", "are cop anti-religious");
        assertEquals(Map.of("her books are anti-religious", "Ada Pell"), r);
    }

    @Test
    void addingToSomethingSaysNothing() {
        Map<String, String> all = SaidBy.texts("Awards\n\nThe road comedy has had more praise heaped on it by two critics' groups, "
                + "adding to honours it has already picked up.", null);
        assertTrue(all.isEmpty(), all.toString());
    }
}
