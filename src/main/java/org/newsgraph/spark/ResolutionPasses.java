package org.newsgraph.spark;

import org.apache.spark.broadcast.Broadcast;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.link.GazetteerLinker;
import org.newsgraph.link.Linker;
import org.newsgraph.pipeline.ArticleMapper;
import org.newsgraph.pipeline.BuildPipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.ResolutionIndex;
import scala.Tuple2;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Cross-article resolution as two Spark passes, with the classes {@code build} uses. Pass 1: every
 * partition turns its facts into facts without texts, tagged with their input position; the driver
 * drops repeated texts as {@code build} does (the first in input order is kept) and freezes one
 * {@link ResolutionIndex} ({@link CorpusResolver#index}: the same for any order or partitioning), which
 * is broadcast. Pass 2 ({@link Mapping}) runs on the executors: each article's ids from the index,
 * Wikidata links (offline gazetteer) and RDF by {@link ArticleMapper}, as N-Quads blocks that the driver
 * streams into parts next to the index's own resolution-graph quads.
 */
final class ResolutionPasses {
    private ResolutionPasses() {}

    record Frozen(ResolutionIndex index, Set<Long> dropped) {}

    record Result(int built, int duplicates, int parts, long quads) {}

    /** Pass 1's driver side: facts without texts with their input positions → the frozen index. */
    static Frozen freeze(List<Tuple2<byte[], Long>> lean, PrintStream progress) {
        List<Tuple2<byte[], Long>> inOrder = new ArrayList<>(lean);
        inOrder.sort(Comparator.comparingLong(Tuple2::_2));
        Set<String> hashes = new HashSet<>();
        Set<Long> dropped = new HashSet<>();
        List<ArticleFacts> kept = new ArrayList<>();
        for (Tuple2<byte[], Long> t : inOrder) {
            ArticleFacts f = FactsCodec.facts(t._1());
            if (!hashes.add(f.article().contentHash())) {
                dropped.add(t._2());
                progress.println("  same text as an earlier article, built once: " + f.article().source());
                continue;
            }
            kept.add(f);
        }
        return new Frozen(new CorpusResolver(List.of(), List.of(), List.of()).index(kept), dropped);
    }

    /** Pass 2 on the executors: the only state shipped is this small object and two broadcasts. */
    static final class Mapping implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Broadcast<ResolutionIndex> index;
        private final Broadcast<Set<Long>> dropped;
        private final String base;
        private final String wikidata;

        Mapping(Broadcast<ResolutionIndex> index, Broadcast<Set<Long>> dropped, String base, String wikidata) {
            this.index = index;
            this.dropped = dropped;
            this.base = base;
            this.wikidata = wikidata;
        }

        /** (facts, input position) → (N-Quads of the article's graph and its links, number of quads). */
        Iterator<Tuple2<String, Long>> map(Iterator<Tuple2<byte[], Long>> facts) {
            ArticleMapper mapper = new ArticleMapper(index.value(), linker(wikidata), new Iris(base), Set.of());
            List<Tuple2<String, Long>> out = new ArrayList<>();
            while (facts.hasNext()) {
                Tuple2<byte[], Long> t = facts.next();
                if (dropped.value().contains(t._2())) continue;
                BuildPipeline.Output o = mapper.map(FactsCodec.facts(t._1()));
                List<org.apache.jena.sparql.core.Quad> quads = new ArrayList<>(o.articleQuads());
                quads.addAll(o.resolutionQuads());
                out.add(new Tuple2<>(NQuadsParts.nquads(quads), (long) quads.size()));
            }
            return out.iterator();
        }
    }

    /** The driver writes the blocks and the index's resolution-graph quads as parts, replacing an earlier run's. */
    static Result write(Iterator<Tuple2<String, Long>> blocks, ResolutionIndex index, Path out, String base,
                        long quadsPerPart) throws IOException {
        Files.createDirectories(out);
        Path staging = Files.createTempDirectory(out, ".parts");
        int built = 0;
        try {
            NQuadsParts parts = new NQuadsParts(staging, quadsPerPart);
            try (parts) {
                while (blocks.hasNext()) {
                    Tuple2<String, Long> b = blocks.next();
                    parts.block(b._1(), b._2());
                    built++;
                }
                var resolution = ArticleMapper.resolutionQuads(index, new Iris(base));
                parts.block(NQuadsParts.nquads(resolution), resolution.size());
            }
            replaceParts(staging, out);
            return new Result(built, 0, parts.parts(), parts.quads());
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
