package org.newsgraph.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.resolve.AgentRounds;
import org.newsgraph.resolve.EventResolver;
import org.newsgraph.resolve.ResolutionIndex;
import org.newsgraph.resolve.ResolutionRounds;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rounds of resolution after the agents as keyed Spark stages ({@link ResolutionRounds}): statements
 * shuffled by speaker id, events by type, each key's articles resolved in build order in one task; then
 * per entity its one name and first article, joined back to the articles that name it. Every result stays
 * on the executors, keyed by article order ({@link AgentRounds#order}).
 */
final class RoundStages {
    private RoundStages() {}

    /** One key's part of an article: the slice as bytes, where its statements sit, their speakers, the article's agent ids. */
    record Part(String order, byte[] facts, ArrayList<Integer> positions, ArrayList<String> speakers,
                LinkedHashMap<String, String> agentIds) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What an article's graph needs of the entities it names: their names and first articles. */
    record Entity(String id, String name, String firstSeen) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The outcome.
     *
     * @param articles article order → its ids and what it needs of its entities
     * @param names    entity id → its one name (for the resolution graph)
     * @param events   the events, per type (for the resolution graph)
     */
    record Resolved(JavaPairRDD<String, Tuple2<ResolutionIndex.ArticleIds, List<Entity>>> articles,
                    JavaPairRDD<String, String> names, JavaRDD<List<EventResolver.KnownEvent>> events) {}

    /**
     * @param withAgents article order → (facts without text, its agents' ids)
     * @param agentNames agent id → canonical name
     * @param n          partitions of each shuffle
     */
    static Resolved run(JavaPairRDD<String, Tuple2<byte[], LinkedHashMap<String, String>>> withAgents,
                        JavaPairRDD<String, String> agentNames, int n) {
        // statements, by speaker
        JavaPairRDD<String, HashMap<Integer, String>> statementIds = withAgents.flatMapToPair(t -> {
            ArticleFacts f = FactsCodec.facts(t._2()._1());
            List<String> speakers = ResolutionRounds.speakerIds(f, t._2()._2());
            List<Tuple2<String, Part>> out = new ArrayList<>();
            for (var e : ResolutionRounds.statementKeys(f, speakers).entrySet()) {
                ArrayList<String> sp = new ArrayList<>();
                for (int i : e.getValue()) sp.add(speakers.get(i));
                out.add(new Tuple2<>(e.getKey(), new Part(t._1(), FactsCodec.facts(ResolutionRounds.statementSlice(f, e.getValue())),
                        new ArrayList<>(e.getValue()), sp, null)));
            }
            return out.iterator();
        }).groupByKey(n).flatMapToPair(g -> {
            List<Part> parts = sorted(g._2());
            List<ArticleFacts> slices = new ArrayList<>();
            Map<String, List<String>> speakers = new HashMap<>();
            for (Part p : parts) {
                slices.add(FactsCodec.facts(p.facts()));
                speakers.put(p.order(), p.speakers());
            }
            Map<String, List<String>> ids = ResolutionRounds.statements(List.of(), slices, speakers);
            List<Tuple2<String, HashMap<Integer, String>>> out = new ArrayList<>();
            for (Part p : parts) {
                HashMap<Integer, String> at = new HashMap<>();
                for (int i = 0; i < p.positions().size(); i++) at.put(p.positions().get(i), ids.get(p.order()).get(i));
                out.add(new Tuple2<>(p.order(), at));
            }
            return out.iterator();
        }).reduceByKey(RoundStages::merge, n);

        // events, by type
        JavaRDD<ResolutionRounds.EventOutcome> eventRounds = withAgents.flatMapToPair(t -> {
            ArticleFacts f = FactsCodec.facts(t._2()._1());
            List<Tuple2<String, Part>> out = new ArrayList<>();
            for (var e : ResolutionRounds.eventSlices(f).entrySet())
                out.add(new Tuple2<>(e.getKey(), new Part(t._1(), FactsCodec.facts(e.getValue()), null, null, t._2()._2())));
            return out.iterator();
        }).groupByKey(n).map(g -> {
            List<ArticleFacts> slices = new ArrayList<>();
            Map<String, Map<String, String>> agentIds = new HashMap<>();
            for (Part p : sorted(g._2())) {
                slices.add(FactsCodec.facts(p.facts()));
                agentIds.put(p.order(), p.agentIds());
            }
            return ResolutionRounds.events(List.of(), slices, agentIds);
        });
        eventRounds.persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, EventResolver.Resolution> eventIds = eventRounds.flatMapToPair(o -> {
            List<Tuple2<String, EventResolver.Resolution>> out = new ArrayList<>();
            for (var e : o.articles().entrySet()) out.add(new Tuple2<>(e.getKey(), e.getValue()));
            return out.iterator();
        }).reduceByKey((a, b) -> {
            Map<String, String> ids = new HashMap<>(a.ids()), reasons = new HashMap<>(a.reasons());
            ids.putAll(b.ids());
            reasons.putAll(b.reasons());
            return new EventResolver.Resolution(ids, reasons);
        }, n);

        // each article's ids
        JavaPairRDD<String, Tuple2<String, ResolutionIndex.ArticleIds>> ids = withAgents.leftOuterJoin(statementIds, n).leftOuterJoin(eventIds, n)
                .mapToPair(t -> {
                    ArticleFacts f = FactsCodec.facts(t._2()._1()._1()._1());
                    LinkedHashMap<String, String> agentIds = t._2()._1()._1()._2();
                    Map<Integer, String> st = t._2()._1()._2().orElse(new HashMap<>());
                    List<String> statements = new ArrayList<>();
                    for (int i = 0; i < f.statements().size(); i++) statements.add(st.get(i));
                    Optional<EventResolver.Resolution> ev = t._2()._2();
                    return new Tuple2<>(t._1(), new Tuple2<>(f.article().id(), new ResolutionIndex.ArticleIds(agentIds,
                            ResolutionRounds.speakerIds(f, agentIds), statements,
                            ev.isPresent() ? ev.get().ids() : Map.of(), ev.isPresent() ? ev.get().reasons() : Map.of())));
                });
        ids.persist(StorageLevel.MEMORY_AND_DISK());

        // per entity: the smallest article id mentioning it, and its one name
        JavaPairRDD<String, String> firstSeen = ids.flatMapToPair(t -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (String id : mentioned(t._2()._2())) out.add(new Tuple2<>(id, t._2()._1()));
            return out.iterator();
        }).reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b, n);
        JavaPairRDD<String, HashMap<String, Integer>> forms = withAgents.flatMapToPair(t -> {
            List<Tuple2<String, HashMap<String, Integer>>> out = new ArrayList<>();
            for (var e : ResolutionRounds.namedNodes(FactsCodec.facts(t._2()._1()), t._2()._2()).entrySet()) {
                HashMap<String, Integer> one = new HashMap<>();
                for (String form : e.getValue()) one.put(form, 1);
                out.add(new Tuple2<>(e.getKey(), one));
            }
            return out.iterator();
        }).reduceByKey((a, b) -> {
            HashMap<String, Integer> out = new HashMap<>(a);
            b.forEach((k, v) -> out.merge(k, v, Integer::sum));
            return out;
        }, n);
        JavaPairRDD<String, String> names = forms.leftOuterJoin(agentNames, n)
                .mapToPair(t -> new Tuple2<>(t._1(), ResolutionRounds.canonicalName(t._2()._2().orElse(null), t._2()._1())));
        names.persist(StorageLevel.MEMORY_AND_DISK());

        // back to the articles that name them
        JavaPairRDD<String, Entity> entities = names.fullOuterJoin(firstSeen, n)
                .mapToPair(t -> new Tuple2<>(t._1(), new Entity(t._1(), t._2()._1().orElse(null), t._2()._2().orElse(null))));
        JavaPairRDD<String, List<Entity>> needed = withAgents.join(ids, n).flatMapToPair(t -> {
            Set<String> want = new LinkedHashSet<>(mentioned(t._2()._2()._2()));
            want.addAll(t._2()._2()._2().speakerIds().stream().filter(s -> s != null).toList());
            want.addAll(ResolutionRounds.namedNodes(FactsCodec.facts(t._2()._1()._1()), t._2()._1()._2()).keySet());
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (String id : want) out.add(new Tuple2<>(id, t._1()));
            return out.iterator();
        }).join(entities, n).mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2())).groupByKey(n).mapValues(es -> {
            List<Entity> out = new ArrayList<>();
            es.forEach(out::add);
            return out;
        });
        JavaPairRDD<String, Tuple2<ResolutionIndex.ArticleIds, List<Entity>>> articles = ids.leftOuterJoin(needed, n)
                .mapToPair(t -> new Tuple2<>(t._1(), new Tuple2<>(t._2()._1()._2(), t._2()._2().orElse(new ArrayList<>()))));
        return new Resolved(articles, names, eventRounds.map(o -> new ArrayList<>(o.events())));
    }

    /** The agents and events of an article (the ids linking looks at). */
    private static List<String> mentioned(ResolutionIndex.ArticleIds ids) {
        List<String> out = new ArrayList<>(ids.agentIds().values());
        out.addAll(ids.eventIds().values());
        return out;
    }

    private static List<Part> sorted(Iterable<Part> parts) {
        List<Part> out = new ArrayList<>();
        parts.forEach(out::add);
        out.sort(java.util.Comparator.comparing(Part::order));
        return out;
    }

    private static HashMap<Integer, String> merge(HashMap<Integer, String> a, HashMap<Integer, String> b) {
        HashMap<Integer, String> out = new HashMap<>(a);
        out.putAll(b);
        return out;
    }
}
