package org.newsgraph.resolve;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.AgentKind;

import static org.junit.jupiter.api.Assertions.*;

class IdsTest {
    @Test
    void transliterationVariantsFoldTogether() {
        String z = Ids.foldName("Volodymyr Zelensky");
        for (String v : new String[]{"Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenskij", "VOLODYMYR ZELENSKY"})
            assertEquals(z, Ids.foldName(v), v);
        assertEquals(Ids.foldName("Dmitry Peskov"), Ids.foldName("Dmitri Peskov"));
        assertEquals(Ids.foldName("Oleksii Reznikov"), Ids.foldName("Oleksiy Reznikov"));
        assertEquals(Ids.foldName("José Pérez"), Ids.foldName("Jose Perez"));
    }

    @Test
    void punctuationAndPossessivesFold() {
        assertEquals(Ids.foldName("Trump"), Ids.foldName("Trump’s"));
        assertEquals(Ids.foldName("Zelensky"), Ids.foldName("Zelensky's"));
        assertEquals(Ids.foldName("JD Vance"), Ids.foldName("J.D. Vance"));
        assertEquals(Ids.foldName("Jean Claude Juncker"), Ids.foldName("Jean-Claude Juncker"));
        assertNotEquals(Ids.foldName("Sullivan"), Ids.foldName("O'Sullivan"));
    }

    @Test
    void distinctNamesStayDistinct() {
        assertNotEquals(Ids.foldName("Anna Berg"), Ids.foldName("Paul Berg"));
        assertNotEquals(Ids.foldName("Mike Waltz"), Ids.foldName("Mike Walz"));
    }

    @Test
    void agentIdsAgreeAcrossSpellings() {
        assertEquals(Ids.agent(AgentKind.PERSON, "Volodymyr Zelensky"), Ids.agent(AgentKind.PERSON, "Volodymyr Zelenskyy"));
        assertEquals("person/volodymyr-zelensky", Ids.agent(AgentKind.PERSON, "Volodymyr Zelenskiy"));
        assertEquals(Ids.agent(AgentKind.PLACE, "U.S."), Ids.agent(AgentKind.PLACE, "US"));
        assertEquals("organization/antiwar-com", Ids.agent(AgentKind.ORGANIZATION, "Antiwar.com"));
    }
}
