package org.newsgraph.resolve;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.ArticleFacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code build}'s resolution pass: the keyed rounds ({@link AgentRounds}, {@link ResolutionRounds}) with
 * their keys grouped in memory, the articles in build order. {@code spark-build} groups the same keys in
 * Spark stages. Each round leaves its results per article order; {@link #index} assembles them.
 */
final class InMemoryRounds {
    private final List<KnownAgent> knownAgents;
    private final List<StatementResolver.KnownStatement> knownStatements;
    private final List<EventResolver.KnownEvent> knownEvents;
    private List<ArticleFacts> sorted;

    // results per article order
    private final Map<String, Map<String, String>> agentIds = new HashMap<>();
    private final Map<String, List<String>> speakerIds = new HashMap<>();
    private final Map<String, String[]> statementIds = new HashMap<>();
    private final Map<String, Map<String, String>> eventIds = new HashMap<>(), eventReasons = new HashMap<>();
    // corpus-wide
    private final Map<String, String> agentNames = new HashMap<>();
    private final List<AgentResolver.Resolution> surnames = new ArrayList<>();
    private final List<EventResolver.KnownEvent> events = new ArrayList<>();

    InMemoryRounds(List<KnownAgent> knownAgents, List<StatementResolver.KnownStatement> knownStatements,
                   List<EventResolver.KnownEvent> knownEvents) {
        this.knownAgents = knownAgents;
        this.knownStatements = knownStatements;
        this.knownEvents = knownEvents;
    }

    ResolutionIndex index(List<ArticleFacts> articles) {
        sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing((ArticleFacts f) -> f.article().id())
                .thenComparing(f -> String.valueOf(f.article().contentHash())));
        agents();
        statements();
        events();
        return assemble();
    }

    /** Agent groups by shared state keys (known agents first, in the store's order), rounds 1 and 2 per group. */
    private void agents() {
        AgentRounds.Groups groups = new AgentRounds.Groups();
        List<String> knownKey = new ArrayList<>();
        for (KnownAgent k : knownAgents) knownKey.add(groups.join(AgentRounds.stateKeys(k)));
        List<List<String>> agentKey = new ArrayList<>();
        for (ArticleFacts f : sorted) {
            List<String> keys = new ArrayList<>();
            for (Agent a : f.agents()) keys.add(groups.join(AgentRounds.stateKeys(f, a)));
            agentKey.add(keys);
        }
        Map<String, List<KnownAgent>> known = new LinkedHashMap<>();
        for (int i = 0; i < knownAgents.size(); i++)
            known.computeIfAbsent(groups.find(knownKey.get(i)), k -> new ArrayList<>()).add(knownAgents.get(i));
        Map<String, List<ArticleFacts>> slices = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            ArticleFacts f = sorted.get(i);
            Map<String, List<Agent>> mine = new LinkedHashMap<>();
            for (int j = 0; j < f.agents().size(); j++)
                mine.computeIfAbsent(groups.find(agentKey.get(i).get(j)), k -> new ArrayList<>()).add(f.agents().get(j));
            mine.forEach((g, agents) -> slices.computeIfAbsent(g, k -> new ArrayList<>()).add(AgentRounds.slice(f, agents)));
        }
        Map<String, Map<String, String>> named = new HashMap<>();
        slices.forEach((g, s) -> AgentRounds.named(known.getOrDefault(g, List.of()), s)
                .forEach((order, ids) -> named.computeIfAbsent(order, k -> new HashMap<>()).putAll(ids)));
        Map<String, Map<String, String>> context = new HashMap<>();
        for (ArticleFacts f : sorted) context.put(AgentRounds.order(f), AgentRounds.namedOf(f, named.getOrDefault(AgentRounds.order(f), Map.of())));
        // groups of known agents only decide too: an earlier build's surname-only person may resolve now
        Set<String> all = new LinkedHashSet<>(slices.keySet());
        all.addAll(known.keySet());
        Map<String, Map<String, String>> decided = new HashMap<>();
        for (String g : all) {
            AgentRounds.Outcome o = AgentRounds.decide(known.getOrDefault(g, List.of()), slices.getOrDefault(g, List.of()), context);
            o.ids().forEach((order, ids) -> decided.computeIfAbsent(order, k -> new HashMap<>()).putAll(ids));
            agentNames.putAll(o.names());
            surnames.addAll(o.surnames());
        }
        for (ArticleFacts f : sorted) {
            String order = AgentRounds.order(f);
            agentIds.put(order, AgentRounds.agentIdsOf(f, decided.getOrDefault(order, Map.of())));
            speakerIds.put(order, ResolutionRounds.speakerIds(f, agentIds.get(order)));
        }
    }

    /** Statements by speaker. */
    private void statements() {
        Map<String, List<ArticleFacts>> slices = new LinkedHashMap<>();
        Map<String, Map<String, List<Integer>>> positions = new HashMap<>();
        for (ArticleFacts f : sorted) {
            String order = AgentRounds.order(f);
            statementIds.put(order, new String[f.statements().size()]);
            ResolutionRounds.statementKeys(f, speakerIds.get(order)).forEach((key, at) -> {
                slices.computeIfAbsent(key, k -> new ArrayList<>()).add(ResolutionRounds.statementSlice(f, at));
                positions.computeIfAbsent(key, k -> new HashMap<>()).put(order, at);
            });
        }
        Map<String, List<StatementResolver.KnownStatement>> known = new HashMap<>();
        for (StatementResolver.KnownStatement k : knownStatements)
            if (k.speakerId() != null && !k.speakerId().isEmpty()) known.computeIfAbsent(k.speakerId(), x -> new ArrayList<>()).add(k);
        slices.forEach((key, s) -> {
            Map<String, List<Integer>> at = positions.get(key);
            Map<String, List<String>> speakers = new HashMap<>();
            at.forEach((order, ps) -> speakers.put(order, ps.stream().map(i -> speakerIds.get(order).get(i)).toList()));
            ResolutionRounds.statements(known.getOrDefault(key, List.of()), s, speakers).forEach((order, ids) -> {
                for (int i = 0; i < ids.size(); i++) statementIds.get(order)[at.get(order).get(i)] = ids.get(i);
            });
        });
    }

    /** Events by type (known events first, in the store's order). */
    private void events() {
        Map<String, List<EventResolver.KnownEvent>> known = new LinkedHashMap<>();
        for (EventResolver.KnownEvent k : knownEvents) known.computeIfAbsent(ResolutionRounds.eventKey(k.type()), x -> new ArrayList<>()).add(k);
        Map<String, List<ArticleFacts>> slices = new LinkedHashMap<>();
        for (ArticleFacts f : sorted) ResolutionRounds.eventSlices(f).forEach((type, s) -> slices.computeIfAbsent(type, k -> new ArrayList<>()).add(s));
        Set<String> types = new LinkedHashSet<>(known.keySet());
        types.addAll(slices.keySet());
        for (String type : types) {
            ResolutionRounds.EventOutcome o = ResolutionRounds.events(known.getOrDefault(type, List.of()), slices.getOrDefault(type, List.of()), agentIds);
            o.articles().forEach((order, r) -> {
                eventIds.computeIfAbsent(order, k -> new HashMap<>()).putAll(r.ids());
                eventReasons.computeIfAbsent(order, k -> new HashMap<>()).putAll(r.reasons());
            });
            events.addAll(o.events());
        }
    }

    /** Per article its ids; per entity its first article (the smallest id) and its one name. */
    private ResolutionIndex assemble() {
        Map<String, ResolutionIndex.ArticleIds> out = new HashMap<>();
        Map<String, String> firstSeen = new HashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (ArticleFacts f : sorted) {
            String stem = f.article().id(), order = AgentRounds.order(f);
            Map<String, String> agents = agentIds.get(order), evIds = eventIds.getOrDefault(order, Map.of());
            out.put(stem, new ResolutionIndex.ArticleIds(agents, speakerIds.get(order), List.of(statementIds.get(order)),
                    evIds, eventReasons.getOrDefault(order, Map.of())));
            for (String id : agents.values()) firstSeen.putIfAbsent(id, stem);
            for (String id : evIds.values()) firstSeen.putIfAbsent(id, stem);
            ResolutionRounds.namedNodes(f, agents).forEach((id, fs) -> {
                for (String form : fs) forms.computeIfAbsent(id, k -> new HashMap<>()).merge(form, 1, Integer::sum);
            });
        }
        Map<String, String> names = new HashMap<>();
        forms.forEach((id, fs) -> names.put(id, ResolutionRounds.canonicalName(agentNames.get(id), fs)));
        return new ResolutionIndex(out, names, firstSeen, surnames, events);
    }
}
