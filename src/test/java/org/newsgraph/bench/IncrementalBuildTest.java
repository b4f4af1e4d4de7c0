package org.newsgraph.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.pipeline.BuildReport;
import org.newsgraph.store.GraphStore;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Incremental builds: an unchanged article is skipped before NLP; a new one is the only one built. */
class IncrementalBuildTest {

    @Test
    void rebuildingSkipsEveryUnchangedArticleAndAddingOneBuildsExactlyOne(@TempDir Path tmp) {
        Path corpus = tmp.resolve("corpus");
        SyntheticCorpus.write(corpus, 3, 21);
        Bench.Builder builder = Bench.defaultPipeline();
        try (GraphStore store = GraphStore.open(tmp.resolve("db"))) {
            BuildReport first = builder.build(store, List.of(corpus), quiet());
            assertEquals(3, first.built(), first.summary());
            assertTrue(first.nlpNanos() > 0 && first.tokens() > 0, first.summary());
            long quads = store.quadCount();
            assertTrue(quads > 0);

            BuildReport again = builder.build(store, List.of(corpus), quiet());
            assertEquals(3, again.unchanged(), again.summary());
            assertEquals(0, again.built(), again.summary());
            assertEquals(0, again.nlpNanos(), "no NLP for unchanged articles");
            assertEquals(0, again.tokens());
            assertEquals(quads, store.quadCount(), "an unchanged rebuild writes nothing");

            // Same seed, one more: the first three files are byte-identical, the fourth is new.
            SyntheticCorpus.write(corpus, 4, 21);
            BuildReport plusOne = builder.build(store, List.of(corpus), quiet());
            assertEquals(1, plusOne.built(), plusOne.summary());
            assertEquals(3, plusOne.unchanged(), plusOne.summary());
            assertEquals(0, plusOne.replaced());
            assertTrue(store.quadCount() > quads);
        }
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
