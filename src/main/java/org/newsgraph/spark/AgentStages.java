package org.newsgraph.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.resolve.AgentResolver;
import org.newsgraph.resolve.AgentRounds;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The agent rounds of resolution as keyed Spark stages ({@link AgentRounds}): the agents' state keys form
 * a graph whose components ({@link Components}) are the groups; each group's part of every article (a
 * slice) is shuffled to one task, which resolves the group's named agents in build order; each article
 * gathers its named agents' ids (the context a surname-only person is judged in); each group then decides
 * again with the context. Nothing per article reaches the driver.
 */
final class AgentStages {
    private AgentStages() {}

    /** One group's part of an article: its build order, the slice as bytes, and the article's context. */
    record Slice(String order, byte[] facts, LinkedHashMap<String, String> context) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * What the agent rounds give.
     *
     * @param agentIds article order → Agent.key → id (in the article's agents' order)
     * @param names    agent id → canonical name
     * @param surnames surname-only people resolved to a full-named person
     */
    record Decided(JavaPairRDD<String, LinkedHashMap<String, String>> agentIds, JavaPairRDD<String, String> names,
                   JavaRDD<AgentResolver.Resolution> surnames) {}

    /** @param lean article order → its facts without text, as bytes; {@code n}: partitions of each shuffle */
    static Decided run(JavaPairRDD<String, byte[]> lean, int n) {
        JavaPairRDD<String, String> edges = lean.flatMapToPair(t -> {
            ArticleFacts f = FactsCodec.facts(t._2());
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (Agent a : f.agents()) {
                List<String> keys = AgentRounds.stateKeys(f, a);
                for (String k : keys.subList(1, keys.size())) {
                    out.add(new Tuple2<>(keys.get(0), k));
                    out.add(new Tuple2<>(k, keys.get(0)));
                }
            }
            return out.iterator();
        }).distinct(n);
        JavaPairRDD<String, String> labels = Components.labels(edges, n);
        // each agent's group: article order → (agent index, group)
        JavaPairRDD<String, Tuple2<Integer, String>> groupOf = lean.flatMapToPair(t -> {
            ArticleFacts f = FactsCodec.facts(t._2());
            List<Tuple2<String, Tuple2<String, Integer>>> out = new ArrayList<>();
            for (int j = 0; j < f.agents().size(); j++)
                out.add(new Tuple2<>(AgentRounds.stateKeys(f, f.agents().get(j)).get(0), new Tuple2<>(t._1(), j)));
            return out.iterator();
        }).join(labels, n).mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._2()._1()._2(), t._2()._2())));
        // group → its slice of each article
        JavaPairRDD<String, Slice> slices = groupOf.groupByKey(n).join(lean, n).flatMapToPair(t -> {
            ArticleFacts f = FactsCodec.facts(t._2()._2());
            Map<String, List<Integer>> byGroup = new TreeMap<>();
            for (Tuple2<Integer, String> g : t._2()._1()) byGroup.computeIfAbsent(g._2(), k -> new ArrayList<>()).add(g._1());
            List<Tuple2<String, Slice>> out = new ArrayList<>();
            for (var e : byGroup.entrySet()) {
                List<Agent> agents = new ArrayList<>();
                e.getValue().stream().sorted().forEach(j -> agents.add(f.agents().get(j)));
                out.add(new Tuple2<>(e.getKey(), new Slice(t._1(), FactsCodec.facts(AgentRounds.slice(f, agents)), null)));
            }
            return out.iterator();
        });
        slices.persist(StorageLevel.MEMORY_AND_DISK());
        // round 1 per group, gathered per article into its context
        JavaPairRDD<String, HashMap<String, String>> named = slices.groupByKey(n).flatMapToPair(g -> {
            List<Tuple2<String, HashMap<String, String>>> out = new ArrayList<>();
            for (var e : AgentRounds.named(List.of(), inOrder(g._2())).entrySet()) out.add(new Tuple2<>(e.getKey(), new HashMap<>(e.getValue())));
            return out.iterator();
        }).reduceByKey(AgentStages::merge, n);
        // in the article's agents' order: it decides which co-occurring agents a person keeps when it has more than the resolver keeps
        JavaPairRDD<String, LinkedHashMap<String, String>> context = lean.join(named, n).mapToPair(t -> new Tuple2<>(t._1(),
                new LinkedHashMap<>(AgentRounds.namedOf(FactsCodec.facts(t._2()._1()), t._2()._2()))));
        // rounds 1 and 2 per group, with every article's context
        JavaRDD<AgentRounds.Outcome> outcomes = slices.mapToPair(t -> new Tuple2<>(t._2().order(), new Tuple2<>(t._1(), t._2())))
                .leftOuterJoin(context, n)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Slice(t._1(), t._2()._1()._2().facts(),
                        t._2()._2().orElse(new LinkedHashMap<>()))))
                .groupByKey(n).map(g -> {
                    List<ArticleFacts> slicesInOrder = new ArrayList<>();
                    Map<String, Map<String, String>> ctx = new HashMap<>();
                    for (Slice s : sorted(g._2())) {
                        slicesInOrder.add(FactsCodec.facts(s.facts()));
                        ctx.put(s.order(), s.context());
                    }
                    return AgentRounds.decide(List.of(), slicesInOrder, ctx);
                });
        outcomes.persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, HashMap<String, String>> decided = outcomes.flatMapToPair(o -> {
            List<Tuple2<String, HashMap<String, String>>> out = new ArrayList<>();
            for (var e : o.ids().entrySet()) out.add(new Tuple2<>(e.getKey(), new HashMap<>(e.getValue())));
            return out.iterator();
        }).reduceByKey(AgentStages::merge, n);
        JavaPairRDD<String, LinkedHashMap<String, String>> agentIds = lean.leftOuterJoin(decided, n).mapToPair(t -> new Tuple2<>(t._1(),
                new LinkedHashMap<>(AgentRounds.agentIdsOf(FactsCodec.facts(t._2()._1()), t._2()._2().orElse(new HashMap<>())))));
        JavaPairRDD<String, String> names = outcomes.flatMapToPair(o -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (var e : o.names().entrySet()) out.add(new Tuple2<>(e.getKey(), e.getValue()));
            return out.iterator();
        });
        return new Decided(agentIds, names, outcomes.flatMap(o -> o.surnames().iterator()));
    }

    static List<Slice> sorted(Iterable<Slice> slices) {
        List<Slice> out = new ArrayList<>();
        slices.forEach(out::add);
        out.sort(Comparator.comparing(Slice::order));
        return out;
    }

    private static List<ArticleFacts> inOrder(Iterable<Slice> slices) {
        List<ArticleFacts> out = new ArrayList<>();
        for (Slice s : sorted(slices)) out.add(FactsCodec.facts(s.facts()));
        return out;
    }

    private static HashMap<String, String> merge(HashMap<String, String> a, HashMap<String, String> b) {
        HashMap<String, String> out = new HashMap<>(a);
        out.putAll(b);
        return out;
    }
}
