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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
     * {@link ResolutionRounds}); here the keys are grouped in memory, {@code spark-build} groups them on
     * its executors with the same functions. Call once per resolver.
     */
    public ResolutionIndex index(Collection<ArticleFacts> articles) {
        List<ArticleFacts> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing((ArticleFacts f) -> f.article().id())
                .thenComparing(f -> String.valueOf(f.article().contentHash())));
        // agents: group by shared resolver state, known agents first (in the store's order)
        AgentRounds.Groups groups = new AgentRounds.Groups();
        List<String> knownGroup = new ArrayList<>();
        for (KnownAgent k : knownAgents) knownGroup.add(groups.join(AgentRounds.stateKeys(k)));
        List<List<String>> agentGroup = new ArrayList<>();
        for (ArticleFacts f : sorted) {
            List<String> g = new ArrayList<>();
            for (Agent a : f.agents()) g.add(groups.join(AgentRounds.stateKeys(f, a)));
            agentGroup.add(g);
        }
        Map<String, List<KnownAgent>> known = new LinkedHashMap<>();
        for (int i = 0; i < knownAgents.size(); i++)
            known.computeIfAbsent(groups.find(knownGroup.get(i)), k -> new ArrayList<>()).add(knownAgents.get(i));
        Map<String, List<ArticleFacts>> slices = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            ArticleFacts f = sorted.get(i);
            Map<String, List<Agent>> mine = new LinkedHashMap<>();
            for (int j = 0; j < f.agents().size(); j++)
                mine.computeIfAbsent(groups.find(agentGroup.get(i).get(j)), k -> new ArrayList<>()).add(f.agents().get(j));
            for (var e : mine.entrySet()) slices.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(AgentRounds.slice(f, e.getValue()));
        }
        Map<String, Map<String, String>> named = new HashMap<>();
        for (var e : slices.entrySet())
            for (var a : AgentRounds.named(known.getOrDefault(e.getKey(), List.of()), e.getValue()).entrySet())
                named.computeIfAbsent(a.getKey(), k -> new HashMap<>()).putAll(a.getValue());
        Map<String, Map<String, String>> context = new HashMap<>();
        for (ArticleFacts f : sorted) context.put(AgentRounds.order(f), AgentRounds.namedOf(f, named.getOrDefault(AgentRounds.order(f), Map.of())));
        Map<String, Map<String, String>> decided = new HashMap<>();
        Map<String, String> agentNames = new HashMap<>();
        List<AgentResolver.Resolution> surnames = new ArrayList<>();
        Set<String> groupsSeen = new HashSet<>(slices.keySet());
        groupsSeen.addAll(known.keySet());
        for (String g : groupsSeen) {
            AgentRounds.Outcome o = AgentRounds.decide(known.getOrDefault(g, List.of()), slices.getOrDefault(g, List.of()), context);
            for (var a : o.ids().entrySet()) decided.computeIfAbsent(a.getKey(), k -> new HashMap<>()).putAll(a.getValue());
            agentNames.putAll(o.names());
            surnames.addAll(o.surnames());
        }
        // statements by speaker, events by type
        Map<String, Map<String, String>> agentIdsOf = new HashMap<>();
        Map<String, List<String>> speakersOf = new HashMap<>();
        Map<String, List<ArticleFacts>> bySpeaker = new LinkedHashMap<>();
        Map<String, Map<String, List<Integer>>> positions = new HashMap<>();
        Map<String, List<ArticleFacts>> byType = new LinkedHashMap<>();
        for (ArticleFacts f : sorted) {
            String order = AgentRounds.order(f);
            Map<String, String> agentIds = AgentRounds.agentIdsOf(f, decided.getOrDefault(order, Map.of()));
            agentIdsOf.put(order, agentIds);
            List<String> speakerIds = speakerIds(f, agentIds);
            speakersOf.put(order, speakerIds);
            for (var e : ResolutionRounds.statementKeys(f, speakerIds).entrySet()) {
                bySpeaker.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(ResolutionRounds.statementSlice(f, e.getValue()));
                positions.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(order, e.getValue());
            }
            for (var e : ResolutionRounds.eventSlices(f).entrySet()) byType.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        Map<String, List<StatementResolver.KnownStatement>> knownBySpeaker = new HashMap<>();
        for (StatementResolver.KnownStatement k : knownStatements)
            if (k.speakerId() != null && !k.speakerId().isEmpty()) knownBySpeaker.computeIfAbsent(k.speakerId(), x -> new ArrayList<>()).add(k);
        Map<String, String[]> statementIds = new HashMap<>();
        for (ArticleFacts f : sorted) statementIds.put(AgentRounds.order(f), new String[f.statements().size()]);
        for (var e : bySpeaker.entrySet()) {
            Map<String, List<Integer>> at = positions.get(e.getKey());
            Map<String, List<String>> sliceSpeakers = new HashMap<>();
            for (var p : at.entrySet()) {
                List<String> sp = new ArrayList<>();
                for (int i : p.getValue()) sp.add(speakersOf.get(p.getKey()).get(i));
                sliceSpeakers.put(p.getKey(), sp);
            }
            var ids = ResolutionRounds.statements(knownBySpeaker.getOrDefault(e.getKey(), List.of()), e.getValue(), sliceSpeakers);
            for (var a : ids.entrySet())
                for (int i = 0; i < a.getValue().size(); i++) statementIds.get(a.getKey())[at.get(a.getKey()).get(i)] = a.getValue().get(i);
        }
        Map<String, List<EventResolver.KnownEvent>> knownByType = new LinkedHashMap<>();
        for (EventResolver.KnownEvent k : knownEvents) knownByType.computeIfAbsent(ResolutionRounds.eventKey(k.type()), x -> new ArrayList<>()).add(k);
        Map<String, Map<String, String>> eventIds = new HashMap<>(), eventReasons = new HashMap<>();
        List<EventResolver.KnownEvent> events = new ArrayList<>();
        Set<String> types = new java.util.LinkedHashSet<>(knownByType.keySet());
        types.addAll(byType.keySet());
        for (String type : types) {
            ResolutionRounds.EventOutcome o = ResolutionRounds.events(knownByType.getOrDefault(type, List.of()),
                    byType.getOrDefault(type, List.of()), agentIdsOf);
            for (var a : o.articles().entrySet()) {
                eventIds.computeIfAbsent(a.getKey(), k -> new HashMap<>()).putAll(a.getValue().ids());
                eventReasons.computeIfAbsent(a.getKey(), k -> new HashMap<>()).putAll(a.getValue().reasons());
            }
            events.addAll(o.events());
        }
        // per article its ids; per entity its first article and its one name
        Map<String, ResolutionIndex.ArticleIds> out = new HashMap<>();
        Map<String, String> firstSeen = new HashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (ArticleFacts f : sorted) {
            String stem = f.article().id(), order = AgentRounds.order(f);
            Map<String, String> agentIds = agentIdsOf.get(order);
            Map<String, String> evIds = eventIds.getOrDefault(order, Map.of());
            out.put(stem, new ResolutionIndex.ArticleIds(agentIds, speakersOf.get(order), List.of(statementIds.get(order)),
                    evIds, eventReasons.getOrDefault(order, Map.of())));
            for (String id : agentIds.values()) firstSeen.putIfAbsent(id, stem);
            for (String id : evIds.values()) firstSeen.putIfAbsent(id, stem);
            for (var e : ResolutionRounds.namedNodes(f, agentIds).entrySet())
                for (String form : e.getValue()) forms.computeIfAbsent(e.getKey(), k -> new HashMap<>()).merge(form, 1, Integer::sum);
        }
        Map<String, String> names = new HashMap<>();
        for (var e : forms.entrySet()) names.put(e.getKey(), ResolutionRounds.canonicalName(agentNames.get(e.getKey()), e.getValue()));
        return new ResolutionIndex(out, names, firstSeen, surnames, events);
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
