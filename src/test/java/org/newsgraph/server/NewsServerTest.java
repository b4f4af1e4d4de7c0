package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real read-only server on a free port over a TDB2 dataset with a union default graph. */
class NewsServerTest {
    static final String PREFIXES = "PREFIX ng: <" + TestData.NG + "> PREFIX schema: <" + TestData.SCHEMA + "> ";
    static final String FILLER = "urn:x-test:filler";
    static final long MAX_BODY = 64 * 1024;

    @TempDir
    static Path dir;
    static DatasetGraph dsg;
    static NewsServer server;
    static String base;

    @BeforeAll
    static void startServer() {
        dsg = TestData.tdb2(dir.resolve("db"));
        TestData.fill(dsg, 2, 4);
        // 40 filler triples: a six-way cross product over them (40^6 rows) never finishes in time. The timeout
        // is 5 s rather than 1 s so that ordinary queries in the other tests finish on a loaded machine.
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 40; i++)
                dsg.add(new Quad(NodeFactory.createURI("urn:x-test:g"), NodeFactory.createURI("urn:x-test:s" + i),
                        NodeFactory.createURI(FILLER), NodeFactory.createURI("urn:x-test:o" + i)));
        });
        server = NewsServer.start(dsg, ServerOptions.defaults().withPort(0)
                .withQueryTimeout(Duration.ofSeconds(5)).withMaxRequestBytes(MAX_BODY));
        base = server.uiUrl();
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.close();
        if (dsg != null)
            dsg.close();
    }

    static long tripleCount() {
        HttpResponse<String> r = Http.select(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(Http.rows(r.body()).get(0).get("n"));
    }

    @Test
    void urlsAreLoopbackOnTheChosenPort() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.uiUrl());
        assertEquals("http://127.0.0.1:" + server.port() + "/news/sparql", server.sparqlUrl());
    }

    @Test
    void selectOverHttpQueriesTheUnionDefaultGraph() {
        // Speakers are p(q % 3) for q = 0..3 in each of 2 articles: speaker 0 says q0 and q3.
        String q = PREFIXES + "SELECT ?name (COUNT(DISTINCT ?st) AS ?n) WHERE { ?p schema:name ?name ; ng:said ?st } "
                + "GROUP BY ?name ORDER BY ?name";
        HttpResponse<String> r = Http.select(server.sparqlUrl(), q);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of(Map.of("name", "Speaker 0", "n", "4"), Map.of("name", "Speaker 1", "n", "2"),
                Map.of("name", "Speaker 2", "n", "2")), Http.rows(r.body()));
    }

    @Test
    void everyReadEndpointAnswers() {
        String q = PREFIXES + "SELECT ?h { GRAPH ?a { ?a schema:headline ?h } } ORDER BY ?h";
        for (String ep : List.of("news/sparql", "news/query", "news")) {
            HttpResponse<String> r = Http.select(base + ep, q);
            assertEquals(200, r.statusCode(), ep + ": " + r.body());
            assertEquals(List.of(Map.of("h", "Headline 0"), Map.of("h", "Headline 1")), Http.rows(r.body()), ep);
        }
        // Graph Store Protocol read of one article graph
        String g = TestData.ID + "article/a1";
        HttpResponse<String> r = Http.send(Http.req(base + "news/get?graph=" + Http.enc(g))
                .header("Accept", "application/n-triples").GET().build());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"Headline 1\""), r.body());
        assertFalse(r.body().contains("\"Headline 0\""), "only the requested graph");
    }

    @Test
    void uiIsServedAtRoot() {
        HttpResponse<String> r = Http.get(base);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("<html"), r.body());
        // The page's application script must be served too, or the UI is a blank page.
        Matcher m = Pattern.compile("src=\"(?:\\./|/)?(static/[^\"]+\\.js)\"").matcher(r.body());
        assertTrue(m.find(), "index.html references its script: " + r.body());
        HttpResponse<String> js = Http.get(base + m.group(1));
        assertEquals(200, js.statusCode());
        // The UI lists datasets from /$/server (not from /$/datasets, which we do not serve).
        assertTrue(js.body().contains("$/server"), "the UI script reads /$/server");
    }

    @Test
    void uiQueryPageFlowWorks() {
        // What the UI does: list datasets via /$/server, take the first "query" endpoint of the
        // dataset, and POST the query from the editor as a form.
        JsonObject news = JSON.parse(Http.get(base + "$/server").body()).get("datasets").getAsArray().get(0).getAsObject();
        String endpoint = null;
        for (JsonValue srv : news.get("ds.services").getAsArray())
            if (srv.getAsObject().get("srv.type").getAsString().value().equals("query"))
                endpoint = srv.getAsObject().get("srv.endpoints").getAsArray().get(0).getAsString().value();
        assertEquals("sparql", endpoint, "the UI shows /news/sparql");
        String url = base + news.get("ds.name").getAsString().value().substring(1) + "/" + endpoint;
        HttpResponse<String> r = Http.send(Http.req(url).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "query=" + Http.enc(PREFIXES + "SELECT (COUNT(*) AS ?n) { ?a a schema:NewsArticle }"))).build());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("2", Http.rows(r.body()).get(0).get("n"));
        // The dataset page's statistics.
        assertEquals(200, Http.get(base + "$/stats/news").statusCode());
    }

    @Test
    void pingAndStatsAnswer() {
        assertEquals(200, Http.get(base + "$/ping").statusCode());
        HttpResponse<String> stats = Http.get(base + "$/stats/news");
        assertEquals(200, stats.statusCode(), stats.body());
    }

    @Test
    void serverStatusListsTheReadOnlyDataset() {
        HttpResponse<String> r = Http.get(base + "$/server");
        assertEquals(200, r.statusCode());
        JsonObject json = JSON.parse(r.body());
        List<JsonValue> datasets = json.get("datasets").getAsArray();
        assertEquals(1, datasets.size(), r.body());
        JsonObject news = datasets.get(0).getAsObject();
        assertEquals("/news", news.get("ds.name").getAsString().value());
        String services = news.get("ds.services").toString();
        assertTrue(services.contains("\"sparql\"") && services.contains("\"query\"") && services.contains("\"get\""), services);
        assertFalse(services.contains("\"update\"") || services.contains("\"data\"") || services.contains("\"upload\""),
                "read-only: " + services);
    }

    @Test
    void anonymousWritesAreRefusedAndChangeNothing() {
        long before = tripleCount();
        String insert = "INSERT DATA { GRAPH <urn:x-test:new> { <urn:x-test:a> <urn:x-test:b> <urn:x-test:c> } }";
        String turtle = "<urn:x-test:a> <urn:x-test:b> <urn:x-test:c> .";
        List<HttpResponse<String>> attempts = List.of(
                Http.postForm(base + "news/update", "update=" + Http.enc(insert), null),
                Http.postForm(base + "news/sparql", "update=" + Http.enc(insert), null),
                Http.postForm(base + "news", "update=" + Http.enc(insert), null),
                Http.sendBody("POST", base + "news", "application/sparql-update", insert, null),
                Http.sendBody("POST", base + "news/sparql", "application/sparql-update", insert, null),
                Http.sendBody("POST", base + "news/data?default", "text/turtle", turtle, null),
                Http.sendBody("PUT", base + "news/data?default", "text/turtle", turtle, null),
                Http.sendBody("POST", base + "news?default", "text/turtle", turtle, null),
                Http.sendBody("PUT", base + "news/get?default", "text/turtle", turtle, null),
                Http.sendBody("POST", base + "news/upload", "text/turtle", turtle, null),
                Http.send(Http.req(base + "news/get?graph=" + Http.enc(TestData.ID + "article/a0")).DELETE().build()));
        for (HttpResponse<String> r : attempts)
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                    r.request().method() + " " + r.request().uri() + " -> " + r.statusCode() + " " + r.body());
        assertEquals(before, tripleCount());
    }

    @Test
    void noDatasetAdministration() {
        assertEquals(404, Http.get(base + "$/datasets").statusCode());
        assertEquals(404, Http.get(base + "$/datasets/news").statusCode());
        // Non-GET requests to unknown paths fall to the UI's static file servlet, which answers 405.
        HttpResponse<String> create = Http.postForm(base + "$/datasets", "dbName=evil&dbType=mem", null);
        assertTrue(create.statusCode() == 404 || create.statusCode() == 405, create.statusCode() + " " + create.body());
        HttpResponse<String> delete = Http.send(Http.req(base + "$/datasets/news").DELETE().build());
        assertTrue(delete.statusCode() == 404 || delete.statusCode() == 405, "DELETE " + delete.statusCode());
        for (String admin : List.of("$/backup/news", "$/compact/news", "$/reload", "$/tasks"))
            assertTrue(Http.postForm(base + admin, "", null).statusCode() >= 400, admin);
        assertEquals(200, Http.get(base + "$/ping").statusCode(), "server still up");
    }

    @Test
    void runawayQueryIsStoppedWhileOthersAreServed() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) { ?a <" + FILLER + "> ?b . ?c <" + FILLER + "> ?d . ?e <" + FILLER
                + "> ?f . ?g <" + FILLER + "> ?h . ?i <" + FILLER + "> ?j . ?k <" + FILLER + "> ?l }";
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = Http.CLIENT.sendAsync(
                Http.selectRequest(server.sparqlUrl(), runaway), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        HttpResponse<String> quick = Http.select(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) { ?s a ?t }");
        assertEquals(200, quick.statusCode(), quick.body());
        assertFalse(slow.isDone(), "the runaway query is still running while the quick one is answered");

        HttpResponse<String> r = slow.get(30, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(r.statusCode() >= 400, "runaway query must fail, got " + r.statusCode() + " " + r.body());
        assertTrue(r.body().toLowerCase().contains("timeout") || r.body().toLowerCase().contains("timed out")
                || r.body().toLowerCase().contains("cancel"), "clear error: " + r.body());
        assertTrue(seconds < 25, "stopped soon after the 5 s timeout, took " + seconds);
        System.out.printf("runaway query: HTTP %d after %.2f s: %s%n", r.statusCode(), seconds, r.body().strip());
    }

    @Test
    void oversizedBodiesAreRefused() {
        String pad = "#" + "x".repeat((int) MAX_BODY) + "\n";
        String query = pad + "SELECT * { ?s ?p ?o } LIMIT 1";
        HttpResponse<String> withLength = Http.sendBody("POST", server.sparqlUrl(), "application/sparql-query", query, null);
        assertEquals(413, withLength.statusCode(), withLength.body());
        HttpResponse<String> form = Http.postForm(server.sparqlUrl(), "query=" + Http.enc(query), null);
        assertEquals(413, form.statusCode());
        HttpResponse<String> chunked = Http.postChunked(server.sparqlUrl(), "application/sparql-query",
                query.getBytes(StandardCharsets.UTF_8));
        assertEquals(413, chunked.statusCode(), "chunked: " + chunked.body());
        // A streamed body under the limit still reaches Fuseki intact.
        HttpResponse<String> chunkedOk = Http.postChunked(server.sparqlUrl(), "application/sparql-query",
                ("#" + "y".repeat(1000) + "\nSELECT (COUNT(*) AS ?n) { ?s a ?t }").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, chunkedOk.statusCode(), chunkedOk.body());
        HttpResponse<String> chunkedForm = Http.send(Http.req(server.sparqlUrl())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("query=" + Http.enc("SELECT (COUNT(*) AS ?n) { ?s a ?t }")).getBytes(StandardCharsets.UTF_8)))).build());
        assertEquals(200, chunkedForm.statusCode(), chunkedForm.body());
        assertEquals(1, Http.rows(chunkedForm.body()).size());
        // The same query under the limit is fine.
        HttpResponse<String> ok = Http.sendBody("POST", server.sparqlUrl(), "application/sparql-query",
                "#small\nSELECT * { ?s ?p ?o } LIMIT 1", null);
        assertEquals(200, ok.statusCode(), ok.body());
    }
}
