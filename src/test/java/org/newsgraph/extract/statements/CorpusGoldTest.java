package org.newsgraph.extract.statements;

import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.Statement;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo corpus against src/test/resources/gold/seeds.gold.json with the test-only scorer; prints per-article figures. */
class CorpusGoldTest {
    private static final Path GOLD = org.newsgraph.TestData.SEEDS_GOLD;
    private static final Path CORPUS = Path.of("src/main/resources/corpus");

    /** Paragraphs on their own lines, blank-line separated, as ingest produces them. */
    static String clean(String raw) {
        List<String> paras = new ArrayList<>();
        for (String l : raw.split("\n")) if (!l.isBlank()) paras.add(l.strip());
        return String.join("\n\n", paras);
    }

    @Test
    void demoCorpusMeetsTheTargets() throws Exception {
        Map<String, JsonObject> gold = GoldScorer.load(GOLD);
        StatementExtractor extractor = new StatementExtractor();
        GoldScorer.Counts pairs = new GoldScorer.Counts(), reported = new GoldScorer.Counts();
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) { files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList(); }
        NlpPipeline nlp = NlpPipeline.shared();
        for (Path f : files) {
            String id = f.getFileName().toString().replace(".txt", "");
            if (!gold.containsKey(id)) continue;
            long t0 = System.nanoTime();
            Document doc = nlp.annotate(clean(Files.readString(f)), null);
            long t1 = System.nanoTime();
            List<Agent> agents = TestAgents.fromMentions(doc);
            List<Statement> st = extractor.extract(doc, agents);
            long t2 = System.nanoTime();
            GoldScorer.Result r = GoldScorer.score(st, agents, doc.text(), gold.get(id));
            System.out.printf(Locale.ROOT, "%s nlp=%dms extract=%.1fms%n  quote+speaker %s%n  reported      %s%n", id,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1e6, r.quoteSpeaker(), r.reported());
            r.quoteSpeaker().misses.forEach(m -> System.out.println("    Q " + m));
            r.reported().misses.forEach(m -> System.out.println("    R " + m));
            pairs.add(r.quoteSpeaker());
            reported.add(r.reported());
        }
        System.out.println("ALL quote+speaker " + pairs + "\nALL reported " + reported);
        assertTrue(pairs.f1() >= 0.95, "quote+speaker F1 " + pairs);
        assertTrue(reported.f1() >= 0.85, "reported+speaker F1 " + reported);
    }
}
