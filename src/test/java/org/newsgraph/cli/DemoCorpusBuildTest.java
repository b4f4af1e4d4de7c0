package org.newsgraph.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.GraphOutput;
import org.newsgraph.eval.Metric;
import org.newsgraph.eval.PeopleCheck;
import org.newsgraph.eval.Scorer;
import org.newsgraph.pipeline.BuildReport;
import org.newsgraph.store.GraphStore;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Builds the bundled demo corpus once through the real pipeline and checks the graph end to end. */
class DemoCorpusBuildTest {
    static GraphStore store;
    static BuildReport first;
    static Path dbDir;
    static final Path CORPUS = DemoGraph.CORPUS;
    static final Path GOLD = DemoGraph.GOLD;
    static final PrintStream QUIET = DemoGraph.QUIET;



    @BeforeAll
    static void build() {
        store = DemoGraph.store();
        first = DemoGraph.firstBuild();
        dbDir = DemoGraph.dir();
    }

    static Set<Quad> quads(GraphStore s) {
        return Txn.calculateRead(s.datasetGraph(), () -> {
            Set<Quad> out = new HashSet<>();
            s.datasetGraph().find().forEachRemaining(out::add);
            return out;
        });
    }

    @Test
    void buildsEveryDemoArticle() {
        assertEquals(5, first.built(), first.summary());
        assertTrue(first.problems().isEmpty(), first.problems().toString());
        assertTrue(first.quads() > 500, first.summary());
    }

    @Test
    void buildingAgainIsIdempotentAndSkipsBeforeNlp() {
        Set<Quad> before = quads(store);
        BuildReport again = DemoGraph.pipeline().build(store, List.of(CORPUS));
        assertEquals(0, again.built());
        assertEquals(5, again.unchanged());
        assertEquals(0, again.nlpNanos());
        assertEquals(before, quads(store));
    }

    @Test
    void demoGraphMeetsTheEvaluationTargets() throws Exception {
        EvalReport report = Scorer.score(GoldFile.read(GOLD), GraphOutput.read(store));
        String text = report.toText(true);
        assertTrue(report.overall(Metric.PEOPLE).f1() >= 0.95, text);
        assertTrue(report.overall(Metric.QUOTES_SPEAKER).f1() >= 0.95, text);
        assertTrue(report.overall(Metric.REPORTED_SPEAKER).f1() >= 0.85, text);
    }

    @Test
    void demoPeopleHaveNoSurnameDuplicatesOrJunk() {
        List<PeopleCheck.CorpusPerson> people = GraphOutput.corpusPeople(store);
        assertTrue(people.stream().anyMatch(p -> p.name().equals("Donald Trump") && p.articles() >= 3), people.toString());
        PeopleCheck check = PeopleCheck.of(people);
        assertEquals(people.size(), check.people());
        assertTrue(check.surnameDuplicates().isEmpty() && check.allCapitals().isEmpty() && check.runTogether().isEmpty(),
                check.toText(true));
    }

    @Test
    void changingOneArticleReplacesOnlyItsGraph() throws Exception {
        Path dir = Files.createTempDirectory("ng-change");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(CORPUS.resolve("003_eda8035695bfe255.txt"), corpus.resolve("a.txt"));
        Files.copy(CORPUS.resolve("004_f517c2c1bff018e5.txt"), corpus.resolve("b.txt"));
        try (GraphStore s = GraphStore.open(dir.resolve("db"))) {
            DemoGraph.pipeline().build(s, List.of(corpus));
            Set<Quad> before = quads(s);
            Files.writeString(corpus.resolve("b.txt"), Files.readString(corpus.resolve("b.txt"))
                    + "\n\nThe senator said the committee would meet again on Monday.\n");
            BuildReport r = DemoGraph.pipeline().build(s, List.of(corpus));
            assertEquals(1, r.built());
            assertEquals(1, r.replaced());
            assertEquals(1, r.unchanged());
            Set<Quad> after = quads(s);
            Node a = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/newsgraph/id/article/a");
            Node b = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/newsgraph/id/article/b");
            assertEquals(graph(before, a), graph(after, a), "the unchanged article's graph is untouched");
            assertNotEquals(graph(before, b), graph(after, b));
            assertTrue(graph(after, b).stream().anyMatch(q -> q.getObject().isLiteral()
                    && q.getObject().getLiteralLexicalForm().contains("committee would meet again")));
        }
    }

    static Set<Quad> graph(Set<Quad> quads, Node g) {
        Set<Quad> out = new HashSet<>();
        for (Quad q : quads) if (q.getGraph().equals(g)) out.add(q);
        return out;
    }
}
