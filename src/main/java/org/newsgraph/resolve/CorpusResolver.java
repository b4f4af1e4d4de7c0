package org.newsgraph.resolve;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Speaker;
import org.newsgraph.extract.Statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cross-article identity for a stream of articles: people, organisations and places by name,
 * statements by speaker and loose wording, events by type, date and actors. Articles arrive one at a
 * time in input order; what earlier articles (and earlier builds, via the known-* records loaded from
 * the store) established is kept in memory proportional to distinct entities, not to the corpus text.
 * Not thread-safe: the builder calls it from one thread.
 */
public final class CorpusResolver {
    private final AgentResolver agents;
    private final StatementResolver statements;
    private final EventResolver events;

    public CorpusResolver(Collection<KnownAgent> knownAgents, Collection<StatementResolver.KnownStatement> knownStatements,
                          Collection<EventResolver.KnownEvent> knownEvents) {
        this.agents = new AgentResolver(knownAgents);
        this.statements = new StatementResolver(knownStatements);
        this.events = new EventResolver(knownEvents);
    }

    /**
     * The name resolution prefers for a global id: the fullest name known for an agent, the best
     * name of an event (one naming its place, if any); null when the id is unknown.
     */
    public String preferredName(String id) {
        KnownAgent a = agents.known(id);
        if (a != null) return a.name();
        if (eventNames == null) {
            eventNames = new java.util.HashMap<>();
            for (EventResolver.KnownEvent e : events.known()) if (e.name() != null) eventNames.put(e.id(), e.name());
        }
        return eventNames.get(id);
    }

    private Map<String, String> eventNames;

    /** Surname-only people resolved to full-named ones, with why ({@link AgentResolver#surnameResolutions()}). */
    public List<AgentResolver.Resolution> surnameResolutions() { return agents.surnameResolutions(); }

    /** Every event known so far (name, majority date, other dates), for the resolution graph. */
    public List<EventResolver.KnownEvent> events() { return events.known(); }

    public ResolvedArticle resolve(ArticleFacts facts) {
        eventNames = null;
        String stem = facts.article().id();
        Map<String, String> agentIds = agents.resolve(facts.agents());
        facts = withCorpusNames(facts, agentIds);
        List<String> speakerIds = speakerIds(facts, agentIds);
        List<String> statementIds = statements.resolve(stem, facts.statements(), speakerIds);
        EventResolver.Resolution ev = events.resolve(stem, facts.article().datePublished(), facts.events(), agentIds);
        return new ResolvedArticle(facts, Ids.article(stem), agentIds, speakerIds, statementIds, ev.ids(), ev.reasons());
    }

    /**
     * Gives each agent the fullest name the corpus knows for it ("President Trump" in one article is
     * "Donald Trump" when another article names him in full); the article's own forms become
     * alternate names. The article graph then names a person the same way in every article.
     */
    private ArticleFacts withCorpusNames(ArticleFacts facts, Map<String, String> agentIds) {
        List<Agent> renamed = new ArrayList<>();
        boolean changed = false;
        for (Agent a : facts.agents()) {
            KnownAgent k = agents.known(agentIds.get(a.key()));
            if (k != null && !k.name().equals(a.name()) && k.name().length() > a.name().length()) {
                java.util.Set<String> alts = new java.util.LinkedHashSet<>(a.alternateNames());
                alts.add(a.name());
                alts.remove(k.name());
                renamed.add(new Agent(a.key(), a.kind(), k.name(), alts, a.jobTitles(), a.mentions()));
                changed = true;
            } else {
                renamed.add(a);
            }
        }
        if (!changed) return facts;
        return new ArticleFacts(facts.article(), renamed, facts.statements(), facts.events(), facts.links(),
                facts.topics());
    }

    /**
     * The speaker of each statement: the agent its name span names; a named speaker the agent
     * extractor missed gets an id from its name; each distinct anonymous description is one source
     * of this article ("a US official" twice is one source, "another source" a second one).
     */
    static List<String> speakerIds(ArticleFacts facts, Map<String, String> agentIds) {
        List<String> out = new ArrayList<>();
        Map<String, String> anonymous = new HashMap<>();
        for (Statement st : facts.statements()) {
            Speaker sp = st.speaker();
            if (sp == null) {           // a quotation whose speaker is unknown: no speaker node
                out.add(null);
                continue;
            }
            if (sp.isAnonymous()) {
                String key = sp.description() == null ? "" : sp.description().toLowerCase(Locale.ROOT).strip();
                out.add(anonymous.computeIfAbsent(key,
                        k -> Ids.anonymousSource(facts.article().id(), anonymous.size() + 1)));
                continue;
            }
            Agent agent = facts.agentFor(sp);
            if (agent != null && agentIds.containsKey(agent.key())) {
                out.add(agentIds.get(agent.key()));
            } else {
                AgentKind kind = sp.kind() == Speaker.Kind.ORGANIZATION ? AgentKind.ORGANIZATION : AgentKind.PERSON;
                out.add(Ids.agent(kind, sp.name() == null ? "unknown" : sp.name()));
            }
        }
        return out;
    }
}
