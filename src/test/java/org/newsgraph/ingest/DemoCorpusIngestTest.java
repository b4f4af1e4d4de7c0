package org.newsgraph.ingest;

import org.newsgraph.text.Hashes;

import org.junit.jupiter.api.Test;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The five bundled demo articles against the hand-annotated gold metadata. */
class DemoCorpusIngestTest {

    static final Path CORPUS = Path.of("src/main/resources/corpus");

    static Path goldFile() {
        return org.newsgraph.TestData.SEEDS_GOLD;
    }

    static Map<String, JsonObject> goldMetadata() throws IOException {
        Path gold = goldFile();
        Map<String, JsonObject> out = new HashMap<>();
        for (JsonValue v : JSON.parseAny(Files.readString(gold)).getAsArray()) {
            JsonObject o = v.getAsObject();
            out.put(o.getString("article"), o.getObj("metadata"));
        }
        return out;
    }

    static String goldString(JsonObject md, String key) {
        JsonValue v = md.get(key);
        return v == null || v.isNull() ? null : v.getAsString().value();
    }

    @Test
    void metadataEqualsGoldForEveryDemoArticle() throws Exception {
        Map<String, JsonObject> gold = goldMetadata();
        Ingestor ingestor = new Ingestor();
        List<Path> files = ingestor.listFiles(List.of(CORPUS));
        assertEquals(5, files.size());
        for (Path f : files) {
            Article a = ingestor.read(f).get(0);
            JsonObject md = gold.get(a.id());
            assertNotNull(md, "gold for " + a.id());
            assertEquals(goldString(md, "headline"), a.headline(), a.id() + " headline");
            assertEquals(goldString(md, "author"), a.author(), a.id() + " author");
            assertEquals(goldString(md, "publisher"), a.publisher(), a.id() + " publisher");
            String date = goldString(md, "datePublished");
            assertEquals(date == null ? null : LocalDate.parse(date), a.datePublished(), a.id() + " date");
        }
    }

    @Test
    void repeatsAndFurnitureAreGoneAndEveryKeptParagraphOccursOnce() throws Exception {
        Ingestor ingestor = new Ingestor();
        for (Path f : ingestor.listFiles(List.of(CORPUS))) {
            Article a = ingestor.read(f).get(0);
            String raw = Files.readString(f);
            List<String> paragraphs = a.paragraphSpans().stream().map(s -> a.text().substring(s[0], s[1])).toList();
            // every kept paragraph is original wording and occurs exactly once in the cleaned text
            for (String p : paragraphs) {
                assertTrue(raw.contains(p), a.id() + ": paragraph not in source: " + p);
                assertEquals(a.text().indexOf(p), a.text().lastIndexOf(p), a.id() + ": repeated: " + p);
            }
            assertEquals(paragraphs.size(), paragraphs.stream().distinct().count());
            assertFalse(a.text().contains("\n\n\n"));
            assertFalse(a.text().lines().anyMatch(l -> l.equals("Just In") || l.equals("Stay informed, daily")),
                    a.id() + ": furniture left");
            // every non-empty source line is kept, or accounted for by a drop note
            long sourceLines = raw.lines().filter(l -> !l.isBlank()).count();
            assertEquals(sourceLines, paragraphs.size() + a.dropped().size(), a.id() + " " + a.dropped());
            assertEquals(Hashes.sha256Hex(a.text()), a.contentHash());
        }
    }

    @Test
    void specificDropsInDemoArticles() throws Exception {
        Ingestor ingestor = new Ingestor();
        Article a000 = ingestor.read(CORPUS.resolve("000_9e860430130e48f5.txt")).get(0);
        String title = "US Halts Intelligence Sharing with Ukraine Amidst Growing Tensions";
        assertEquals(a000.text().indexOf(title), a000.text().lastIndexOf(title));
        assertTrue(a000.dropped().contains("repeated paragraph: \"In light of this devel…\""), a000.dropped().toString());
        assertEquals(1, count(a000.text(), "In light of this development"));

        Article a003 = ingestor.read(CORPUS.resolve("003_eda8035695bfe255.txt")).get(0);
        assertEquals(1, count(a003.text(), "The Trump administration is play hardball with Ukraine by cutting off intelliegence."),
                "typo kept, repeat dropped");
        assertFalse(a003.text().contains("Mar 06, 2025"), "dateline line removed from text");
        assertTrue(a003.dropped().contains("furniture: \"Just In\""));
        assertTrue(a003.dropped().contains("furniture: \"Stay informed, daily\""));

        Article a004 = ingestor.read(CORPUS.resolve("004_f517c2c1bff018e5.txt")).get(0);
        assertTrue(a004.text().startsWith("(Dave DeCamp, Antiwar.com) The Trump administration"), "byline stays in text");
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) n++;
        return n;
    }
}
