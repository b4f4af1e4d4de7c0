package org.newsgraph.resolve;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventMention;
import org.newsgraph.extract.Speaker;
import org.newsgraph.extract.Statement;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every node an article graph gives a name, with the forms the article uses for it: its agents (name and
 * alternate names), the speakers no agent stands for, the publisher, the author and the places events
 * name by a phrase. Resolution decides one canonical name per id from these (the RDF mapping writes the
 * article's forms; see {@link ResolvedArticle#names()}), so this must follow the mapping's choice of ids.
 */
final class NamedNodes {
    private NamedNodes() {}

    /** Id → the article's forms of its name, in the article's order. */
    static Map<String, Set<String>> of(ArticleFacts facts, Map<String, String> agentIds) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        var article = facts.article();
        if (article.publisher() != null && !article.publisher().isBlank())
            add(out, Ids.agent(AgentKind.ORGANIZATION, article.publisher()), article.publisher());
        if (article.author() != null && !article.author().isBlank())
            add(out, Ids.agent(AgentKind.PERSON, article.author()), article.author());
        for (Agent a : facts.agents()) {
            String id = agentIds.getOrDefault(a.key(), Ids.agent(a.kind(), a.name()));
            add(out, id, a.name());
            for (String alt : a.alternateNames()) add(out, id, alt);
        }
        for (Statement st : facts.statements()) {
            Speaker sp = st.speaker();
            if (sp == null || sp.isAnonymous() || facts.agentFor(sp) != null) continue;
            if (sp.name() == null || sp.name().isBlank()) continue;
            AgentKind kind = sp.kind() == Speaker.Kind.ORGANIZATION ? AgentKind.ORGANIZATION : AgentKind.PERSON;
            add(out, Ids.agent(kind, sp.name()), sp.name());
        }
        for (Event e : facts.events()) {
            for (String p : e.places()) place(out, p, agentIds);
            for (EventMention m : e.mentions()) if (m.place() != null) place(out, m.place(), agentIds);
        }
        return out;
    }

    private static void place(Map<String, Set<String>> out, String keyOrName, Map<String, String> agentIds) {
        if (agentIds.containsKey(keyOrName)) return;
        String name = keyOrName.startsWith("place:") ? keyOrName.substring("place:".length()) : keyOrName;
        if (!name.isBlank()) add(out, Ids.agent(AgentKind.PLACE, name), name);
    }

    private static void add(Map<String, Set<String>> out, String id, String form) {
        out.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(form);
    }
}
