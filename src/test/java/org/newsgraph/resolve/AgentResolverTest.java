package org.newsgraph.resolve;

import org.newsgraph.text.NameFolding;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Span;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Cross-article identity on agents as the extractor hands them over. */
class AgentResolverTest {
    private static Agent person(String name, String... alternates) {
        return new Agent("person:" + NameFolding.person(name), AgentKind.PERSON, name, Set.of(alternates), Set.of(),
                List.of(new Span(0, name.length())));
    }

    /** The agent with its mentions at these offsets. */
    private static Agent at(Agent a, int... offsets) {
        List<Span> spans = java.util.Arrays.stream(offsets).mapToObj(o -> new Span(o, o + a.name().length())).toList();
        return new Agent(a.key(), a.kind(), a.name(), a.alternateNames(), a.jobTitles(), spans);
    }

    private static Agent agent(AgentKind kind, String name, String... alternates) {
        return new Agent(kind.name().toLowerCase() + ":" + NameFolding.person(name), kind, name, Set.of(alternates), Set.of(),
                List.of(new Span(0, name.length())));
    }

    @Test
    void spellingVariantsGetOneId() {
        AgentResolver r = new AgentResolver();
        String a = r.resolve(List.of(person("Volodymyr Zelensky"))).values().iterator().next();
        String b = r.resolve(List.of(person("Volodymyr Zelenskyy"))).values().iterator().next();
        String c = r.resolve(List.of(person("Volodymyr Zelenskiy"))).values().iterator().next();
        assertEquals(a, b);
        assertEquals(a, c);
        assertEquals(1, r.known().size(), r.known().toString());
        assertTrue(r.known().iterator().next().alternateNames().contains("Volodymyr Zelenskyy"));
    }

    @Test
    void surnameOnlyMapsToTheOneKnownFullName() {
        AgentResolver r = new AgentResolver(List.of(
                new KnownAgent("person/donald-trump", AgentKind.PERSON, "Donald Trump", Set.of())));
        Agent trump = person("Trump");
        assertEquals("person/donald-trump", r.resolve(List.of(trump)).get(trump.key()));
    }

    @Test
    void aSurnameWhoseHonorificShowsTheOtherGenderIsNotTheFullNamedPerson() {
        AgentResolver r = new AgentResolver(List.of(
                new KnownAgent("person/michael-howard", AgentKind.PERSON, "Michael Howard", Set.of("Howard"))));
        Agent wife = person("Howard", "Mrs Howard");
        assertNotEquals("person/michael-howard", r.resolve(List.of(wife)).get(wife.key()));
        Agent husband = person("Howard", "Mr Howard");
        assertEquals("person/michael-howard", r.resolve(List.of(husband)).get(husband.key()));
    }

    @Test
    void aMansHonorificAgainstAFirstNameTheListGivesAsAWomansStillResolves() {
        // CoreNLP's name list has "Corey" as a woman's name: a man's honorific does not rule him out
        AgentResolver r = new AgentResolver(List.of(
                new KnownAgent("person/corey-lewandowski", AgentKind.PERSON, "Corey Lewandowski", Set.of("Lewandowski"))));
        Agent manager = person("Lewandowski", "Mr. Lewandowski");
        assertEquals("person/corey-lewandowski", r.resolve(List.of(manager)).get(manager.key()));
    }

    @Test
    void aSurnameTheArticleKeptApartFromItsFullNamedNamesakeIsNotThatPerson() {
        // one article: "Mr. Trump said …", "his daughter Ivanka Trump", "Mr. Trump said …", which its
        // grouping kept apart although the short form goes on after the full name
        AgentResolver r = new AgentResolver();
        Agent daughter = at(person("Ivanka Trump"), 100);
        Agent father = at(person("Trump", "Mr. Trump"), 0, 200);
        Map<String, String> ids = r.resolve(List.of(daughter, father));
        assertNotEquals(ids.get(daughter.key()), ids.get(father.key()));
        // in another article, the surname alone is still hers when she is the one the corpus knows
        Agent later = person("Trump");
        assertEquals(ids.get(daughter.key()), r.resolve(List.of(later)).get(later.key()));
    }

    @Test
    void aShortFormWrittenOnlyLongBeforeItsFullNameIsLeftToTheCorpus() {
        // "said Ms. Hitchens" in the lead, "Heather Hitchens" in the last paragraph: kept apart for its place alone
        AgentResolver r = new AgentResolver();
        Agent full = at(person("Heather Hitchens"), 900);
        Agent lead = at(person("Hitchens", "Ms. Hitchens"), 50);
        Map<String, String> ids = r.resolve(List.of(full, lead));
        assertEquals(ids.get(full.key()), ids.get(lead.key()));
    }

    @Test
    void aMansHonorificKeptApartOnlyByTheFirstNameListStillResolvesInItsArticle() {
        // the article's grouping kept "Mr. Lewandowski" apart from Corey (a woman's name in CoreNLP's list)
        AgentResolver r = new AgentResolver();
        Agent manager = at(person("Corey Lewandowski"), 100);
        Agent mister = at(person("Lewandowski", "Mr. Lewandowski"), 0, 200);
        Map<String, String> ids = r.resolve(List.of(manager, mister));
        assertEquals(ids.get(manager.key()), ids.get(mister.key()));
    }

    @Test
    void surnameOnlyLearnsFromEarlierArticles() {
        AgentResolver r = new AgentResolver();
        Agent full = person("Emma Lindgren", "Lindgren");
        String id = r.resolve(List.of(full)).get(full.key());
        Agent later = person("Lindgren");
        assertEquals(id, r.resolve(List.of(later)).get(later.key()));
    }

    @Test
    void ambiguousSurnameStaysSeparate() {
        AgentResolver r = new AgentResolver(List.of(
                new KnownAgent("person/donald-trump", AgentKind.PERSON, "Donald Trump", Set.of("Trump")),
                new KnownAgent("person/melania-trump", AgentKind.PERSON, "Melania Trump", Set.of("Trump"))));
        Agent trump = person("Trump");
        String id = r.resolve(List.of(trump)).get(trump.key());
        assertNotEquals("person/donald-trump", id);
        assertNotEquals("person/melania-trump", id);
        assertEquals(Ids.agent(AgentKind.PERSON, "Trump"), id);
    }

    @Test
    void differentFirstNamesAreDifferentPeople() {
        AgentResolver r = new AgentResolver();
        Map<String, String> ids = r.resolve(List.of(person("Anna Berg"), person("Paul Berg")));
        assertNotEquals(ids.get("person:anna berg"), ids.get("person:paul berg"));
    }

    @Test
    void middleInitialDoesNotSplitAPerson() {
        AgentResolver r = new AgentResolver();
        Agent a = person("Donald Trump");
        Agent b = person("Donald J. Trump");
        String ia = r.resolve(List.of(a)).get(a.key());
        assertEquals(ia, r.resolve(List.of(b)).get(b.key()));
        assertEquals("Donald J. Trump", r.known().iterator().next().name(), "fullest form becomes the canonical name");
    }

    @Test
    void aShortFormOfTheGivenNameIsTheSamePerson() {
        AgentResolver r = new AgentResolver();
        Agent a = person("Joe Kessler");
        Agent b = person("Joseph R. Kessler Jr.");
        Agent c = person("Chuck Ortmann");
        Agent d = person("Charles E. Ortmann");
        String ia = r.resolve(List.of(a)).get(a.key()), ic = r.resolve(List.of(c)).get(c.key());
        assertEquals(ia, r.resolve(List.of(b)).get(b.key()));
        assertEquals(ic, r.resolve(List.of(d)).get(d.key()));
        // a short form that stands for two formal names is not read as either
        Agent e = person("Ted Kessler"), f = person("Edward Kessler");
        assertNotEquals(r.resolve(List.of(e)).get(e.key()), r.resolve(List.of(f)).get(f.key()));
    }

    @Test
    void organisationsMatchByAlternateName() {
        AgentResolver r = new AgentResolver();
        Agent longForm = agent(AgentKind.ORGANIZATION, "Central Intelligence Agency", "CIA");
        String id = r.resolve(List.of(longForm)).get(longForm.key());
        Agent shortForm = agent(AgentKind.ORGANIZATION, "CIA");
        assertEquals(id, r.resolve(List.of(shortForm)).get(shortForm.key()));
        Agent place = agent(AgentKind.PLACE, "CIA");
        assertNotEquals(id, r.resolve(List.of(place)).get(place.key()), "kinds never merge");
    }

    @Test
    void surnameOnlyIdSeenBeforeTheFullNameIsReportedAsMerge() {
        AgentResolver r = new AgentResolver();
        Agent early = person("Okafor");
        String earlyId = r.resolve(List.of(early)).get(early.key());
        Agent full = person("Grace Okafor");
        String fullId = r.resolve(List.of(full)).get(full.key());
        assertNotEquals(earlyId, fullId);
        assertEquals(Map.of(earlyId, fullId), r.surnameOnlyMerges());
    }

    @Test
    void organisationSuffixesDoNotSplitAnOrganisation() {
        AgentResolver r = new AgentResolver();
        Agent a = agent(AgentKind.ORGANIZATION, "Fox Business");
        Agent b = agent(AgentKind.ORGANIZATION, "Fox Business Network");
        Agent c = agent(AgentKind.ORGANIZATION, "Fox News");
        String ia = r.resolve(List.of(a)).get(a.key());
        assertEquals(ia, r.resolve(List.of(b)).get(b.key()));
        assertNotEquals(ia, r.resolve(List.of(c)).get(c.key()));
    }

    @Test
    void particleSurnameIsASurnameOnlyForm() {
        AgentResolver r = new AgentResolver();
        Agent full = person("Ursula von der Leyen");
        String id = r.resolve(List.of(full)).get(full.key());
        Agent shortForm = person("von der Leyen");
        assertEquals(id, r.resolve(List.of(shortForm)).get(shortForm.key()));
    }

    private static Agent titled(String name, String title) {
        return new Agent("person:" + NameFolding.person(name), AgentKind.PERSON, name, Set.of(), Set.of(title),
                List.of(new Span(0, name.length())));
    }

    private static String idOf(AgentResolver r, Agent... article) {
        return r.resolve(List.of(article)).get(article[article.length - 1].key());
    }

    @Test
    void surnameOnlyResolvesToTheDominantNamesake() {
        AgentResolver r = new AgentResolver();
        String marta = null;
        for (int i = 0; i < 4; i++) marta = idOf(r, person("Marta Vossberg"));
        String karl = idOf(r, person("Karl Vossberg"));
        assertEquals(marta, idOf(r, person("Vossberg")), "4 articles against 1: Marta dominates");
        List<AgentResolver.Resolution> why = r.surnameResolutions();
        assertEquals(1, why.size(), why.toString());
        assertEquals(marta, why.get(0).toId());
        assertTrue(why.get(0).note().contains("dominant") && why.get(0).note().contains("4 article"), why.get(0).note());
        assertNotEquals(marta, karl);
    }

    @Test
    void equallyKnownNamesakesLeaveASurnameUnresolved() {
        AgentResolver r = new AgentResolver();
        for (int i = 0; i < 2; i++) { idOf(r, person("Ada Lindqvist")); idOf(r, person("Per Lindqvist")); }
        String id = idOf(r, person("Lindqvist"));
        assertEquals(Ids.agent(AgentKind.PERSON, "Lindqvist"), id, "no clue which Lindqvist: stays its own agent");
        assertTrue(r.surnameOnlyMerges().isEmpty());
    }

    @Test
    void aCompatibleTitleChoosesAmongNamesakes() {
        AgentResolver r = new AgentResolver();
        String senator = idOf(r, titled("Ruth Okonjo", "Senator"));
        idOf(r, titled("Ruth Okonjo", "Senator"));
        idOf(r, titled("Femi Okonjo", "Governor"));
        idOf(r, titled("Femi Okonjo", "Governor"));
        idOf(r, titled("Femi Okonjo", "Governor"));
        assertEquals(senator, idOf(r, titled("Okonjo", "Senator")), "the title rules Femi out");
    }

    @Test
    void coOccurringAgentsAreAClue() {
        AgentResolver r = new AgentResolver();
        Agent club = agent(AgentKind.ORGANIZATION, "Harbour City Rovers");
        String coach = idOf(r, club, person("Nils Brandvold"));
        idOf(r, club, person("Nils Brandvold"));
        idOf(r, person("Eva Brandvold"));
        idOf(r, person("Eva Brandvold"));
        assertEquals(coach, idOf(r, club, person("Brandvold")), "2 articles × (1 + 1 shared agent) against 2 × 1");
    }

    @Test
    void surnameMetBeforeItsNamesakeIsMergedAtTheEndWithANote() {
        AgentResolver r = new AgentResolver();
        String early = idOf(r, person("Achterberg"));
        String full = idOf(r, person("Lotte Achterberg"));
        List<AgentResolver.Resolution> why = r.surnameResolutions();
        assertEquals(List.of(early), why.stream().map(AgentResolver.Resolution::fromId).toList());
        assertTrue(why.get(0).written(), "articles already use the surname's own id");
        assertEquals(full, why.get(0).toId());
        assertTrue(why.get(0).note().startsWith("surname rule: only"), why.get(0).note());
    }

    @Test
    void allCapitalsFormGivesWayToProperCase() {
        AgentResolver r = new AgentResolver();
        String id = idOf(r, person("MARA QUENTIN"));
        assertEquals(id, idOf(r, person("Mara Quentin")));
        assertEquals("Mara Quentin", r.known(id).name());
    }
}
