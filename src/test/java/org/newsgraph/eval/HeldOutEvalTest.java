package org.newsgraph.eval;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.BuildPipeline;
import org.newsgraph.pipeline.BuildReport;
import org.newsgraph.store.GraphStore;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the held-out set (ten hand-annotated articles of other outlets, topics and styles that
 * the extraction rules were not written from) through the real pipeline and scores it against its
 * gold. The floors sit a little below the measured figures so that a regression in generalisation
 * fails the build; they are no target to tune against.
 */
class HeldOutEvalTest {
    static final Path ARTICLES = Path.of("src/test/resources/heldout/articles");
    static final Path GOLD = Path.of("src/test/resources/heldout/heldout.gold.json");
    static Path dir;
    static GraphStore store;
    static BuildReport built;

    @BeforeAll
    static void build() throws Exception {
        dir = Files.createTempDirectory("ng-heldout");
        store = GraphStore.open(dir);
        built = BuildPipeline.builder().threads(1).build().build(store, List.of(ARTICLES));
    }

    @AfterAll
    static void close() { store.close(); }

    @Test
    void heldOutSetMeetsItsFloors() throws Exception {
        assertEquals(10, built.built(), built.summary());
        EvalReport report = Scorer.score(GoldFile.read(GOLD), GraphOutput.read(store));
        String text = report.toText(true);
        assertTrue(report.unscoredArticles().isEmpty(), text);
        floor(report, Metric.QUOTES, 0.95, text);
        floor(report, Metric.QUOTES_SPEAKER, 0.93, text);
        floor(report, Metric.REPORTED, 0.92, text);
        floor(report, Metric.REPORTED_SPEAKER, 0.85, text);
        floor(report, Metric.PEOPLE, 0.95, text);
    }

    private static void floor(EvalReport r, Metric m, double min, String text) {
        double f1 = r.overall(m).f1();
        assertTrue(f1 >= min, m.key() + " F1 " + f1 + " below " + min + "\n" + text);
    }
}
