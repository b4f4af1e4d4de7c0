package org.newsgraph.resolve;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Speaker;
import org.newsgraph.extract.Statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cross-article identity: people, organisations and places by name, statements by speaker and loose
 * wording, events by type, date and actors, against what earlier builds established (the known-*
 * records loaded from the store). A build hands it all its articles' facts at once ({@link #index}):
 * the ids then depend on content and article ids only, never on input order, and each article is
 * resolved against the frozen {@link ResolutionIndex}. {@link #resolve} is the streaming form (one
 * article after another, order-dependent) kept for tools and tests. Memory is proportional to
 * distinct entities and statements, not to the corpus text. Not thread-safe.
 */
public final class CorpusResolver {
    private final List<KnownAgent> knownAgents;
    private final List<StatementResolver.KnownStatement> knownStatements;
    private final List<EventResolver.KnownEvent> knownEvents;
    private final AgentResolver agents;
    private final StatementResolver statements;
    private final EventResolver events;

    public CorpusResolver(Collection<KnownAgent> knownAgents, Collection<StatementResolver.KnownStatement> knownStatements,
                          Collection<EventResolver.KnownEvent> knownEvents) {
        this.knownAgents = List.copyOf(knownAgents);
        this.knownStatements = List.copyOf(knownStatements);
        this.knownEvents = List.copyOf(knownEvents);
        this.agents = new AgentResolver(knownAgents);
        this.statements = new StatementResolver(knownStatements);
        this.events = new EventResolver(knownEvents);
    }

    /**
     * Streaming use: resolves one article against what earlier ones established (order-dependent;
     * a build uses {@link #index} instead).
     */
    public ResolvedArticle resolve(ArticleFacts facts) {
        String stem = facts.article().id();
        Map<String, String> agentIds = agents.resolve(facts.agents());
        List<String> speakerIds = speakerIds(facts, agentIds);
        List<String> statementIds = statements.resolve(stem, facts.statements(), speakerIds);
        EventResolver.Resolution ev = events.resolve(stem, facts.article().datePublished(), facts.events(), agentIds);
        Map<String, String> names = new HashMap<>();
        for (String id : agentIds.values()) {
            KnownAgent k = agents.known(id);
            if (k != null) names.put(id, k.name());
        }
        return new ResolvedArticle(facts, Ids.article(stem), agentIds, speakerIds, statementIds, ev.ids(), ev.reasons(), names);
    }

    /**
     * The build's resolution pass over every article (their texts are not needed): the result depends on
     * the articles' content and ids only, not on the order they are given in. Articles are taken in
     * order of their ids, in three rounds: every article's named agents (so the evidence is complete),
     * then every article's surname-only people (decided with everything seen), then statements and
     * events. Each round is work per key that needs nothing of other keys ({@link AgentRounds},
     * {@link ResolutionRounds}); here the keys are grouped in memory ({@link InMemoryRounds}),
     * {@code spark-build} groups them on its executors with the same functions.
     */
    public ResolutionIndex index(Collection<ArticleFacts> articles) {
        return new InMemoryRounds(knownAgents, knownStatements, knownEvents).index(List.copyOf(articles));
    }

    /** The fullest form: most words, then longest, then given by most articles, then alphabetically first. */
    static String fullest(Map<String, Integer> forms) {
        return forms.entrySet().stream().max(Comparator
                .<Map.Entry<String, Integer>>comparingInt(f -> f.getKey().trim().split("\\s+").length)
                .thenComparingInt(f -> f.getKey().length())
                .thenComparingInt(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
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
