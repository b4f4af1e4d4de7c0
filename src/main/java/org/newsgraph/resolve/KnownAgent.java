package org.newsgraph.resolve;

import org.newsgraph.extract.AgentKind;

import java.util.Set;

/**
 * An agent the corpus already knows: its global id, kind, canonical name and other names seen
 * for it. Fed to {@link AgentResolver} (e.g. from the store when a build is incremental) and
 * returned by it for inspection.
 */
public record KnownAgent(String id, AgentKind kind, String name, Set<String> alternateNames) implements java.io.Serializable {
    public KnownAgent {
        alternateNames = Set.copyOf(alternateNames);
    }
}
