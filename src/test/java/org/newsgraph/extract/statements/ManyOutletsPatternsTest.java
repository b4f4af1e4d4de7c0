package org.newsgraph.extract.statements;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Statement;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Attribution layouts read on articles of many outlets (the article-extraction benchmark's pages:
 * wire copy, business, science, entertainment, British and American; not committed). Sentences
 * written for these tests.
 */
class ManyOutletsPatternsTest {
    // pinned: the parser's misparse of such a sentence (bracketed words in the quotation) makes the name the
    // object of the quotation's verb and the cue its modifier, so the cue has no subject
    @Test
    void aBareSurnameAfterTheCueFollowedByWhereItWasWritten() {
        Map<String, String> said = Misparse.statements("Analysts\n\nBarclays analyst Marta Quint sees little reason to sell. "
                + "“We note that the retailer faced a storm headwind,” wrote Quint in a Tuesday research report.", 2,
                "note root ROOT", "faced ccomp note", "Quint obj faced", "wrote amod Quint", "report obl faced");
        assertEquals("Marta Quint", said.get("We note that the retailer faced a storm headwind"), said.toString());
    }

    @Test
    void anOrganisationSpeakingAfterTheClauseTheParserMadeItsSubject() {
        // parsed with the clause as the subject of "said" and the agency as an appositive of "Omar Reyes"
        Map<String, String> said = SaidBy.texts("Chief prosecutor Ana Lind took the decision to \"close the inquiry regarding Omar "
                + "Reyes\", the Danish Prosecution Authority said.", null);
        assertEquals("Danish Prosecution Authority", said.get("close the inquiry regarding Omar Reyes"), said.toString());
        assertEquals("Danish Prosecution Authority",
                said.get("Chief prosecutor Ana Lind took the decision to \"close the inquiry regarding Omar Reyes\""), said.toString());
    }

    @Test
    void aSurnameTheTaggerTookForAnAdverb() {
        Map<String, String> said = SaidBy.texts("Publisher Dan Early runs the studio. \"Streaming is a binary thing,\" says Early.",
                Statement.Kind.DIRECT_QUOTE);
        assertEquals("Dan Early", said.get("Streaming is a binary thing"), said.toString());
    }

    @Test
    void anAcronymTheTaggerTookForAPronoun() {
        Map<String, String> said = SaidBy.texts("The World Health Organization tracks the outbreak. Untreated cases are "
                + "\"almost always fatal\", says WHO.", Statement.Kind.PARTIAL_QUOTE);
        assertEquals("World Health Organization", said.get("almost always fatal"), said.toString());
    }

    @Test
    void titlesJoinedBeforeTheNameAfterAQuotation() {
        Map<String, String> said = SaidBy.texts("\"We have found the next best thing,\" lead author and Harvard chemist Noor Haddad "
                + "said in a statement.", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Noor Haddad", said.get("We have found the next best thing"), said.toString());
    }

    @Test
    void whomAVerbLetsSpeakIsTheSpeakerAndNoHeForTheNextQuotation() {
        // "the final version" proposed nothing, and is no "he" for the next quotation
        Map<String, String> said = SaidBy.texts("Space\n\nRep. Tom Vance criticised the plan on Tuesday. \"Every study shows we "
                + "need a heavy rocket,\" said Vance.\n\nHe raised that point in criticism of the lander contract (the final "
                + "version did allow companies to propose launching them on the big rocket).\n\n\"Switching horses midstream is "
                + "not a wise move,\" he continued.", null);
        assertEquals("ANONYMOUS", said.get("launching them on the big rocket"), said.toString());
        assertEquals("Tom Vance", said.get("Switching horses midstream is not a wise move"), said.toString());
    }

    @Test
    void whomAVerbMakesSpeakIsTheSpeaker() {
        Map<String, String> said = SaidBy.texts("The question prompted Trump to say that he would win the state.", null);
        assertEquals("Trump", said.get("he would win the state"), said.toString());
        // an unnamed group made to speak is an unnamed source
        Map<String, String> group = SaidBy.texts("The video prompted some viewers to argue that the campaign was offensive.", null);
        assertEquals("ANONYMOUS", group.get("the campaign was offensive"), group.toString());
    }

    @Test
    void whatAVerbWantsSomeoneToSayIsNotSaid() {
        Map<String, String> said = SaidBy.texts("Apex wants the reporters to reveal their sources.", null);
        assertEquals(Map.of(), said);
        // a cue below what is wanted still reports
        Map<String, String> despite = SaidBy.texts("Traders are betting that the Harbour government will want the peso to weaken "
                + "despite saying it favours a strong currency.", null);
        assertEquals("Harbour government", despite.get("it favours a strong currency"), despite.toString());
    }

    @Test
    void aNameEndingTheAppositiveAfterAPlace() {
        // parsed as "envoy to [Ukraine Tom Vasquez]": the name is the envoy's, not where he was sent
        Map<String, String> said = SaidBy.texts("Another diplomat, former special envoy to Ukraine Tom Vasquez, changed his own "
                + "account of the meeting to say the minister did discuss the deal.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("Tom Vasquez", said.get("the minister did discuss the deal"), said.toString());
    }

    @Test
    void anOfficeNamedInFullIsNotThatOfThePersonJustIntroduced() {
        Map<String, String> said = SaidBy.texts("The United States faced criticism on Tuesday, said Secretary of State Dan Morrow."
                + "\n\nThe United Nations High Commissioner for Human Rights said the US decision did \"not modify existing "
                + "international law\".", Statement.Kind.PARTIAL_QUOTE);
        assertEquals("ANONYMOUS", said.get("not modify existing international law"), said.toString());
        // a title whose words name no organisation still refers back
        Map<String, String> mp = SaidBy.texts("Former Cabinet minister Tom Hale said the Bill was \"largely unnecessary\". But the "
                + "Tory MP for Sleaford and North Hykeham admitted the role \"cannot be frozen in aspic\".", Statement.Kind.PARTIAL_QUOTE);
        assertEquals("Tom Hale", mp.get("cannot be frozen in aspic"), mp.toString());
    }

    @Test
    void aClosingParticipleSpeaksForTheSentencesSpeakerNotForWhomItReports() {
        Map<String, String> said = SaidBy.texts("Morrow said that after legal review Washington had concluded the settlements were "
                + "\"not inconsistent with international law\", saying he trusted the courts to decide.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("Morrow", said.get("he trusted the courts to decide"), said.toString());
        // a verb of the quotation the parser hung the cue on is none of the sentence's speakers
        Map<String, String> adding = SaidBy.texts("Dr Owen Dempsey treated the patient. \"Most doctors, in my experience, don't ask "
                + "that level of detail,\" Dempsey said, adding that doctors should always ask about exposures at home.",
                Statement.Kind.REPORTED_SPEECH);
        assertEquals("Owen Dempsey", adding.get("doctors should always ask about exposures at home"), adding.toString());
    }

    @Test
    void whoSpeaksInAnAbsoluteWithAndAParticipleOfSaying() {
        Map<String, String> said = SaidBy.texts("Smoke is set to descend on Delhi this week, with forecasters warning that air "
                + "pollution is likely to reach “severe” levels on Wednesday.", null);
        assertEquals("ANONYMOUS", said.get("air pollution is likely to reach “severe” levels on Wednesday"), said.toString());
        assertEquals("ANONYMOUS", said.get("severe"), said.toString());
        // not a thing the participle describes without "with": "his firm's legal position, saying …" is the person's
        Map<String, String> position = SaidBy.texts("Mr Marchetti is confident of his firm's legal position, saying in an "
                + "interview that the rival's argument \"has no legs\".", Statement.Kind.PARTIAL_QUOTE);
        assertFalse("ANONYMOUS".equals(position.get("has no legs")), position.toString());
    }

    @Test
    void anIngCueOnALengthOfTimeSpeaksForTheSentencesSubject() {
        // a length of time is no one: the person the sentence is about explains
        Map<String, String> spent = SaidBy.texts("Andrew also spent 45 seconds explaining how he could not have been with her.", null);
        assertEquals("Andrew", spent.get("how he could not have been with her"), spent.toString());
    }

    @Test
    void theNewsOrganisationIsTheOutletThatJustReported() {
        Map<String, String> said = SaidBy.texts("Markets\n\nShares of Harbour Bank fell in early trading after CNBC reported that "
                + "the mood in Beijing was gloomy. The news organization, citing a government source, reported that the talks had "
                + "stalled.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("CNBC", said.get("the talks had stalled"), said.toString());
    }

    @Test
    void theStatementJustNamedSpeaksForWhoPutItOut() {
        Map<String, String> said = SaidBy.texts("Two soldiers have been killed in a helicopter crash, the US military said in a "
                + "statement on Wednesday.\n\n\"The cause of the crash is under investigation,\" the statement said.", null);
        // (an organisation named after a place is not the place)
        String military = said.get("Two soldiers have been killed in a helicopter crash");
        assertEquals("US military", military, said.toString());
        assertEquals(military, said.get("The cause of the crash is under investigation"), said.toString());
    }

    @Test
    void thePronounsOfTheArticleOutweighTheFirstNameList() {
        // "Taylor" is listed as a man's name; the article calls her "she", and Braun "he"
        Map<String, String> said = SaidBy.texts("Taylor Brooks has left her label. In a post she described the sale as the "
                + "\"worst case scenario\".\n\nBraun has worked with many stars. He has consistently denied being unfair to "
                + "her.\n\nThen, last week, Taylor Brooks posted on Twitter accusing the label of blocking her songs.\n\nShe "
                + "claimed the label thought the show would amount to a re-recording.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("Taylor Brooks", said.get("the label thought the show would amount to a re-recording"), said.toString());
    }

    @Test
    void theyAfterAnOrganisationWithAPluralVerb() {
        Map<String, String> said = SaidBy.texts("The row\n\nThe label that owns her music, Apex Records, says she may play her "
                + "old songs at the awards.\n\nApex Records have twice denied doing anything wrong.\n\n\"At no point did we "
                + "block her performance,\" they said in a statement.", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Apex Records", said.get("At no point did we block her performance"), said.toString());
    }
}
