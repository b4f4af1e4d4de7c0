package org.newsgraph.extract.agents;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.text.NameFolding;

import java.util.List;

import static org.newsgraph.extract.agents.AgentsOfText.agents;
import static org.newsgraph.extract.agents.AgentsOfText.peopleNames;
import static org.junit.jupiter.api.Assertions.*;

/**
 * One test per kind of junk person the tagger produces on real news (headlines, scraped pages),
 * on texts written for these tests.
 */
class AgentExtractorJunkTest {
    @Test
    void verbEndsANameInATitleCaseHeadline() {
        List<Agent> as = agents("Dana Whitcombe Slams Governor Over Budget Plan\n\n"
                + "Dana Whitcombe, a state senator, criticised the budget on Tuesday.");
        assertTrue(peopleNames(as).contains("Dana Whitcombe"), as.toString());
        assertTrue(peopleNames(as).stream().allMatch(n -> n.split(" ").length <= 2), "no headline fragment: " + peopleNames(as));
    }

    @Test
    void aCompanyNamedAfterAPersonAndDescribedAsACompanyIsAnOrganisation() {
        List<Agent> as = agents("Housing\n\nThe market remains robust, according to housebuilder George Wimpey. Wimpey said "
                + "reservations were better than expected.");
        assertFalse(peopleNames(as).contains("George Wimpey"), as.toString());
        assertTrue(as.stream().anyMatch(a -> a.kind() == AgentKind.ORGANIZATION && a.name().equals("George Wimpey")
                && a.mentions().size() == 2), as.toString());
    }

    @Test
    void aPossessiveEndsAClubTheTaggerRanIntoItsPlayersName() {
        // tagged as one organisation "Arsenal's Sol Campbell"; the article names him as a person too
        List<Agent> as = agents("Feud\n\nArsenal's Sol Campbell has called the rivalry bitter. \"We are up for this one,\" said Campbell.");
        assertTrue(peopleNames(as).contains("Sol Campbell"), as.toString());
        assertTrue(as.stream().noneMatch(a -> a.name().contains("'s")), as.toString());
        assertTrue(as.stream().anyMatch(a -> a.kind() == AgentKind.ORGANIZATION && a.name().equals("Arsenal")), as.toString());
        // a name that holds a possessive stays whole
        as = agents("Claims\n\nLloyd's of London said claims rose.");
        assertTrue(as.stream().anyMatch(a -> a.name().equals("Lloyd's of London")), as.toString());
    }

    @Test
    void aLeadingAdjectiveIsNoPartOfTheName() {
        List<Agent> as = agents("Dear Jack, do not buy a single vote more than is necessary, the letter read.");
        assertFalse(peopleNames(as).contains("Dear Jack"), as.toString());
    }

    @Test
    void aFunctionWordSeparatesTwoNamesTheTaggerRanTogether() {
        // the tagger's span over a title-case headline, given here so the test does not depend on its mood
        var doc = NlpPipeline.shared().annotate("Paper Conflates Ted Maddox With George Wallace.", null);
        var toks = doc.sentences().get(0).tokens();
        int b = toks.get(2).begin(), e = toks.get(6).end();
        var run = new org.newsgraph.nlp.EntityMention(0, b, e, 2, 7, doc.text().substring(b, e), "PERSON", null);
        List<String> parts = new MentionCleaner(AgentLexicon.standard()).parts(doc, run).stream()
                .map(org.newsgraph.nlp.EntityMention::text).toList();
        assertEquals(List.of("Ted Maddox", "George Wallace"), parts);
        // an organisation keeps its function words, one named after a person too
        for (String name : new String[]{"Council On Foreign Relations", "Jane Goodall Institute For Primates"}) {
            var d = NlpPipeline.shared().annotate("Paper Praises " + name + ".", null);
            int n = d.sentences().get(0).tokens().size();
            var org = new org.newsgraph.nlp.EntityMention(0, d.sentences().get(0).tokens().get(2).begin(),
                    d.sentences().get(0).tokens().get(n - 2).end(), 2, n - 1, name, "ORGANIZATION", null);
            assertEquals(1, new MentionCleaner(AgentLexicon.standard()).parts(d, org).size(), name);
        }
    }

    @Test
    void whatComesBeforeATitleInsideAPersonMentionIsNoPartOfTheName() {
        // a span the tagger gives on real news, given here so the test does not depend on its mood
        var doc = NlpPipeline.shared().annotate("Ella Marsh, the daughter of Brookfield Elementary Principal Dana Whitcombe, spoke.", null);
        var toks = doc.sentences().get(0).tokens();
        int b = toks.get(6).begin(), e = toks.get(10).end();
        var run = new org.newsgraph.nlp.EntityMention(0, b, e, 6, 11, doc.text().substring(b, e), "PERSON", null);
        assertEquals("Brookfield Elementary Principal Dana Whitcombe", run.text());
        assertEquals("Dana Whitcombe", new MentionCleaner(AgentLexicon.standard()).clean(doc, run, "PERSON").surface());
        // a city's alderman
        var city = NlpPipeline.shared().annotate("“People are angry,” said Chicago Alderman Jason C. Ervin, who spoke first.", null);
        var ct = city.sentences().get(0).tokens();
        int cb = ct.get(7).begin(), ce = ct.get(11).end();
        var alderman = new org.newsgraph.nlp.EntityMention(0, cb, ce, 7, 12, city.text().substring(cb, ce), "PERSON", null);
        assertEquals("Chicago Alderman Jason C. Ervin", alderman.text());
        assertEquals("Jason C. Ervin", new MentionCleaner(AgentLexicon.standard()).clean(city, alderman, "PERSON").surface());
        // a title that only a last name follows is part of the name ("Martin Luther King III")
        var king = NlpPipeline.shared().annotate("Martin Luther King III spoke.", null);
        int kb = king.sentences().get(0).tokens().get(0).begin(), ke = king.sentences().get(0).tokens().get(3).end();
        var whole = new org.newsgraph.nlp.EntityMention(0, kb, ke, 0, 4, king.text().substring(kb, ke), "PERSON", null);
        assertEquals("Martin Luther King III", new MentionCleaner(AgentLexicon.standard()).clean(king, whole, "PERSON").surface());
    }

    @Test
    void aVerbOfAttributionOpeningTheSentenceIsNoFirstName() {
        // "Said" is a first name too, and the tagger reads "Said Ellis:" as one; the span is given here
        var doc = NlpPipeline.shared().annotate("Said Ellis: “I do not think she cares about tax reform.”", null);
        var toks = doc.sentences().get(0).tokens();
        var run = new org.newsgraph.nlp.EntityMention(0, toks.get(0).begin(), toks.get(1).end(), 0, 2, "Said Ellis", "PERSON", null);
        MentionCleaner cleaner = new MentionCleaner(AgentLexicon.standard());
        assertEquals("Ellis", cleaner.clean(doc, run, "PERSON").surface());
        // not where the name goes on with its sentence: "Said Hamdan" is then a name
        var named = NlpPipeline.shared().annotate("Said Hamdan runs a bakery in Leeds.", null);
        var nt = named.sentences().get(0).tokens();
        var hamdan = new org.newsgraph.nlp.EntityMention(0, nt.get(0).begin(), nt.get(1).end(), 0, 2, "Said Hamdan", "PERSON", null);
        assertEquals("Said Hamdan", cleaner.clean(named, hamdan, "PERSON").surface());
    }

    @Test
    void aNameSuffixAloneIsNoPerson() {
        var doc = NlpPipeline.shared().annotate("William F. Maddox, Jr. was his uncle.", null);
        var toks = doc.sentences().get(0).tokens();
        int k = 0;
        while (!toks.get(k).word().startsWith("Jr")) k++;
        var suffix = new org.newsgraph.nlp.EntityMention(0, toks.get(k).begin(), toks.get(k).end(), k, k + 1, toks.get(k).word(), "PERSON", null);
        assertNull(new MentionCleaner(AgentLexicon.standard()).clean(doc, suffix, "PERSON"));
        assertFalse(peopleNames(agents("William F. Maddox, Jr. was his uncle and a senator.")).contains("Jr."));
    }

    @Test
    void wordsRunTogetherAreCutAtTheGlue() {
        assertEquals(12, NameFolding.runTogetherAt("Richard BurrJeb BushSen"));
        assertEquals(-1, NameFolding.runTogetherAt("Mitch McConnell"));
        assertEquals(-1, NameFolding.runTogetherAt("LeBron DeVos MacArthur"));
        // a capital after a name particle stays inside the name
        assertEquals(-1, NameFolding.runTogetherAt("Jim VandeHei"));
        assertEquals(-1, NameFolding.runTogetherAt("Ella FitzGerald"));
        List<Agent> as = agents("Related: Senator Paul HollisterMara QuentinSen. Hollister said the vote would wait.");
        assertTrue(peopleNames(as).stream().noneMatch(n -> n.contains("HollisterMara") || n.contains("QuentinSen")), peopleNames(as).toString());
    }

    @Test
    void aBrandWithItsArticleRunInIsAnOutletNotAPerson() {
        List<Agent> as = agents("TheBlaze did the math on that feat, and found that the odds of winning all six come out to one "
                + "in 64. TheBlaze also did the math about the outcome of those coin flips. Readers of TheBlaze were quick to "
                + "condemn the outcome.");
        assertTrue(peopleNames(as).isEmpty(), as.toString());
        assertTrue(as.stream().anyMatch(a -> a.kind() == AgentKind.ORGANIZATION && a.name().equals("TheBlaze")), as.toString());
    }

    @Test
    void aStreetCornerAndACampusAreNoPeople() {
        List<Agent> as = agents("The club, founded in 1998 in a cramped space at the corner of Allen and Stanton Streets on the "
                + "Lower East Side, moved to a bigger room.");
        assertFalse(peopleNames(as).contains("Allen"), as.toString());
        as = agents("Mindy Romero, director of the California Civic Engagement Project at the University of California, Davis, "
                + "Center for Regional Change, said turnout would rise.");
        assertEquals(List.of("Mindy Romero"), peopleNames(as), as.toString());
    }

    @Test
    void organisationHeadMakesAnOrganisation() {
        List<Agent> as = agents("Donors gave millions to the Whitcombe Foundation, Dana Whitcombe said.");
        assertFalse(peopleNames(as).contains("Whitcombe Foundation"), as.toString());
    }

    @Test
    void titleOfAWorkIsNoPerson() {
        List<Agent> as = agents("Critics of the book \"Corwin Gold\" said it was unfair to Ellis Corwin. "
                + "The documentary Corwin Gold opens on Friday.");
        assertFalse(peopleNames(as).contains("Corwin Gold"), as.toString());
    }

    @Test
    void policyNamedAfterAPersonIsNoPerson() {
        List<Agent> as = agents("Republicans vowed to repeal Brandtcare, the health law championed by Leo Brandt.");
        assertFalse(peopleNames(as).contains("Brandtcare"), as.toString());
    }

    @Test
    void allCapitalsNameTakesTheProperCaseForm() {
        List<Agent> as = agents("MARA QUENTIN: We will win this state.\n\nMara Quentin spoke to supporters in Dayton.");
        assertTrue(peopleNames(as).contains("Mara Quentin"), as.toString());
        assertFalse(peopleNames(as).contains("MARA QUENTIN"), as.toString());
        assertEquals("Mara Quentin", MentionGroup.titleCase("MARA QUENTIN"));
        assertEquals("O'Neill-Roe", MentionGroup.titleCase("O'NEILL-ROE"));
    }

    @Test
    void pluralsAdjectivesEmphasisAndCaseNamesAreNoPeople() {
        List<Agent> as = agents("The plan is why he is doing well with millennials. "
                + "Millennials overwhelmingly back the plan, Dana Whitcombe said. "
                + "The attackers were Muslim, the report found. He is an immature WHITE college boy, one reader wrote. "
                + "The court cited Plessy v. Ferguson in its ruling.");
        for (String junk : List.of("Millennials", "Muslim", "WHITE", "White", "Plessy", "Ferguson"))
            assertFalse(peopleNames(as).contains(junk), junk + " in " + peopleNames(as));
        assertTrue(peopleNames(as).contains("Dana Whitcombe"), as.toString());
    }

    @Test
    void aPlaceAfterOfIsNoPartOfTheName() {
        List<Agent> as = agents("''It's not going to be easy for Dana Quentin to do it,'' said Representative Peter T. King of New York, "
                + "who endorsed Mr. Quentin on Tuesday.");
        assertTrue(peopleNames(as).contains("Peter T. King"), peopleNames(as).toString());
        assertTrue(peopleNames(as).stream().noneMatch(n -> n.contains(" of ")), peopleNames(as).toString());
    }

    @Test
    void aPictureAgencyInACreditIsNoPersonItsPhotographerIs() {
        List<Agent> as = agents("Shoppers cut back on clothes in May (Source: Getty). Retail sales fell 1.2 percent, "
                + "Dana Whitcombe of the statistics office said. (Photo: Reuters/Emil Varga)");
        assertEquals(List.of("Dana Whitcombe", "Emil Varga"), peopleNames(as), as.toString());
        assertTrue(as.stream().anyMatch(a -> a.kind() == AgentKind.ORGANIZATION && a.name().equals("Getty")), as.toString());
    }

    @Test
    void aQuotedNicknameIsNoPartOfTheNameWhetherTheTaggerSplitsAtItOrNot() {
        // "Head" is a title word ("head of …"); "Marvin" and "Okoro" come back as two mentions
        List<Agent> as = agents("Guitarist Brian 'Head' Welch told a radio station he would leave. "
                + "Boxer Marvin \"The Hammer\" Okoro said he would fight again.");
        assertTrue(peopleNames(as).contains("Brian Welch"), peopleNames(as).toString());
        assertTrue(peopleNames(as).contains("Marvin Okoro"), peopleNames(as).toString());
        assertFalse(peopleNames(as).contains("Marvin"), peopleNames(as).toString());
    }

    @Test
    void aFunctionWordInATitleCaseHeadlineEndsThePersonTheTaggerRanIntoAnOrganisation() {
        List<Agent> as = agents("Kirsten Powers On Priorities USA Ad Fallout: Pretending Is Ludicrous\n\n"
                + "\"To pretend otherwise is ludicrous,\" said Powers.");
        assertTrue(peopleNames(as).contains("Kirsten Powers"), as.toString());
        assertTrue(as.stream().noneMatch(a -> a.name().startsWith("Kirsten Powers On")), as.toString());
    }

    @Test
    void aCaptionRunIntoTheTextDoesNotRepeatTheSurname() {
        List<Agent> as = agents("Astronaut dies at 61.\n\nFile photo of astronaut Sally Ride Ride also wrote five books. "
                + "\"It was fun,\" Ride said.");
        assertTrue(peopleNames(as).contains("Sally Ride"), as.toString());
        assertTrue(peopleNames(as).stream().noneMatch(n -> n.endsWith("Ride Ride")), as.toString());
    }
}
