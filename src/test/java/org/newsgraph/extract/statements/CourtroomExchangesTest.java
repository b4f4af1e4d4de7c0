package org.newsgraph.extract.statements;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Statement;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Patterns of long-form US news (court reports, investigations) seen on the newspaper4k test articles,
 * on texts written for the test: an exchange of two speakers, a quotation whose attribution goes on
 * with a long phrase, a verb sharing the subject of a clause before it, a person as the object of
 * "confirm", what someone was pressed to say, and "according to" set off inside what it reports.
 */
class CourtroomExchangesTest {

    private static final String HEARING = "Court hears case\n\n"
            + "Solicitor General Elizabeth Marsh argued for the government. Justice Samuel Ortega asked questions.\n\n";

    @Test
    void aPronounOfTheOtherGenderIsThePersonNamedSinceTheSpeakerSpoke() {
        // the parser makes "And" the head of the sentence that names him, so he is no subject it knows of
        Map<String, String> all = SaidBy.texts("Awards night\n\nMary Okafor, who won for her role in The Harbour, said her award "
                + "was \"a surprise\". Of her co-star, she said: \"She is inspiring.\" And James Lindqvist, who had two nominations "
                + "this year, paid tribute to the \"beautiful legacy\" of soul legend Ray Charles, who died last year, and thanked "
                + "director Tom Reed. \"You took a chance, man,\" he said.", null);
        assertEquals("James Lindqvist", all.get("You took a chance, man"), all.toString());
        assertEquals("Mary Okafor", all.get("She is inspiring"), all.toString());
    }

    @Test
    void aPronounOfTheOtherGenderGoesBackToTheOtherPartyOfTheExchange() {
        Map<String, String> all = SaidBy.texts(HEARING + "Ortega asked whether the rule had limits. “Is that right?” he asked.\n\n"
                + "“No, Justice Ortega,” Marsh said. “I was trying to make a narrower point.”\n\n"
                + "“Then why were you talking about hospitals,” he rejoined.\n", null);
        assertEquals("Samuel Ortega", all.get("Then why were you talking about hospitals"), all.toString());
        assertEquals("Elizabeth Marsh", all.get("I was trying to make a narrower point"), all.toString());
    }

    @Test
    void withinOneParagraphTheArticlesOwnPronounStands() {
        // no list of first names outweighs "he" right after the person said something in the same paragraph
        Map<String, String> all = SaidBy.texts("Retail sales\n\nRoberto Diaz, an economist at Harbour Bank, said "
                + "sales were strong.\n\nMaria Lopez, an analyst at Keel Securities, said spending would slow. "
                + "“Shoppers are still spending on essentials,” he said.\n", null);
        assertEquals("Maria Lopez", all.get("Shoppers are still spending on essentials"), all.toString());
    }

    // pinned: "homing" tagged a noun and hung on "interjected" as its object, so the parse has no cue
    @Test
    void aQuotationWhoseCueGoesOnWithALongPhraseSetOffByAComma() {
        Map<String, String> all = Misparse.statements(HEARING + "“What about a town that has no fire station,” Ortega "
                + "interjected, homing in on what he plainly saw as a weak point in the whole argument.", 3,
                "homing obj interjected");
        assertEquals("Samuel Ortega", all.get("What about a town that has no fire station"), all.toString());
    }

    @Test
    void aVerbSharingTheSubjectOfAClauseBeforeItClosesNoReport() {
        Map<String, String> all = SaidBy.texts("Trial\n\nUpset by the strange order, the young clerk eventually stopped "
                + "Ms. Vance outside the court to tell her about the planned search and to warn her against bringing "
                + "the files inside.", null);
        assertTrue(all.keySet().stream().noneMatch(k -> k.startsWith("Upset")), all.toString());
    }

    @Test
    void aPersonConfirmedOrAnnouncedIsNothingSaid() {
        assertTrue(SaidBy.texts("Vote\n\nThe Senate confirmed Dana Whitfield in March by a wide margin.", null).isEmpty());
        assertTrue(SaidBy.texts("Show\n\nThe presenter announced himself as the new host of the show.", null).isEmpty());
    }

    @Test
    void whatSomeoneWasPressedToSayIsNotSaid() {
        assertTrue(SaidBy.texts("Trial\n\nThe prosecutor pressed Mr. Hale to acknowledge the gaps in his accounts.", null).isEmpty());
    }

    @Test
    void accordingToSetOffInsideTheClauseIsNoPartOfWhatWasSaid() {
        Map<String, String> a = SaidBy.texts("Climate\n\nThe rules cut pollution, but, according to Marta Lind, the tradeoff "
                + "has been faster warming.", Statement.Kind.REPORTED_SPEECH);
        assertEquals(Map.of("the tradeoff has been faster warming", "Marta Lind"), a);
        Map<String, String> b = SaidBy.texts("Records\n\nHis first recruiter, according to court papers, was a former guard.",
                Statement.Kind.REPORTED_SPEECH);
        assertEquals(Set.of("His first recruiter was a former guard"), b.keySet());
    }
}
