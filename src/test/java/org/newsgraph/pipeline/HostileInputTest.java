package org.newsgraph.pipeline;

import org.newsgraph.store.ArticleIndex;
import org.newsgraph.store.GraphStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.ingest.Ingestor;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** One hostile file costs only itself: it is named with a one-line reason and the rest is built. */
class HostileInputTest {

    @Test
    void hostileFilesAreSkippedWithOneLineEachAndTheRestIsBuilt(@TempDir Path t) throws Exception {
        Path in = Files.createDirectories(t.resolve("in"));
        Files.writeString(in.resolve("good.txt"), BuildPipelineTest.TEXT);
        Files.writeString(in.resolve("deep.json"), "[".repeat(200_000));
        Files.writeString(in.resolve("feed.jsonl"), String.join("\n",
                "{\"text\": \"The minister said the port would close on Monday.\"}",
                "{\"text\": \"The senator said\" oops",
                "{\"text\": \"The council said the budget would pass.\"}"));
        // Analysis that dies with an Error (as a runaway recursion would) on one article.
        Files.writeString(in.resolve("overflow.txt"), "The general said the overflow would come.");
        BuildPipeline.Analyzer analyzer = a -> {
            if (a.id().equals("overflow")) throw new StackOverflowError();
            return new BuildPipeline.Analysis(new ArticleFacts(a, List.of(), List.of(), List.of(), List.of(), List.of()), 1, 1, 1);
        };
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (GraphStore s = GraphStore.open(t.resolve("db"))) {
            BuildReport r = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                    BuildPipeline.builder().analyzer(analyzer).mapper(BuildPipelineTest.mapper()).threads(2)
                            .listener(BuildListener.printingTo(new PrintStream(log, true, StandardCharsets.UTF_8)))
                            .build().build(s, List.of(in)));
            assertEquals(3, r.built(), r.summary());
            assertEquals(3, r.problems().size(), r.problems().toString());
            String problems = r.problems().toString();
            assertTrue(problems.contains("deep.json: malformed JSON at line 1: nested deeper than"), problems);
            assertTrue(problems.contains("feed.jsonl: line 2 skipped: malformed JSON"), problems);
            assertTrue(problems.contains("overflow.txt: analysis failed: java.lang.StackOverflowError"), problems);
            for (Problem p : r.problems()) assertFalse(p.toString().contains("\n"), "one line: " + p);
            assertTrue(log.toString(StandardCharsets.UTF_8).contains("line 2 skipped"), log.toString());
        }
    }
}
