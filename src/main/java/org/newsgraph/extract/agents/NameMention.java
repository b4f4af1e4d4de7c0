package org.newsgraph.extract.agents;

import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Span;

import java.util.List;

/**
 * A name mention after cleaning: which tokens name the agent and what kind it is (null for a MISC
 * mention, which only becomes an agent as a person's surname), and the honorific written before a
 * person's name ("Mrs." in "Mrs. Clinton"; null when there is none), which tells which Clinton; before a
 * full name a noun of family stands in its place ("daughter" in "his daughter Ivanka Trump").
 */
record NameMention(AgentKind kind, String nerType, String surface, Span span, int sentence,
                   int tokenBegin, int tokenEnd, String honorific) {
    List<String> words() { return List.of(surface.split("\\s+")); }

    NameMention as(AgentKind newKind) {
        return new NameMention(newKind, nerType, surface, span, sentence, tokenBegin, tokenEnd, honorific);
    }
}
