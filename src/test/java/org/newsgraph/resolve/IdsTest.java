package org.newsgraph.resolve;

import org.newsgraph.text.NameFolding;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.AgentKind;

import static org.junit.jupiter.api.Assertions.*;

class IdsTest {
    @Test
    void transliterationVariantsFoldTogether() {
        String z = NameFolding.person("Volodymyr Zelensky");
        for (String v : new String[]{"Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenskij", "VOLODYMYR ZELENSKY"})
            assertEquals(z, NameFolding.person(v), v);
        assertEquals(NameFolding.person("Dmitry Peskov"), NameFolding.person("Dmitri Peskov"));
        assertEquals(NameFolding.person("Oleksii Reznikov"), NameFolding.person("Oleksiy Reznikov"));
        assertEquals(NameFolding.person("José Pérez"), NameFolding.person("Jose Perez"));
    }

    @Test
    void punctuationAndPossessivesFold() {
        assertEquals(NameFolding.person("Trump"), NameFolding.person("Trump’s"));
        assertEquals(NameFolding.person("Zelensky"), NameFolding.person("Zelensky's"));
        assertEquals(NameFolding.person("JD Vance"), NameFolding.person("J.D. Vance"));
        assertEquals(NameFolding.person("Jean Claude Juncker"), NameFolding.person("Jean-Claude Juncker"));
        assertNotEquals(NameFolding.person("Sullivan"), NameFolding.person("O'Sullivan"));
    }

    @Test
    void distinctNamesStayDistinct() {
        assertNotEquals(NameFolding.person("Anna Berg"), NameFolding.person("Paul Berg"));
        assertNotEquals(NameFolding.person("Mike Waltz"), NameFolding.person("Mike Walz"));
    }

    @Test
    void agentIdsAgreeAcrossSpellings() {
        assertEquals(Ids.agent(AgentKind.PERSON, "Volodymyr Zelensky"), Ids.agent(AgentKind.PERSON, "Volodymyr Zelenskyy"));
        assertEquals("person/volodymyr-zelensky", Ids.agent(AgentKind.PERSON, "Volodymyr Zelenskiy"));
        assertEquals(Ids.agent(AgentKind.PLACE, "U.S."), Ids.agent(AgentKind.PLACE, "US"));
        assertEquals("organization/antiwar-com", Ids.agent(AgentKind.ORGANIZATION, "Antiwar.com"));
    }
}
