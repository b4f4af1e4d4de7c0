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
}
