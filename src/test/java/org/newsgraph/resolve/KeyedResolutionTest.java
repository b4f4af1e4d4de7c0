package org.newsgraph.resolve;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.ArticleFacts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Resolution split into keyed rounds (agent groups, speakers, event types, entities) gives exactly what one
 * resolver of each kind gives over the whole build, whatever order the keys and the articles come in and
 * however the articles are partitioned ({@code spark-build} shuffles them).
 */
class KeyedResolutionTest {
    private static final int SEEDS = 25;

    @Test
    void theIndexEqualsOneResolverOverTheWholeBuild() {
        int surnames = 0, sharedStatements = 0, sharedEvents = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<ArticleFacts> corpus = KeyedCorpus.corpus(seed, 40);
            ResolutionIndex reference = KeyedCorpus.oneResolver(List.of(), corpus);
            List<ArticleFacts> shuffled = new ArrayList<>(corpus);
            Collections.shuffle(shuffled, new Random(seed));
            ResolutionIndex keyed = new CorpusResolver(List.of(), List.of(), List.of()).index(shuffled);
            assertEquals(reference, keyed, "seed " + seed);
            surnames += reference.surnames().size();
            sharedStatements += shared(reference, ResolutionIndex.ArticleIds::statementIds);
            sharedEvents += shared(reference, ids -> List.copyOf(ids.eventIds().values()));
        }
        // the corpora exercise what crosses articles
        assertTrue(surnames > 10 && sharedStatements > 10 && sharedEvents > 10, surnames + " " + sharedStatements + " " + sharedEvents);
    }

    @Test
    void agentsAnEarlierBuildPublishedJoinTheirGroups() {
        List<KnownAgent> known = List.of(
                new KnownAgent("person/ana-ruiz", AgentKind.PERSON, "Ana Ruiz", Set.of("Ruiz")),
                new KnownAgent("person/lopez", AgentKind.PERSON, "Lopez", Set.of()),
                new KnownAgent("person/carla-lopez", AgentKind.PERSON, "Carla Lopez", Set.of()),
                new KnownAgent("organization/central-intelligence-agency", AgentKind.ORGANIZATION, "Central Intelligence Agency", Set.of("CIA")));
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<ArticleFacts> corpus = KeyedCorpus.corpus(seed, 30);
            assertEquals(KeyedCorpus.oneResolver(known, corpus), new CorpusResolver(known, List.of(), List.of()).index(corpus), "seed " + seed);
        }
    }

    @Test
    void agentGroupsTakenInAnyOrderGiveOneResolversIds() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random random = new Random(seed);
            List<ArticleFacts> corpus = KeyedCorpus.corpus(seed, 40);
            ResolutionIndex reference = KeyedCorpus.oneResolver(List.of(), corpus);
            // group as spark-build does: by shared state keys
            AgentRounds.Groups groups = new AgentRounds.Groups();
            for (ArticleFacts f : corpus) for (Agent a : f.agents()) groups.join(AgentRounds.stateKeys(f, a));
            Map<String, List<ArticleFacts>> slices = new HashMap<>();
            for (ArticleFacts f : sortedShuffle(corpus, random)) {
                Map<String, List<Agent>> mine = new LinkedHashMap<>();
                for (Agent a : f.agents()) mine.computeIfAbsent(groups.find(AgentRounds.stateKeys(f, a).get(0)), k -> new ArrayList<>()).add(a);
                mine.forEach((g, agents) -> slices.computeIfAbsent(g, k -> new ArrayList<>()).add(AgentRounds.slice(f, agents)));
            }
            slices.values().forEach(l -> l.sort(java.util.Comparator.comparing(AgentRounds::order)));
            List<String> order = new ArrayList<>(slices.keySet());
            Collections.shuffle(order, random);
            Map<String, Map<String, String>> named = new HashMap<>();
            for (String g : order)
                AgentRounds.named(List.of(), slices.get(g)).forEach((a, ids) -> named.computeIfAbsent(a, k -> new HashMap<>()).putAll(ids));
            Map<String, Map<String, String>> context = new HashMap<>();
            for (ArticleFacts f : corpus) context.put(AgentRounds.order(f), AgentRounds.namedOf(f, named.getOrDefault(AgentRounds.order(f), Map.of())));
            Collections.shuffle(order, random);
            Map<String, Map<String, String>> decided = new HashMap<>();
            for (String g : order)
                AgentRounds.decide(List.of(), slices.get(g), context).ids()
                        .forEach((a, ids) -> decided.computeIfAbsent(a, k -> new HashMap<>()).putAll(ids));
            for (ArticleFacts f : corpus)
                assertEquals(reference.articles().get(f.article().id()).agentIds(),
                        AgentRounds.agentIdsOf(f, decided.getOrDefault(AgentRounds.order(f), Map.of())), "seed " + seed + " " + f.article().id());
        }
    }

    @Test
    void statementsBySpeakerAndEventsByTypeGiveOneResolversIds() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random random = new Random(seed);
            List<ArticleFacts> corpus = KeyedCorpus.corpus(seed, 40);
            ResolutionIndex reference = KeyedCorpus.oneResolver(List.of(), corpus);
            Map<String, List<ArticleFacts>> bySpeaker = new HashMap<>(), byType = new HashMap<>();
            Map<String, Map<String, List<Integer>>> positions = new HashMap<>();
            Map<String, List<String>> speakers = new HashMap<>();
            Map<String, Map<String, String>> agentIds = new HashMap<>();
            for (ArticleFacts f : sortedShuffle(corpus, random)) {
                ResolutionIndex.ArticleIds ids = reference.articles().get(f.article().id());
                agentIds.put(AgentRounds.order(f), ids.agentIds());
                ResolutionRounds.statementKeys(f, ids.speakerIds()).forEach((k, at) -> {
                    bySpeaker.computeIfAbsent(k, x -> new ArrayList<>()).add(ResolutionRounds.statementSlice(f, at));
                    positions.computeIfAbsent(k, x -> new HashMap<>()).put(AgentRounds.order(f), at);
                    List<String> sp = new ArrayList<>();
                    for (int i : at) sp.add(ids.speakerIds().get(i));
                    speakers.put(k + "\u0001" + AgentRounds.order(f), sp);
                });
                ResolutionRounds.eventSlices(f).forEach((k, slice) -> byType.computeIfAbsent(k, x -> new ArrayList<>()).add(slice));
            }
            Map<String, String[]> statementIds = new HashMap<>();
            for (ArticleFacts f : corpus) statementIds.put(AgentRounds.order(f), new String[f.statements().size()]);
            for (var e : bySpeaker.entrySet()) {
                e.getValue().sort(java.util.Comparator.comparing(AgentRounds::order));
                Map<String, List<String>> sp = new HashMap<>();
                for (ArticleFacts s : e.getValue()) sp.put(AgentRounds.order(s), speakers.get(e.getKey() + "\u0001" + AgentRounds.order(s)));
                ResolutionRounds.statements(List.of(), e.getValue(), sp).forEach((a, ids) -> {
                    String[] all = statementIds.get(a);
                    for (int i = 0; i < ids.size(); i++) all[positions.get(e.getKey()).get(a).get(i)] = ids.get(i);
                });
            }
            Map<String, Map<String, String>> eventIds = new HashMap<>(), reasons = new HashMap<>();
            for (List<ArticleFacts> slices : byType.values()) {
                slices.sort(java.util.Comparator.comparing(AgentRounds::order));
                ResolutionRounds.events(List.of(), slices, agentIds).articles().forEach((a, r) -> {
                    eventIds.computeIfAbsent(a, x -> new HashMap<>()).putAll(r.ids());
                    reasons.computeIfAbsent(a, x -> new HashMap<>()).putAll(r.reasons());
                });
            }
            for (ArticleFacts f : corpus) {
                ResolutionIndex.ArticleIds ids = reference.articles().get(f.article().id());
                String order = AgentRounds.order(f);
                for (int i = 0; i < f.statements().size(); i++)
                    assertEquals(ids.statementIds().get(i), statementIds.get(order)[i], "seed " + seed + " " + order + " statement " + i);
                assertEquals(ids.eventIds(), eventIds.getOrDefault(order, Map.of()), "seed " + seed + " " + order);
                assertEquals(ids.eventReasons(), reasons.getOrDefault(order, Map.of()), "seed " + seed + " " + order);
            }
        }
    }

    /** The articles in a random order (as partitions deliver them). */
    private static List<ArticleFacts> sortedShuffle(List<ArticleFacts> corpus, Random random) {
        List<ArticleFacts> out = new ArrayList<>(corpus);
        Collections.shuffle(out, random);
        return out;
    }

    /** Ids that more than one article has. */
    private static int shared(ResolutionIndex index, java.util.function.Function<ResolutionIndex.ArticleIds, List<String>> ids) {
        Map<String, Integer> articles = new HashMap<>();
        for (ResolutionIndex.ArticleIds a : index.articles().values())
            for (String id : Set.copyOf(ids.apply(a))) articles.merge(id, 1, Integer::sum);
        return (int) articles.values().stream().filter(n -> n > 1).count();
    }
}
