package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.DemoGraph;

/**
 * Every SPARQL query the explorer issues (src/main/resources/explore/sparql/*.rq, the one place they
 * live) parses, runs on an empty database, and runs on the demo graph both unbound and with the
 * parameter values the pages bind, substituted the way explorer/js/sparql.js does it.
 */
class ExplorerQueriesTest {
    static final Path DIR = Path.of("src/main/resources/explore/sparql");
    /** Values the pages bind, by parameter; each must find something in the demo graph. */
    static final Map<String, String> DEMO_BINDINGS = Map.of(
            "agent", "<" + DemoGraph.BASE + "person/mike-waltz>",
            "articleId", "\"004_f517c2c1bff018e5\"",
            "q", "\"waltz\"",
            "event", "<" + DemoGraph.BASE + "event/meeting/donald-trump-volodymyr-zelensky>");

    @TempDir
    static Path tmp;
    static DatasetGraph empty;

    @BeforeAll
    static void open() {
        empty = TestData.tdb2(tmp.resolve("empty"));
    }

    @AfterAll
    static void close() {
        empty.close();
    }

    static Map<String, String> queries() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).toList())
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The parameters a query declares ("# param: ?name"); each must have the VALUES line bind() rewrites. */
    static List<String> params(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^# param: \\?(\\w+)$").matcher(text);
        while (m.find()) {
            assertTrue(Pattern.compile("VALUES \\?" + m.group(1) + " \\{[^}]*\\}").matcher(text).find(), "VALUES ?" + m.group(1));
            out.add(m.group(1));
        }
        return out;
    }

    static String bind(String text, String name, String term) {
        return text.replaceAll("VALUES \\?" + name + " \\{[^}]*\\}", Matcher.quoteReplacement("VALUES ?" + name + " { " + term + " }"));
    }

    static int count(DatasetGraph dsg, String text) {
        Query q = QueryFactory.create(text);
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(q).timeout(20_000).build()) {
                ResultSet rs = qe.execSelect();
                int n = 0;
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
        });
    }

    @Test
    void everyExplorerQueryParsesAndRunsOnAnEmptyDatabase() throws IOException {
        Map<String, String> all = queries();
        assertTrue(all.size() >= 10, "explorer queries found: " + all.keySet());
        for (var e : all.entrySet()) {
            String text = e.getValue();
            assertTrue(text.startsWith("# title:"), e.getKey() + " opens with # title:");
            Query q = assertDoesNotThrow(() -> QueryFactory.create(text), e.getKey());
            assertTrue(q.isSelectType(), e.getKey() + " is a SELECT (the explorer never writes)");
            int rows = count(empty, text);
            // Aggregates without GROUP BY give one row of zeros; everything else gives nothing.
            assertTrue(rows <= 1, e.getKey() + " on an empty database gave " + rows + " rows");
            for (String p : params(text))
                assertEquals(0, count(empty, bind(text, p, DEMO_BINDINGS.get(p))), e.getKey() + " bound on empty");
        }
    }

    @Test
    void everyExplorerQueryFindsTheDemoGraphsFacts() throws IOException {
        DatasetGraph demo = DemoGraph.store().datasetGraph();
        for (var e : queries().entrySet()) {
            String text = e.getValue();
            assertTrue(count(demo, text) > 0, e.getKey() + " unbound on the demo graph");
            String bound = text;
            for (String p : params(text)) {
                assertTrue(DEMO_BINDINGS.containsKey(p), e.getKey() + ": no demo value for ?" + p);
                bound = bind(bound, p, DEMO_BINDINGS.get(p));
            }
            assertTrue(count(demo, bound) > 0, e.getKey() + " bound to the demo values");
            // The pages page with OFFSET: a far page is empty, not an error.
            if (text.contains("OFFSET 0"))
                assertEquals(0, count(demo, bound.replace("OFFSET 0", "OFFSET 100000")), e.getKey() + " far page");
        }
    }

    static List<Map<String, String>> rows(DatasetGraph dsg, String text) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(text).build()) {
                List<Map<String, String>> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(r -> {
                    Map<String, String> row = new TreeMap<>();
                    r.varNames().forEachRemaining(v -> row.put(v, r.get(v).isLiteral() ? r.getLiteral(v).getLexicalForm() : r.get(v).toString()));
                    out.add(row);
                });
                return out;
            }
        });
    }

    @Test
    void theStatisticsGraphGivesTheLiveCounts() throws IOException {
        DatasetGraph demo = DemoGraph.store().datasetGraph();
        Map<String, String> q = queries();
        assertEquals(rows(demo, q.get("summary-live.rq")), rows(demo, q.get("summary.rq")), "summary");
        assertEquals(rows(demo, q.get("top-speakers-live.rq")), rows(demo, q.get("top-speakers.rq")), "top speakers");
        assertEquals(rows(demo, q.get("events-live.rq")), rows(demo, q.get("events.rq")), "events with their counts");
        assertEquals("11", rows(demo, q.get("summary.rq")).get(0).get("people"), "the demo's people");
    }

    @Test
    void theExplorerServesTheSameQueryFiles() throws IOException {
        for (var e : queries().entrySet())
            try (InputStream in = ExplorerServlet.class.getResourceAsStream("/explore/sparql/" + e.getKey())) {
                assertNotNull(in, e.getKey() + " on the classpath");
                assertEquals(e.getValue(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
    }
}
