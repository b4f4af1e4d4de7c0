package org.newsgraph.spark;

import org.apache.jena.system.Txn;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.link.GazetteerLinker;
import org.newsgraph.link.Linker;
import org.newsgraph.rdf.Exporter;
import org.newsgraph.pipeline.BuildPipeline;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The driver's deterministic pass: facts arrive in input order and go through the resolution,
 * linking and RDF mapping {@code build} uses, into a scratch TDB2 database on the driver's disk
 * (build's end-of-build canonical names need the whole graph), which is then streamed out as gzip
 * N-Quads parts. Memory is what {@code build} needs for resolution (proportional to distinct
 * people, statements and events); the graph itself is on disk.
 */
final class OrderedPass {
    private OrderedPass() {}

    record Result(int built, int duplicates, int parts, long quads) {}

    static Result run(Iterator<byte[]> facts, Path out, String base, String wikidata, long quadsPerPart,
                      PrintStream progress) throws IOException {
        Files.createDirectories(out);
        Path work = Files.createTempDirectory(out, ".work-db");
        Path staging = Files.createTempDirectory(out, ".parts");
        int[] counts = new int[2];
        try {
            NQuadsParts parts = new NQuadsParts(staging, quadsPerPart);
            try (GraphStore store = GraphStore.open(work)) {
                BuildPipeline.Mapper mapper = BuildPipeline.mapperForEmptyStore(base, linker(wikidata));
                Set<String> hashes = new HashSet<>();
                store.write(batch -> {
                    while (facts.hasNext()) {
                        ArticleFacts f = FactsCodec.facts(facts.next());
                        if (!hashes.add(f.article().contentHash())) {
                            counts[1]++;
                            progress.println("  same text as an earlier article, built once: " + f.article().source());
                            continue;
                        }
                        BuildPipeline.Output o = mapper.map(f);
                        batch.replaceGraph(o.graph(), o.articleQuads());
                        batch.add(o.resolutionQuads());
                        if (++counts[0] % 1000 == 0) progress.printf("  resolved %,d articles%n", counts[0]);
                    }
                    if (counts[0] > 0) mapper.finish(batch);
                });
                Txn.executeRead(store.datasetGraph(), () -> {
                    parts.start();
                    Exporter.storedQuads(store.datasetGraph()).forEachRemaining(parts::quad);
                    parts.finish();
                });
            }
            replaceParts(staging, out);
            return new Result(counts[0], counts[1], parts.parts(), parts.quads());
        } finally {
            deleteTree(work);
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
