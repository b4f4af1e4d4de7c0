package org.newsgraph.extract.agents;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;

import java.util.List;

import static org.newsgraph.extract.agents.AgentsOfText.agents;
import static org.newsgraph.extract.agents.AgentsOfText.people;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which mentions of one article name one person or organisation, on sentences written for these tests. */
class NamesInOneArticleTest {
    @Test
    void theFirstOfTwoSurnamesAloneIsThePersonWhoseNameCarriesIt() {
        List<Agent> as = agents("\u201cHe cannot run,\u201d said Camille Etienne Gbedey, their mother. \u201cMaybe a doctor "
                + "can help,\u201d Etienne said.");
        assertEquals(List.of("Camille Etienne Gbedey"), people(as).stream().map(Agent::name).toList(), as.toString());
        // a surname of two words alone is the person whose full name ends in it
        List<Agent> tail = agents("\u201cI was very afraid,\u201d said Walid Abu Hatab, a doctor in Gaza City. \u201cThe women "
                + "cannot reach the hospital,\u201d Abu Hatab said.");
        assertEquals(List.of("Walid Abu Hatab"), people(tail).stream().map(Agent::name).toList(), tail.toString());
        // a first name and surname is no surname of a longer mention ending in it
        List<Agent> headline = agents("Will Donald Trump win? Donald Trump said on Monday he would.");
        assertTrue(people(headline).stream().anyMatch(a -> a.name().equals("Donald Trump")), headline.toString());
        // a word inside two people's names is neither's
        List<Agent> two = agents("Ana Etienne Ruiz and Paul Etienne Gbedey met on Monday. Etienne said nothing.");
        assertEquals(3, people(two).size(), two.toString());
    }

    @Test
    void anOrganisationsShortNameStandsForTheLongerNameWrittenBeforeIt() {
        // (the grouping itself: NameVariantsTest)
        List<Agent> goldman = agents("Goldman Sachs cut 300 jobs on Monday. Goldman said the cuts were part of an annual review.");
        List<String> orgs = goldman.stream().filter(a -> a.kind() == AgentKind.ORGANIZATION).map(Agent::name).toList();
        assertEquals(List.of("Goldman Sachs"), orgs, goldman.toString());
    }
}
