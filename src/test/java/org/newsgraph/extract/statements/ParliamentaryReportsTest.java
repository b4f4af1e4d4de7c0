package org.newsgraph.extract.statements;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Patterns of British reporting seen on BBC News samples 12 and 13, on texts written for the test: a
 * clause-final cue after a comma that stands inside a closing quotation mark, a member of parliament
 * referred back to by party or seat, the one a question was put to or a subject's appositive name as
 * the person "he" means next, a role in something indefinite as a new unnamed source, and "the paper"
 * as the news outlet named before.
 */
class ParliamentaryReportsTest {

    // pinned: the parse of the BBC sentence, the report an adverbial clause of "said" (invented sentences parse otherwise)
    @Test
    void aClauseFinalCueAfterACommaInsideTheClosingMark() {
        Map<String, String> r = Misparse.statements("Lords\n\nThe council had initially proposed to take this library and "
                + "\"tear it to pieces,\" Mr Dorne said.", 1, "said root ROOT", "proposed advcl said", "Dorne nsubj said", ", punct said");
        assertEquals("Dorne", r.get("The council had initially proposed to take this library and \"tear it to pieces,\""), r.toString());
    }

    @Test
    void theMemberOfParliamentByPartyOrSeatIsThePersonNamedBefore() {
        Map<String, String> r = SaidBy.texts("Lords\n\nFormer minister Douglas Hale said the bill was \"largely needless\". "
                + "But the Tory MP for Hexley admitted the post \"cannot be frozen in time\".\n\n"
                + "Home Office minister Ruth Bell spoke to MPs.\n\n"
                + "\"The threat is real,\" the Salford MP told the home affairs committee.\n", null);
        assertEquals("Douglas Hale", r.get("the post \"cannot be frozen in time\""), r.toString());
        assertEquals("Ruth Bell", r.get("The threat is real"), r.toString());
    }

    @Test
    void aPassiveSubjectOfTheMainClauseIsWhomAPronounMeansNext() {
        Map<String, String> all = SaidBy.texts("Agency\n\nAlan Jansen was asked on Monday why Doug Smith had been allowed to "
                + "resign. He replied: \"The chief executive decided it was time to move on.\"", null);
        assertEquals("Alan Jansen", all.get("The chief executive decided it was time to move on"), all.toString());
    }

    @Test
    void aWholeQuotationBeforeTheCueIsNoReportThoughItsCommaIsInsideTheMark() {
        Map<String, String> all = SaidBy.texts("Heat\n\nIn Sydney on Friday “The time for inaction is over,” Sarah Perk, the "
                + "study’s lead author, told reporters.", null);
        assertEquals(Map.of("The time for inaction is over", "Sarah Perk"), all);
    }

    @Test
    void someoneSomethingHappenedToIsNotWhomAPronounMeansNext() {
        Map<String, String> all = SaidBy.texts("Football\n\nArsene Weng said the club would wait.\n\nAdrian Muto was sacked by "
                + "Chelsea on Friday after failing a drugs test, a move Weng has backed. But he said: \"I think he will be "
                + "suspended for a long period.\"", null);
        assertEquals("Arsene Weng", all.get("I think he will be suspended for a long period"), all.toString());
    }

    @Test
    void aRoleInSomethingIndefiniteIsANewUnnamedSource() {
        Map<String, String> all = SaidBy.texts("Cars\n\nNot everyone in the industry agrees. \"We know that in five years the "
                + "dollar will be stronger than it is today,\" the chief executive of a leading European car maker told BBC News.", null);
        assertEquals(Map.of("We know that in five years the dollar will be stronger than it is today", "ANONYMOUS"), all);
    }

    @Test
    void aSubjectsAppositiveNameIsWhomAPronounMeansNext() {
        Map<String, String> all = SaidBy.texts("Russia\n\nAnalyst Helena Hess said the risks were real.\n\nThe company's founder "
                + "and ex-chief executive, Mikhail Korov, is in jail on trial for tax evasion. Many believe the real motive for "
                + "his prosecution is that he threatened to use his wealth to set up a political alternative.", null);
        assertEquals("Mikhail Korov", all.get("to use his wealth to set up a political alternative"), all.toString());
    }

    @Test
    void thePaperIsTheOutletNamedBeforeNotAnotherOrganisation() {
        Map<String, String> all = SaidBy.texts("Forecasts\n\nThe International Monetary Fund is to cut its growth forecast for "
                + "Germany, the Financial Times reported.\n\nIn September, the IMF had said that growth would be 1.8%. The IMF "
                + "has also revised its eurozone forecasts, the paper said.", null);
        assertEquals("Financial Times", all.get("The IMF has also revised its eurozone forecasts"), all.toString());
    }

    @Test
    void thePaperIsTheOutletThatSpokeLast() {
        Map<String, String> all = SaidBy.texts("Dossier\n\nThe Mirror newspaper said on Tuesday it had been handed a secret "
                + "dossier. The paper said the document had been found in a London street.", null);
        assertEquals("Mirror newspaper", all.get("the document had been found in a London street"), all.toString());
    }
}
