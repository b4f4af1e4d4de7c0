package org.newsgraph.extract.agents;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.nlp.NlpPipeline;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agents one written text yields through the real NLP pipeline, for the agent tests. */
final class AgentsOfText {
    private static final AgentExtractor EXTRACTOR = new AgentExtractor();

    private AgentsOfText() {}

    static List<Agent> agents(String text) {
        return EXTRACTOR.extract(NlpPipeline.shared().annotate(text, null));
    }

    static List<Agent> people(List<Agent> agents) {
        return agents.stream().filter(a -> a.kind() == AgentKind.PERSON).toList();
    }

    static List<String> peopleNames(List<Agent> agents) {
        return people(agents).stream().map(Agent::name).toList();
    }

    static Agent person(List<Agent> agents, String name) {
        Optional<Agent> a = people(agents).stream().filter(x -> x.name().equals(name)).findFirst();
        assertTrue(a.isPresent(), () -> "no person " + name + " in " + agents);
        return a.get();
    }
}
