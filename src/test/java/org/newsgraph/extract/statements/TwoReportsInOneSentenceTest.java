package org.newsgraph.extract.statements;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Statement;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where one report ends and the next begins when a sentence holds two cues (sentences written for these tests). */
class TwoReportsInOneSentenceTest {
    @Test
    void aSecondSpeakerJoinedByButStartsAReportOfTheirOwn() {
        // ("but" tagged as a preposition here)
        Map<String, String> said = SaidBy.texts("Piracy case\n\nPort officials claimed Mr Dunmore was one of the gang's leaders but "
                + "his lawyer, Carla Menzies, told the Evening Post it was an absurd suggestion and added: \"He has never owned a "
                + "boat in his life.\"", null);
        assertEquals("ANONYMOUS", said.get("Mr Dunmore was one of the gang's leaders"), said.toString());
        assertEquals("Carla Menzies", said.get("it was an absurd suggestion"), said.toString());
        assertEquals("Carla Menzies", said.get("He has never owned a boat in his life"), said.toString());
    }

    @Test
    void aRequestReportedByTheCueAfterItIsThatSpeakersWords() {
        Map<String, String> said = SaidBy.texts("Flood bill\n\nThe provincial treasurer Amal Perera spoke in Colombo on Monday. "
                + "The province is asking for about $90m from the World Bank to rebuild its bridges, he said.",
                Statement.Kind.REPORTED_SPEECH);
        assertEquals("Amal Perera", said.get("The province is asking for about $90m from the World Bank to rebuild its bridges"),
                said.toString());
        assertTrue(said.keySet().stream().noneMatch(k -> k.endsWith("he said")), said.toString());
    }

    @Test
    void anOpeningClauseWithItsOwnSubordinatorIsNotWhatTheNextCueReports() {
        Map<String, String> said = SaidBy.texts("Clinic row\n\nBut after the trust had agreed to the delay, Mr Hollis said he was "
                + "hopeful a deal could be struck.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("Hollis", said.get("he was hopeful a deal could be struck"), said.toString());
        assertFalse(said.keySet().stream().anyMatch(k -> k.contains("Mr Hollis said")), said.toString());
        // the same with no comma to set the clause off
        said = SaidBy.texts("Clinic row\n\nAfter the trust agreed to the delay Mr Hollis said he was hopeful a deal could be struck.",
                Statement.Kind.REPORTED_SPEECH);
        assertFalse(said.keySet().stream().anyMatch(k -> k.contains("Mr Hollis said")), said.toString());
    }

    @Test
    void aSecondSpeakerAfterWhileStartsAReportOfTheirOwn() {
        Map<String, String> said = SaidBy.texts("Fraud trial\n\nProsecutors claimed the fraud ran to $2m, while his lawyer, Dana Pike, "
                + "told the court the figure was wildly inflated.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("ANONYMOUS", said.get("the fraud ran to $2m"), said.toString());
        assertEquals("Dana Pike", said.get("the figure was wildly inflated"), said.toString());
    }

    @Test
    void anExpletiveAfterTheAddresseeOpensWhatWasTold() {
        Map<String, String> said = SaidBy.texts("Care bill\n\nFormer minister Frank Hollis told BBC Radio's Today programme there "
                + "was a danger patients would feel under pressure.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("Frank Hollis", said.get("there was a danger patients would feel under pressure"), said.toString());
    }
}
