package org.newsgraph.pipeline;

import org.newsgraph.store.ArticleIndex;
import org.newsgraph.store.GraphStore;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Ingestor;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.newsgraph.pipeline.BuildPipelineTest.build;
import static org.newsgraph.pipeline.BuildPipelineTest.quads;

/** Article identity: two sources never end up as one article, and the same source is replaced, not duplicated. */
class ArticleIdentityTest {
    static final long MAX = Ingestor.DEFAULT_MAX_BYTES;

    /** identifier → identity key of every stored article. */
    static Map<String, String> stored(GraphStore s) {
        Map<String, String> out = new TreeMap<>();
        for (ArticleIndex.Entry e : ArticleIndex.entries(s)) assertNull(out.put(e.id(), e.key()), "one IRI per article");
        return out;
    }

    static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void twoFoldersWithTheSameFileNameGiveTwoArticles(@TempDir Path t) throws Exception {
        write(t.resolve("a/story.txt"), "Storm hits coast\n\nThe mayor, Jane Hill, said: \"We are ready.\"\n");
        write(t.resolve("b/story.txt"), "Election result\n\nThe senator, Tom Ray, said: \"We won.\"\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (GraphStore s = GraphStore.open(t.resolve("db"))) {
            BuildReport r = build(s, MAX, new PrintStream(log, true, StandardCharsets.UTF_8), t.resolve("a"), t.resolve("b"));
            assertEquals(2, r.built());
            assertEquals(1, r.renamed());
            Map<String, String> ids = stored(s);
            assertEquals(Set.of("story", "b/story"), ids.keySet());
            assertEquals(t.resolve("b/story.txt").toAbsolutePath().toUri().toString(), ids.get("b/story"));
            assertTrue(log.toString(StandardCharsets.UTF_8).contains("built as \"b/story\""), log.toString());
        }
    }

    @Test
    void aCrawlTreeOfIndexPagesKeepsEveryPage(@TempDir Path t) throws Exception {
        for (String day : List.of("04", "05", "06"))
            write(t.resolve("crawl/2025/03/" + day + "/index.html"), "<html><body><h1>Council meets on March " + day
                    + "</h1><p>The council met on March " + day + " and the mayor said the budget would pass.</p></body></html>");
        write(t.resolve("crawl/2025/04/04/index.html"), "<html><body><p>A different April story where the minister "
                + "said the port would reopen soon.</p></body></html>");
        try (GraphStore s = GraphStore.open(t.resolve("db"))) {
            BuildReport r = build(s, MAX, t.resolve("crawl"));
            assertEquals(4, r.built(), r.summary());
            // 2025/03/04 came first and has the stem; 2025/04/04 takes the next free path, "04/index".
            assertEquals(Set.of("index", "05/index", "06/index", "04/index"), stored(s).keySet());
        }
    }

    @Test
    void jsonLinesRecordsAreKnownByUrlThenIdThenPosition(@TempDir Path t) throws Exception {
        Path feed = write(t.resolve("feed.jsonl"), String.join("\n",
                "{\"url\": \"HTTPS://News.Example.org:443/a/1#top\", \"text\": \"The mayor said the bridge would reopen.\"}",
                "{\"id\": \"wire-77\", \"text\": \"The minister said the port would close.\"}",
                "{\"text\": \"The senator said the vote would be held on Friday.\"}"));
        try (GraphStore s = GraphStore.open(t.resolve("db"))) {
            assertEquals(3, build(s, MAX, feed).built());
            Map<String, String> ids = stored(s);
            assertEquals(Map.of("feed-1", "https://news.example.org/a/1", "wire-77", "id:wire-77",
                    "feed-3", feed.toAbsolutePath().toUri() + "#3"), ids);

            // The same URL and id in another file, with new text: the same articles, replaced.
            Path update = write(t.resolve("later/update.jsonl"), String.join("\n",
                    "{\"url\": \"https://news.example.org/a/1\", \"text\": \"The mayor said the bridge would reopen in May.\"}",
                    "{\"id\": \"wire-77\", \"text\": \"The minister said the port would close on Monday.\"}"));
            BuildReport r = build(s, MAX, update);
            assertEquals(2, r.built());
            assertEquals(2, r.replaced());
            assertEquals(ids, stored(s));
        }
    }

    @Test
    void rebuildingAfterOneFileChangedReplacesOnlyThatArticle(@TempDir Path t) throws Exception {
        Path in = t.resolve("in");
        Path a = write(in.resolve("a.txt"), "The mayor said the bridge would reopen next spring.");
        write(in.resolve("b.txt"), "The minister said the port would close on Monday.");
        try (GraphStore s = GraphStore.open(t.resolve("db"))) {
            build(s, MAX, in);
            Set<Quad> bBefore = graphOf(s, "b");
            Files.writeString(a, "The mayor said the bridge would reopen next summer.");
            BuildReport r = build(s, MAX, in);
            assertEquals(1, r.built());
            assertEquals(1, r.replaced());
            assertEquals(1, r.unchanged());
            assertEquals(Set.of("a", "b"), stored(s).keySet());
            assertEquals(bBefore, graphOf(s, "b"));
        }
    }

    @Test
    void buildingTwoFoldersInTwoRunsKeepsBoth(@TempDir Path t) throws Exception {
        write(t.resolve("a/story.txt"), "The mayor, Jane Hill, said the storm had passed.");
        write(t.resolve("b/story.txt"), "The senator, Tom Ray, said the vote was won.");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (GraphStore s = GraphStore.open(t.resolve("db"))) {
            build(s, MAX, t.resolve("a"));
            BuildReport r = build(s, MAX, new PrintStream(log, true, StandardCharsets.UTF_8), t.resolve("b"));
            assertEquals(1, r.built());
            assertEquals(0, r.replaced(), "a different source must not replace story");
            assertEquals(Set.of("story", "b/story"), stored(s).keySet());
            assertTrue(log.toString(StandardCharsets.UTF_8).contains("is taken by"), log.toString());
            // Building b/ again finds its own article under its longer identifier.
            Files.writeString(t.resolve("b/story.txt"), "The senator, Tom Ray, said the vote was won narrowly.");
            BuildReport again = build(s, MAX, t.resolve("b"));
            assertEquals(1, again.replaced());
            assertEquals(Set.of("story", "b/story"), stored(s).keySet());
        }
    }

    static Set<Quad> graphOf(GraphStore s, String id) {
        return quads(s).stream().filter(q -> q.getGraph().getURI().equals("urn:article:" + id)).collect(Collectors.toSet());
    }
}
