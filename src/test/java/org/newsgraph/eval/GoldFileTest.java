package org.newsgraph.eval;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class GoldFileTest {
    static final Path SEEDS = org.newsgraph.TestData.SEEDS_GOLD;

    @Test
    void readsTheSeedGoldWithTheCountsItsJsonHolds() throws Exception {
        List<GoldArticle> gold = GoldFile.read(SEEDS);
        // expected figures come straight from the raw JSON, read with a generic parser
        List<JsonValue> raw = new ArrayList<>(JSON.parseAny(Files.readString(SEEDS)).getAsArray());
        assertEquals(5, gold.size());
        assertEquals(raw.size(), gold.size());
        for (int i = 0; i < raw.size(); i++) {
            var o = raw.get(i).getAsObject();
            GoldArticle g = gold.get(i);
            assertEquals(o.getString("article"), g.article());
            assertEquals(o.get("people").getAsArray().size(), g.people().size());
            assertEquals(o.get("quotes").getAsArray().size(), g.quotes().size());
            assertEquals(o.get("reported").getAsArray().size(), g.reported().size());
            long optQ = o.get("quotes").getAsArray().stream().filter(v -> v.getAsObject().getBoolean("optional")).count();
            long optR = o.get("reported").getAsArray().stream().filter(v -> v.getAsObject().getBoolean("optional")).count();
            assertEquals(optQ, g.quotes().stream().filter(GoldQuote::optional).count());
            assertEquals(optR, g.reported().stream().filter(GoldReported::optional).count());
            var firstQuote = o.get("quotes").getAsArray().get(0).getAsObject();
            assertEquals(firstQuote.getString("text"), g.quotes().get(0).text());
            assertEquals(firstQuote.getString("speaker"), g.quotes().get(0).speaker());
            var meta = o.getObj("metadata");
            assertEquals(meta.get("headline").isNull() ? null : meta.getString("headline"), g.metadata().headline());
        }
    }

    @Test
    void seedGoldScoredAgainstItselfIsPerfect() throws Exception {
        List<GoldArticle> gold = GoldFile.read(SEEDS);
        List<SystemArticle> sys = new ArrayList<>();
        for (GoldArticle g : gold) {
            sys.add(new SystemArticle(g.article(),
                    g.people().stream().map(p -> new SystemPerson(p.name())).toList(),
                    g.quotes().stream().map(q -> TokenMatch.isAnonymous(q.speaker())
                            ? new SystemQuote(q.text(), null, true, q.type()) : new SystemQuote(q.text(), q.speaker(), false, q.type())).toList(),
                    g.reported().stream().map(r -> TokenMatch.isAnonymous(r.speaker())
                            ? new SystemReported(r.content(), null, null, true, r.cue())
                            : new SystemReported(r.content(), null, r.speaker(), false, r.cue())).toList()));
        }
        EvalReport r = Scorer.score(gold, sys);
        for (Metric m : Metric.values()) {
            Counts c = r.overall(m);
            assertEquals(0, c.fp(), m + " " + c);
            assertEquals(0, c.fn(), m + " " + c);
            assertTrue(c.tp() > 0, m + " " + c);
        }
        long required = gold.stream().flatMap(g -> g.quotes().stream()).filter(q -> !q.optional()).count();
        assertEquals(required, r.overall(Metric.QUOTES).tp());
    }

    @Test
    void malformedJsonNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.gold.json");
        Files.writeString(f, "[\n {\"article\": \"a\",\n  \"quotes\": [ }\n]");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldFile.read(f));
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void structuralErrorsNameTheFileAndThePlace(@TempDir Path dir) throws Exception {
        assertError(dir, "{\"article\": \"a\"}", "expected a JSON array");
        assertError(dir, "[{\"people\": []}]", "$[0]: missing string field 'article'");
        assertError(dir, "[{\"article\": \"a\", \"quotes\": [{\"speaker\": \"X Y\", \"type\": \"direct\"}]}]",
                "$[0].quotes[0]: missing string field 'text'");
        assertError(dir, "[{\"article\": \"a\", \"quotes\": [{\"speaker\": \"X Y\", \"text\": \"hi\", \"type\": \"shouted\"}]}]",
                "$[0].quotes[0].type");
        assertError(dir, "[{\"article\": \"a\", \"reported\": [{\"speaker\": \"X Y\", \"content\": \"c\", \"optional\": \"yes\"}]}]",
                "$[0].reported[0].optional: expected true or false");
        assertError(dir, "[{\"article\": \"a\", \"people\": {}}]", "$[0].people: expected an array");
        assertError(dir, "[{\"article\": \"a\"}, {\"article\": \"a\"}]", "duplicate article id 'a'");
        assertThrows(java.nio.file.NoSuchFileException.class, () -> GoldFile.read(dir.resolve("absent.json")));
    }

    @Test
    void absentListsAndOptionalFlagsDefault(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("min.json");
        Files.writeString(f, "[{\"article\": \"a\", \"quotes\": [{\"speaker\": \"ANONYMOUS\", \"text\": \"go\"}]}]");
        GoldArticle a = GoldFile.read(f).get(0);
        assertEquals("a", a.article());
        assertTrue(a.people().isEmpty() && a.reported().isEmpty());
        assertFalse(a.quotes().get(0).optional());
        assertEquals(GoldMetadata.NONE, a.metadata());
    }

    private static void assertError(Path dir, String json, String expected) throws Exception {
        Path f = Files.createTempFile(dir, "gold", ".json");
        Files.writeString(f, json);
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldFile.read(f));
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
