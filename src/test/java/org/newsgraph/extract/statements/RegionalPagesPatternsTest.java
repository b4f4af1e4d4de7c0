package org.newsgraph.extract.statements;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Attribution layouts read on the English news pages of Trafilatura's evaluation set (local and
 * regional outlets of the US, Britain, Ireland and the Caribbean, among others; not committed).
 * Sentences written for these tests.
 */
class RegionalPagesPatternsTest {
    @Test
    void aNegationOfTheQuotationIsNoNegationOfTheCue() {
        // the parser hangs the quotation's "n't" on "said" when the quotation has no verb of its own
        Map<String, String> said = SaidBy.texts("The board voted on Tuesday.\n\n\"It does not take a genius to see how this "
                + "happened. It just doesn't,\" said Jeff Mallory, a city councilman in Hendersonville.", null);
        assertEquals("Jeff Mallory", said.get("It does not take a genius to see how this happened. It just doesn't"), said.toString());
        // a cue that is negated still says nothing
        Map<String, String> unsaid = SaidBy.texts("The board voted on Tuesday. Jeff Mallory did not say that the vote was rigged.", null);
        assertFalse(unsaid.containsKey("the vote was rigged"), unsaid.toString());
    }

    @Test
    void aNumberOpensTheUnnamedSpeakerAfterTheCue() {
        Map<String, String> said = SaidBy.texts("The county heard the resort plan on Tuesday.\n\n\"That just does not seem like "
                + "recreation to me,\" said one person during public comment.", null);
        assertEquals("ANONYMOUS", said.get("That just does not seem like recreation to me"), said.toString());
    }

    @Test
    void aParticipleTheTaggerReadAsPastTenseInsideTheObjectMakesNoClause() {
        Map<String, String> said = SaidBy.texts("The minister spoke in the Senate on Tuesday. Manning reminded senators that "
                + "the ministry has added value added tax on luxury food items to reduce demand for them.", null);
        assertFalse(said.keySet().stream().anyMatch(k -> k.startsWith("value added tax")), said.toString());
    }

    @Test
    void anEmphaticPronounAfterTheNameIsNoSpeakerOfItsOwn() {
        Map<String, String> said = SaidBy.texts("Judge Raquel Montoya-Lewis was sworn in on Friday. While it is newsworthy, as "
                + "Montoya-Lewis herself said, \"The most important thing is that I not be the last.\"", null);
        assertEquals("Raquel Montoya-Lewis", said.get("The most important thing is that I not be the last"), said.toString());
    }

    @Test
    void aSurnameTaggedAsAPluralNounAfterAnInvertedCueIsTheSpeaker() {
        Map<String, String> said = SaidBy.texts("Training the model took weeks. The effort may have consumed about 2.8 "
                + "gigawatt-hours of electricity, estimates Evan Sparks, chief executive of Determined AI, a startup that "
                + "provides software to companies.", null);
        assertEquals("Evan Sparks", said.get("The effort may have consumed about 2.8 gigawatt-hours of electricity"), said.toString());
    }

    @Test
    void aPredicateHungOnAVerbHigherUpStillMakesTheObjectItsSubject() {
        Map<String, String> said = SaidBy.texts("The interview aired on Sunday. Asked why Charles was not answering the phone, "
                + "Harry suggested it was because he \"took matters into my own hands.\"", null);
        assertEquals("Harry", said.get("took matters into my own hands"), said.toString());
        // a cue closing the sentence is no predicate of the object
        Map<String, String> source = SaidBy.texts("The talks went on. President Tomas Varga, his wife Elena and two key figures "
                + "from her political faction are under house arrest at the compound in the capital and are insisting the 93 "
                + "year-old finishes his presidential term, a source said.", null);
        assertFalse(source.keySet().stream().anyMatch(k -> k.endsWith("a source said")), source.toString());
    }

    @Test
    void aDescriptionWhoseClosingCommaIsMissingIsNoSpeakerOfItsOwn() {
        Map<String, String> said = SaidBy.texts("Residents saw the plane over the city on Tuesday. Despite the concern from "
                + "residents, Eric Durr, Director of Public Affairs at New York State Division of Military and Naval Affairs "
                + "told Mashable the plane was simply an HC-130, a search and rescue plane, conducting routine training.", null);
        assertEquals("Eric Durr", said.get("the plane was simply an HC-130, a search and rescue plane, conducting routine training"),
                said.toString());
    }

    @Test
    void aSurnameTheTaggerTookForACompanyIsThePersonAPronounFollows() {
        Map<String, String> said = SaidBy.texts("Michael R. Bloomberg is running for president. Paul Begala said it was a big "
                + "risk.\n\nBloomberg has attempted to apologize, saying that he failed at the time to realize the impact.\n\n"
                + "The former mayor argued that the policy worked.", null);
        assertEquals("Michael R. Bloomberg", said.get("he failed at the time to realize the impact"), said.toString());
        assertEquals("Michael R. Bloomberg", said.get("the policy worked"), said.toString());
    }

    @Test
    void whoWasHeardOrRecordedSayingItIsTheSpeaker() {
        Map<String, String> quoted = SaidBy.texts("The video shows the man entering the salon. \"My girlfriend is trying to get "
                + "an appointment,\" the man could be heard saying.", null);
        assertEquals("ANONYMOUS", quoted.get("My girlfriend is trying to get an appointment"), quoted.toString());
        Map<String, String> reported = SaidBy.texts("The tapes were released on Monday. Dana Whitcombe was recorded telling "
                + "aides that the plan had failed.", null);
        assertEquals("Dana Whitcombe", reported.get("the plan had failed"), reported.toString());
    }
}
