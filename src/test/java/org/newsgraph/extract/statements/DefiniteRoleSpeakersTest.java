package org.newsgraph.extract.statements;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Statement;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whom "the chancellor", "the president" and a pronoun's repeated cue mean (sentences written for these tests). */
class DefiniteRoleSpeakersTest {
    @Test
    void aShadowOrDeputyIsNotTheHolderOfTheOffice() {
        Map<String, String> said = SaidBy.texts("Chancellor Gordon Brook spoke in Leeds. Shadow chancellor Oliver Letts replied "
                + "within the hour. Later the chancellor said the cuts would hurt every school in the country.",
                Statement.Kind.REPORTED_SPEECH);
        assertEquals("Gordon Brook", said.get("the cuts would hurt every school in the country"), said.toString());
        said = SaidBy.texts("President Ana Ruiz opened the summit. Vice President Tomas Varga met the press afterwards. The "
                + "president said the talks had gone well.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("Ana Ruiz", said.get("the talks had gone well"), said.toString());
        // a description that says the rank is that holder
        said = SaidBy.texts("President Ana Ruiz opened the summit. Vice President Tomas Varga met the press afterwards. The "
                + "vice president said the talks had gone well.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("Tomas Varga", said.get("the talks had gone well"), said.toString());
    }

    @Test
    void aRankingInSportIsThePlayerTheStoryFollows() {
        Map<String, String> said = SaidBy.texts("Open\n\nTop seed Rafael Ostrova beat Tomas Lind in straight sets to reach the final. "
                + "\"I think I played better than in the last round,\" said the top seed.", null);
        assertEquals("Rafael Ostrova", said.get("I think I played better than in the last round"), said.toString());
    }

    @Test
    void anAgeAfterTheCueIsThePlayerMadeToActJustBefore() {
        // "old" tagged an adjective; the player named last is the passive subject of "was forced to"
        Map<String, String> said = SaidBy.texts("Sydney final\n\nLleyton Hewitt won the title with a 7-5 6-0 victory. Ivo Minar was "
                + "forced to pull out of the qualifying draw to play in the final. \"For me, this was a big success,\" said the "
                + "20-year-old.", null);
        assertEquals("Ivo Minar", said.get("For me, this was a big success"), said.toString());
    }

    @Test
    void theChancellorIsThePersonJustNamed() {
        Map<String, String> said = SaidBy.texts("Gordon Brook has issued a rallying cry to party supporters. The chancellor said "
                + "the vote will give a clear choice between investment and cuts.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("Gordon Brook", said.get("the vote will give a clear choice between investment and cuts"), said.toString());
    }

    @Test
    void aPronounsCueAfterAReportWithItsOwnSpeakerAddsNoSecondStatement() {
        Map<String, String> said = SaidBy.texts("Chancellor Gordon Brook spoke in Leeds. To a packed hall, Mr Brook said the cuts "
                + "proposed by the opposition were the equivalent of sacking every teacher, he told activists.",
                Statement.Kind.REPORTED_SPEECH);
        assertTrue(said.keySet().stream().noneMatch(k -> k.startsWith("To a packed hall")), said.toString());
        assertEquals("Gordon Brook", said.get("the cuts proposed by the opposition were the equivalent of sacking every teacher"),
                said.toString());
    }

    @Test
    void aPronounInACueSetIntoTheClauseIsNotThePersonTheClauseNames() {
        Map<String, String> said = SaidBy.texts("Oliver Letts, one of the men lampooned in the poster, affects bewilderment at "
                + "the campaign. The Peter Hale \"mongrel\" attack, he says, is just the latest example of the party getting "
                + "the tone wrong.", Statement.Kind.REPORTED_SPEECH);
        assertTrue(said.values().stream().noneMatch("Peter Hale"::equals), said.toString());
        assertTrue(said.values().stream().anyMatch("Oliver Letts"::equals), said.toString());
    }

    @Test
    void theyIsPeopleWhoSpokeTogetherNeverOneNamedPerson() {
        Map<String, String> said = SaidBy.texts("Michael Hurd said the campaign had got off to a great start. The party's posters "
                + "are everywhere. This, they say, contrasts with the rival campaign's negative tone.", Statement.Kind.REPORTED_SPEECH);
        assertTrue(said.values().stream().filter("Michael Hurd"::equals).count() == 1, said.toString());
        assertEquals("ANONYMOUS", said.get("This contrasts with the rival campaign's negative tone"), said.toString());
        said = SaidBy.texts("But Mr. Grassby and Mr. Lahey say other changes are needed.\n\nThe program, which was created in "
                + "1990, has expanded well beyond its original intent, they say.", Statement.Kind.REPORTED_SPEECH);
        assertTrue(said.keySet().stream().anyMatch(k -> k.startsWith("The program")), said.toString());
    }

    @Test
    void aWordForAPlacesPeopleAfterTheArticleIsThePersonJustNamedAndNoPerson() {
        Map<String, String> said = SaidBy.texts("Referee John Dalby ruled out a late try by Bob Deane. Dalby said that Deane was "
                + "tackled short, but the Kiwi said he was dragged back into the field of play.", Statement.Kind.REPORTED_SPEECH);
        assertTrue(said.values().stream().noneMatch("Kiwi"::equals), said.toString());
        String text = "Andy Murdo lost in four sets on Monday. The Scot said he had been troubled by his back all week.";
        said = SaidBy.texts(text, Statement.Kind.REPORTED_SPEECH);
        assertEquals("Andy Murdo", said.get("he had been troubled by his back all week"), said.toString());
        var doc = org.newsgraph.nlp.NlpPipeline.shared().annotate(text, null);
        var agents = new org.newsgraph.extract.agents.AgentExtractor().extract(doc);
        assertTrue(agents.stream().noneMatch(a -> a.name().equals("Scot")), agents.toString());
        // a people in the plural is a group speaking
        said = SaidBy.texts("Times have changed when the Germans announce they are expanding their army for the first time "
                + "in 25 years.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("ANONYMOUS", said.get("they are expanding their army for the first time in 25 years"), said.toString());
    }

    @Test
    void theClubBossIsTheManagerJustNamedAndKeepsTheQuotesThatFollow() {
        Map<String, String> said = SaidBy.texts("Derby row\n\nLater on Sunday, according to the Sentinel, Ruud Lammers spoke to a few "
                + "reporters. \"I have nothing more to say about him,\" the Rovers boss is quoted as saying. \"He talks and talks and "
                + "nobody listens.\"", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Ruud Lammers", said.get("I have nothing more to say about him"), said.toString());
        assertEquals("Ruud Lammers", said.get("He talks and talks and nobody listens"), said.toString());
    }

    @Test
    void aDescriptionInTheSameSentenceAsAnotherSpeakerIsSomeoneElse() {
        Map<String, String> said = SaidBy.texts("Auckland final\n\nMia Dallas beat Ana Varga 6-2 6-3 on Saturday. Dallas said she had "
                + "played her best tennis of the year, but the Kiwi said the wind had ruined the match.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("Mia Dallas", said.get("she had played her best tennis of the year"), said.toString());
        assertEquals("Ana Varga", said.get("the wind had ruined the match"), said.toString());
        // the description that attributed the quotation is its speaker for the rest of the sentence
        said = SaidBy.texts("Vote count\n\nOpposition candidate Omar Sayed conceded defeat to Leyla Demir on Monday.\n\n\"I accept "
                + "the results,\" said the opposition party leader, acknowledging that the gap made a challenge futile.",
                Statement.Kind.REPORTED_SPEECH);
        assertEquals("Omar Sayed", said.get("the gap made a challenge futile"), said.toString());
    }

    @Test
    void ourCorrespondentIsTheReporterNamedBefore() {
        Map<String, String> said = SaidBy.texts("Poll\n\nChina has seen two decades of growth, says the BBC's Lena Ward in "
                + "Beijing. But the results may also reflect official optimism, our correspondent says.",
                Statement.Kind.REPORTED_SPEECH);
        assertEquals("Lena Ward", said.get("But the results may also reflect official optimism"), said.toString());
        // not the person introduced since, who is no correspondent
        said = SaidBy.texts("Strike\n\nThe walkout is a formidable force, BBC correspondent Lena Ward said. Minister Tom Hale "
                + "held a private meeting with union leaders on Thursday. Our correspondent said no deal had been offered.",
                Statement.Kind.REPORTED_SPEECH);
        assertEquals("Lena Ward", said.get("no deal had been offered"), said.toString());
        // a description naming more than the role is whom the story just introduced, not another holder of the role
        said = SaidBy.texts("Derby\n\nVictory coach Ange Pollard missed the match. Tom Aloisi was adamant his side should have "
                + "won. \"The players are distraught,\" the Heart coach said.", Statement.Kind.DIRECT_QUOTE);
        assertEquals("Tom Aloisi", said.get("The players are distraught"), said.toString());
    }

    // "the Bishop": a capitalised title alone, which the tagger marks as a person, refers back to the titled person
    @Test
    void aCapitalisedTitleAloneIsADescription() {
        Map<String, String> said = SaidBy.texts("Diocese\n\nThe Bishop of Durham, the Rt Rev Dr Tom Wright, described the book as "
                + "a thriller.\n\nDespite enjoying the plot, the Bishop said there was a lack of evidence for its claims.",
                Statement.Kind.REPORTED_SPEECH);
        assertEquals("Tom Wright", said.get("there was a lack of evidence for its claims"), said.toString());
        said = SaidBy.texts("Diocese\n\nBishop Tom Wright described the book as a thriller.\n\nDespite enjoying the plot, the "
                + "bishop said there was a lack of evidence for its claims.", Statement.Kind.REPORTED_SPEECH);
        assertEquals("Tom Wright", said.get("there was a lack of evidence for its claims"), said.toString());
    }

    // a title in lower case that names a source ("the spokesman") stays an unnamed source
    @Test
    void aSourceNounInLowerCaseIsNoTitledPerson() {
        Map<String, String> said = SaidBy.texts("Row\n\nLater the prime minister's spokesman was asked by journalists about Mr "
                + "Campbell's language. The spokesman said: \"The person you are referring to can speak for himself.\"", null);
        assertEquals("ANONYMOUS", said.get("The person you are referring to can speak for himself"), said.toString());
    }
}
