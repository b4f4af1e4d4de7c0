package org.newsgraph.spark;

import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.link.GazetteerLinker;
import org.newsgraph.link.Linker;
import org.newsgraph.pipeline.ArticleMapper;
import org.newsgraph.pipeline.BuildPipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.resolve.AgentResolver;
import org.newsgraph.resolve.AgentRounds;
import org.newsgraph.resolve.ResolutionIndex;
import scala.Tuple2;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Cross-article resolution and mapping as Spark stages, with the functions {@code build} uses. The
 * executors drop repeated texts as {@code build} does (the first in input order is kept), resolve the
 * articles' facts without texts in stages keyed by agent group ({@link AgentStages}), speaker, event type
 * and entity ({@link RoundStages}), join each article's ids and its entities' names back to it and map it
 * to quads ({@link ArticleMapper}: Wikidata links from the offline gazetteer, RDF); the resolution graph's
 * quads (names, surname notes, events) are made per key on the executors too. The driver receives counts,
 * the names of repeated inputs, and the N-Quads blocks it writes.
 */
final class ResolutionPasses {
    private ResolutionPasses() {}

    record Result(long built, int duplicates, int parts, long quads) {}

    /** The articles once each: article order → facts, and article order → facts without text. */
    record Kept(JavaPairRDD<String, byte[]> articles, JavaPairRDD<String, byte[]> lean, List<String> duplicates) {}

    /** (facts, input position) → each text once (shuffles into {@code n} partitions), the first in input order; the names of the others. */
    static Kept dedupe(JavaPairRDD<byte[], Long> positioned, int n) {
        JavaPairRDD<String, Tuple2<Long, byte[]>> byHash = positioned.mapToPair(t ->
                new Tuple2<>(FactsCodec.facts(t._1()).article().contentHash(), new Tuple2<>(t._2(), t._1())));
        JavaPairRDD<String, Long> first = byHash.mapValues(Tuple2::_1).reduceByKey(Math::min, n);
        JavaPairRDD<String, Tuple2<Tuple2<Long, byte[]>, Long>> joined = byHash.join(first, n);
        List<String> duplicates = joined.filter(t -> !t._2()._1()._1().equals(t._2()._2()))
                .map(t -> FactsCodec.facts(t._2()._1()._2()).article().source()).collect();
        JavaPairRDD<String, byte[]> articles = joined.filter(t -> t._2()._1()._1().equals(t._2()._2())).mapToPair(t -> {
            byte[] b = t._2()._1()._2();
            return new Tuple2<>(AgentRounds.order(FactsCodec.facts(b)), b);
        });
        articles.persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, byte[]> lean = articles.mapValues(b -> FactsCodec.facts(FactsCodec.facts(b).withoutText()));
        lean.persist(StorageLevel.MEMORY_AND_DISK());
        return new Kept(articles, lean, new ArrayList<>(new java.util.TreeSet<>(duplicates)));
    }

    /** Bytes of the articles' facts without texts (what resolution reads; an earlier version collected them to the driver). */
    static long leanBytes(Kept kept) {
        return kept.lean().values().map(b -> (long) b.length).fold(0L, Long::sum);
    }

    /** Every N-Quads block of the build (article graphs with their links, then the resolution graph's), with its quad count. */
    static JavaRDD<Tuple2<String, Long>> blocks(Kept kept, String base, String wikidata, int n) {
        AgentStages.Decided agents = AgentStages.run(kept.lean(), n);
        JavaPairRDD<String, Tuple2<byte[], LinkedHashMap<String, String>>> withAgents = kept.lean().join(agents.agentIds(), n);
        withAgents.persist(StorageLevel.MEMORY_AND_DISK());
        RoundStages.Resolved r = RoundStages.run(withAgents, agents.names(), n);
        JavaRDD<Tuple2<String, Long>> articles = kept.articles().join(r.articles(), n)
                .mapPartitions(new Mapping(base, wikidata)::map);
        JavaRDD<Tuple2<String, Long>> names = r.names().mapPartitions(it -> {
            Map<String, String> part = new HashMap<>();
            it.forEachRemaining(t -> part.put(t._1(), t._2()));
            return block(new ResolutionIndex(Map.of(), part, Map.of(), List.of(), List.of()), base);
        });
        JavaRDD<Tuple2<String, Long>> surnames = agents.surnames().mapPartitions(it -> {
            List<AgentResolver.Resolution> list = new ArrayList<>();
            it.forEachRemaining(list::add);
            return block(new ResolutionIndex(Map.of(), Map.of(), Map.of(), list, List.of()), base);
        });
        JavaRDD<Tuple2<String, Long>> events = r.events().flatMap(list ->
                block(new ResolutionIndex(Map.of(), Map.of(), Map.of(), List.of(), list), base));
        return articles.union(names).union(surnames).union(events);
    }

    /** The resolution-graph quads of a part of the resolution, as one block (none when it has none). */
    private static Iterator<Tuple2<String, Long>> block(ResolutionIndex part, String base) {
        List<Quad> quads = ArticleMapper.resolutionQuads(part, new Iris(base));
        return quads.isEmpty() ? Collections.emptyIterator()
                : List.of(new Tuple2<>(NQuadsParts.nquads(quads), (long) quads.size())).iterator();
    }

    /** Mapping on the executors: each article with its ids and its entities' names and first articles. */
    static final class Mapping implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String base;
        private final String wikidata;

        Mapping(String base, String wikidata) {
            this.base = base;
            this.wikidata = wikidata;
        }

        /** (order, (facts, (ids, entities))) → (N-Quads of the article's graph and its links, number of quads). */
        Iterator<Tuple2<String, Long>> map(Iterator<Tuple2<String, Tuple2<byte[], Tuple2<ResolutionIndex.ArticleIds,
                List<RoundStages.Entity>>>>> articles) {
            Linker linker = linker(wikidata);
            Iris iris = new Iris(base);
            List<Tuple2<String, Long>> out = new ArrayList<>();
            while (articles.hasNext()) {
                var t = articles.next();
                ArticleFacts facts = FactsCodec.facts(t._2()._1());
                Map<String, String> names = new HashMap<>(), firstSeen = new HashMap<>();
                for (RoundStages.Entity e : t._2()._2()._2()) {
                    if (e.name() != null) names.put(e.id(), e.name());
                    if (e.firstSeen() != null) firstSeen.put(e.id(), e.firstSeen());
                }
                // the article's part of the build's resolution index: all pass 2 reads for it
                ResolutionIndex own = new ResolutionIndex(Map.of(facts.article().id(), t._2()._2()._1()), names, firstSeen,
                        List.of(), List.of());
                BuildPipeline.Output o = new ArticleMapper(own, linker, iris, Set.of()).map(facts);
                List<Quad> quads = new ArrayList<>(o.articleQuads());
                quads.addAll(o.resolutionQuads());
                out.add(new Tuple2<>(NQuadsParts.nquads(quads), (long) quads.size()));
            }
            return out.iterator();
        }
    }

    /** The driver writes the blocks as parts, replacing an earlier run's; {@code built}: the articles among them. */
    static Result write(Iterator<Tuple2<String, Long>> blocks, Path out, long quadsPerPart, long built, int duplicates)
            throws IOException {
        Files.createDirectories(out);
        Path staging = Files.createTempDirectory(out, ".parts");
        try {
            NQuadsParts parts = new NQuadsParts(staging, quadsPerPart);
            try (parts) {
                while (blocks.hasNext()) {
                    Tuple2<String, Long> b = blocks.next();
                    parts.block(b._1(), b._2());
                }
            }
            replaceParts(staging, out);
            return new Result(built, duplicates, parts.parts(), parts.quads());
        } finally {
            deleteTree(staging);
        }
    }

    /** Offline gazetteer or no linking; the online Wikidata client is not run from a cluster. */
    static Linker linker(String wikidata) {
        return switch (wikidata) {
            case "offline" -> new GazetteerLinker();
            case "off" -> candidates -> List.of();
            default -> throw new IllegalArgumentException("spark-build --wikidata must be offline or off, not " + wikidata);
        };
    }

    /** The new parts replace any earlier run's, so re-running into the same folder never duplicates. */
    private static void replaceParts(Path staging, Path out) throws IOException {
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : (Iterable<Path>) old::iterator)
                if (p.getFileName().toString().matches("part-\\d+\\.nq\\.gz|_SUCCESS")) Files.delete(p);
        }
        try (Stream<Path> fresh = Files.list(staging)) {
            for (Path p : (Iterable<Path>) fresh::iterator) Files.move(p, out.resolve(p.getFileName()));
        }
        Files.writeString(out.resolve("_SUCCESS"), "");
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
