package org.newsgraph.resolve;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.AgentKind;

import static org.junit.jupiter.api.Assertions.*;

class IdsTest {
    @Test
    void agentIdsAgreeAcrossSpellings() {
        assertEquals(Ids.agent(AgentKind.PERSON, "Volodymyr Zelensky"), Ids.agent(AgentKind.PERSON, "Volodymyr Zelenskyy"));
        assertEquals("person/volodymyr-zelensky", Ids.agent(AgentKind.PERSON, "Volodymyr Zelenskiy"));
        assertEquals(Ids.agent(AgentKind.PLACE, "U.S."), Ids.agent(AgentKind.PLACE, "US"));
        assertEquals("organization/antiwar-com", Ids.agent(AgentKind.ORGANIZATION, "Antiwar.com"));
    }
}
