package org.newsgraph.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.store.GraphStore;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The build loop's guarantees, with stand-in analysis so no models are needed. */
class BuildPipelineTest {
    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    static final Node ID = NodeFactory.createURI("http://schema.org/identifier");

    static BuildPipeline.Analyzer analyzer() {
        return a -> new BuildPipeline.Analysis(new ArticleFacts(a, List.of(), List.of(), List.of(), List.of(), List.of()),
                a.text().split("\\s+").length, 1, 1);
    }

    /** One quad per article; articles whose id starts with "boom" make the mapper fail. */
    static BuildPipeline.Mapper mapper() {
        return facts -> {
            String id = facts.article().id();
            if (id.startsWith("boom")) throw new IllegalStateException("mapper failed on " + id);
            Node g = NodeFactory.createURI("urn:article:" + id);
            return new BuildPipeline.Output(g, List.of(
                    Quad.create(g, g, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                            NodeFactory.createURI("http://schema.org/NewsArticle")),
                    Quad.create(g, g, ID, NodeFactory.createLiteralString(id)),
                    Quad.create(g, g, NodeFactory.createURI("https://w3id.org/newsgraph/ontology#contentHash"),
                            NodeFactory.createLiteralString(facts.article().contentHash())),
                    Quad.create(g, g, NodeFactory.createURI("https://w3id.org/newsgraph/ontology#sourceKey"),
                            NodeFactory.createLiteralString(facts.article().origin().key()))), List.of());
        };
    }

    static BuildReport build(GraphStore s, long maxBytes, Path... roots) {
        return build(s, maxBytes, QUIET, roots);
    }

    static BuildReport build(GraphStore s, long maxBytes, PrintStream progress, Path... roots) {
        return BuildPipeline.builder().maxFileBytes(maxBytes).analyzer(analyzer()).mapper(mapper()).threads(2)
                .listener(BuildListener.printingTo(progress)).build().build(s, List.of(roots));
    }

    static Set<Quad> quads(GraphStore s) {
        return Txn.calculateRead(s.datasetGraph(), () -> {
            Set<Quad> out = new HashSet<>();
            s.datasetGraph().find().forEachRemaining(out::add);
            return out;
        });
    }

    static final String TEXT = "The mayor said on Monday that the bridge would reopen next spring after repairs.";

    static long statistics(GraphStore s) {
        Node g = new org.newsgraph.rdf.Iris().statisticsGraph();
        return Txn.calculateRead(s.datasetGraph(), () -> s.datasetGraph().stream(g, Node.ANY, Node.ANY, Node.ANY).count());
    }

    @Test
    void theStatisticsGraphIsWrittenAfterAChangeAndOnceForADatabaseWithoutIt(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), TEXT);
        try (GraphStore s = GraphStore.open(tmp.resolve("db"))) {
            build(s, Ingestor.DEFAULT_MAX_BYTES, in);
            long written = statistics(s);
            assertTrue(written > 0, "statistics after the first build");
            s.write(b -> b.dataset().deleteAny(new org.newsgraph.rdf.Iris().statisticsGraph(), Node.ANY, Node.ANY, Node.ANY));
            assertEquals(0, statistics(s));
            assertEquals(0, build(s, Ingestor.DEFAULT_MAX_BYTES, in).built(), "nothing changed");
            assertEquals(written, statistics(s), "a database without statistics gets them on the next build");
        }
        try (GraphStore empty = GraphStore.open(tmp.resolve("empty"))) {
            Files.writeString(in.resolve("a.txt"), "");
            build(empty, Ingestor.DEFAULT_MAX_BYTES, in);
            assertEquals(0, statistics(empty), "nothing built into an empty database: it stays empty");
        }
    }

    @Test
    void badFilesAreNamedWithTheirReasonAndTheRestIsBuilt(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), TEXT);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0});
        Files.writeString(in.resolve("huge.txt"), "word ".repeat(400));
        try (GraphStore s = GraphStore.open(tmp.resolve("db"))) {
            BuildReport r = build(s, 1000, in);
            assertEquals(1, r.built());
            assertEquals(3, r.problems().size(), r.problems().toString());
            String problems = r.problems().toString();
            assertTrue(problems.contains("empty.txt") && problems.contains("empty"), problems);
            assertTrue(problems.contains("binary.txt") && problems.contains("binary"), problems);
            assertTrue(problems.contains("huge.txt") && problems.contains("limit"), problems);
            Node statistics = new org.newsgraph.rdf.Iris().statisticsGraph();
            assertEquals(4, quads(s).stream().filter(q -> !q.getGraph().equals(statistics)).count(), "the good file's quads");
        }
    }

    @Test
    void aFailedBuildLeavesTheDatabaseAsItWas(@TempDir Path tmp) throws Exception {
        Path first = Files.createDirectories(tmp.resolve("first"));
        Files.writeString(first.resolve("a.txt"), TEXT);
        Path second = Files.createDirectories(tmp.resolve("second"));
        Files.writeString(second.resolve("b.txt"), TEXT + " The council agreed.");
        Files.writeString(second.resolve("boom.txt"), TEXT + " This one breaks the mapper.");
        try (GraphStore s = GraphStore.open(tmp.resolve("db"))) {
            build(s, Ingestor.DEFAULT_MAX_BYTES, first);
            Set<Quad> before = quads(s);
            assertThrows(IllegalStateException.class, () -> build(s, Ingestor.DEFAULT_MAX_BYTES, second));
            assertEquals(before, quads(s), "b.txt was analysed before the failure but must not be committed");
        }
    }

    @Test
    void sameTextIsBuiltOnceAndUnchangedArticlesAreSkipped(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), TEXT);
        Files.writeString(in.resolve("copy-of-a.txt"), TEXT + "\n");
        try (GraphStore s = GraphStore.open(tmp.resolve("db"))) {
            BuildReport r = build(s, Ingestor.DEFAULT_MAX_BYTES, in);
            assertEquals(1, r.built());
            assertEquals(1, r.duplicates());
            BuildReport again = build(s, Ingestor.DEFAULT_MAX_BYTES, in);
            assertEquals(0, again.built());
            assertEquals(0, again.tokens(), "skipped before analysis");
        }
    }
}
