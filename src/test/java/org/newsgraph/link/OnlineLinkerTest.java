package org.newsgraph.link;

import org.newsgraph.text.Hashes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.AgentKind;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * OnlineLinker against a local stand-in for Wikidata: wbsearchentities answered in the API's JSON
 * format (prefix search over labels and aliases) and the real SPARQL query evaluated by Jena over a
 * small Wikidata-shaped graph, answered in SPARQL 1.1 JSON results.
 */
class OnlineLinkerTest {
    static final String SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel";
    static final String DESCRIPTION = "http://schema.org/description";

    HttpServer server;
    Model wikidata;
    final AtomicInteger apiRequests = new AtomicInteger();
    final AtomicInteger sparqlRequests = new AtomicInteger();
    final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
    final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
    /** Number of upcoming API requests to answer with 429 + Retry-After: 1. */
    final AtomicInteger throttleNext = new AtomicInteger();
    volatile String retryAfter = "1";
    URI api, sparql;

    @TempDir
    Path cacheDir;

    @BeforeEach
    void start() throws IOException {
        wikidata = ModelFactory.createDefaultModel();
        try (InputStream in = getClass().getResourceAsStream("/link/wikidata-fixture.ttl")) {
            RDFDataMgr.read(wikidata, in, org.apache.jena.riot.Lang.TURTLE);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/w/api.php", ex -> guarded(ex, this::api));
        server.createContext("/sparql", ex -> guarded(ex, this::sparql));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        api = URI.create(base + "/w/api.php");
        sparql = URI.create(base + "/sparql");
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    OnlineLinker linker(Duration minInterval) {
        return new OnlineLinker(api, sparql, cacheDir, minInterval, HttpClient.newHttpClient());
    }

    static LinkCandidate person(String name, Set<String> titles, Set<String> places) {
        return new LinkCandidate("person/" + name.toLowerCase(Locale.ROOT).replace(' ', '-'), AgentKind.PERSON, name,
                Set.of(), titles, places);
    }

    static LinkCandidate thing(AgentKind kind, String name, Set<String> places) {
        return new LinkCandidate(kind.name().toLowerCase(Locale.ROOT) + "/" + name, kind, name, Set.of(), Set.of(), places);
    }

    static String only(List<EntityLink> links) {
        assertEquals(1, links.size(), () -> "expected one link, got " + links);
        assertEquals("online", links.get(0).method());
        return links.get(0).qid();
    }

    @Test
    void personWhoseTitleMatchesPositionHeldIsLinked() {
        List<EntityLink> links = linker(Duration.ZERO).link(List.of(person("Alma Ferrant", Set.of("CIA Director"), Set.of())));
        assertEquals("Q990001", only(links));
        double c = links.get(0).confidence();
        assertTrue(c >= OnlineLinker.THRESHOLD && c <= 1.0, "confidence " + c);
        assertEquals(1, apiRequests.get());
        assertEquals(1, sparqlRequests.get(), "one SPARQL query for all hits of a search");
    }

    @Test
    void otherContextPicksTheOtherNamesake() {
        // Same name, but the article calls her a painter: the painter, not the CIA official.
        assertEquals("Q990002", only(linker(Duration.ZERO).link(List.of(person("Alma Ferrant", Set.of("painter"), Set.of())))));
    }

    @Test
    void nameAloneDoesNotLinkAPerson() {
        assertTrue(linker(Duration.ZERO).link(List.of(person("Alma Ferrant", Set.of(), Set.of()))).isEmpty());
    }

    @Test
    void twoHumansWithEqualEvidenceStayUnlinked() {
        List<EntityLink> links = linker(Duration.ZERO).link(List.of(
                person("Lior Bastide", Set.of("member of the National Assembly"), Set.of())));
        assertTrue(links.isEmpty(), "ambiguous name must stay unlinked: " + links);
        assertEquals(1, sparqlRequests.get(), "the candidates were examined, not skipped");
    }

    @Test
    void aFilmNamedLikeAPersonIsRejected() {
        // The film's description even mentions "directed": it is still not a human.
        assertTrue(linker(Duration.ZERO).link(List.of(person("Quentin Marlowe", Set.of("director"), Set.of()))).isEmpty());
        // The film ranked first by search is passed over for the human behind it.
        assertEquals("Q990032", only(linker(Duration.ZERO).link(List.of(person("Nadia Okonkwo", Set.of("Mayor"), Set.of())))));
    }

    @Test
    void organisationAndPlaceTypesFollowSubclassPaths() {
        OnlineLinker l = linker(Duration.ZERO);
        assertEquals("Q990051", only(l.link(List.of(thing(AgentKind.ORGANIZATION, "Harbor Reliance Trust", Set.of())))));
        assertTrue(l.link(List.of(thing(AgentKind.PLACE, "Harbor Reliance Trust", Set.of()))).isEmpty(),
                "an organisation is not a place");
        assertTrue(l.link(List.of(thing(AgentKind.PLACE, "Velmora", Set.of()))).isEmpty(), "two places called Velmora");
        assertEquals("Q990042", only(l.link(List.of(thing(AgentKind.PLACE, "Velmora", Set.of("Estavia"))))));
        assertEquals("Q990041", only(l.link(List.of(thing(AgentKind.PLACE, "Velmora", Set.of("Norland"))))));
    }

    @Test
    void eventsAndBareSurnamesAreNeverSearched() {
        List<EntityLink> links = linker(Duration.ZERO).link(List.of(
                LinkCandidate.event("event/x", "Alma Ferrant", Set.of()),
                person("Ferrant", Set.of("CIA Director"), Set.of())));
        assertTrue(links.isEmpty());
        assertEquals(0, apiRequests.get());
    }

    @Test
    void retriesAfter429HonouringRetryAfter() {
        throttleNext.set(1);
        long t0 = System.nanoTime();
        OnlineLinker l = linker(Duration.ZERO);
        assertEquals("Q990001", only(l.link(List.of(person("Alma Ferrant", Set.of("CIA Director"), Set.of())))));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(2, apiRequests.get(), "one 429, one success");
        assertEquals(1, sparqlRequests.get());
        assertEquals(3, l.networkRequests());
        assertTrue(ms >= 1000, "waited the Retry-After second, took " + ms + " ms");
    }

    @Test
    void retriesAreBoundedThenTheEntityStaysUnlinked() {
        throttleNext.set(100);
        retryAfter = "0";
        OnlineLinker l = linker(Duration.ZERO);
        assertTrue(l.link(List.of(person("Alma Ferrant", Set.of("CIA Director"), Set.of()))).isEmpty());
        assertEquals(PoliteHttp.MAX_RETRIES + 1, apiRequests.get());
        assertEquals(0, sparqlRequests.get());
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertEquals(0, files.count(), "a refusal is never cached");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void secondRunIsServedFromCacheWithoutNetwork() throws IOException {
        List<LinkCandidate> cands = List.of(
                person("Alma Ferrant", Set.of("CIA Director"), Set.of()),
                person("Lior Bastide", Set.of("member of the National Assembly"), Set.of()),
                thing(AgentKind.PLACE, "Velmora", Set.of("Estavia")));
        List<EntityLink> first = linker(Duration.ZERO).link(cands);
        assertEquals(2, first.size());
        int sent = apiRequests.get() + sparqlRequests.get();
        assertEquals(6, sent);
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertEquals(6, files.count(), "one cache file per request");
        }
        server.stop(0);
        server = null;
        OnlineLinker offline = linker(Duration.ofSeconds(5)); // a wait would show if anything were sent
        long t0 = System.nanoTime();
        assertEquals(first, offline.link(cands));
        assertEquals(0, offline.networkRequests());
        assertEquals(6, offline.cacheHits());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 4000, "cache hits are not rate limited");
    }

    @Test
    void networkFailureLeavesUnlinkedWithoutCrashing() {
        server.stop(0);
        server = null;
        OnlineLinker l = linker(Duration.ZERO);
        List<LinkCandidate> cands = new ArrayList<>();
        for (int i = 0; i < 6; i++) cands.add(person("Alma Ferrant " + i, Set.of("CIA Director"), Set.of()));
        assertTrue(l.link(cands).isEmpty());
        assertEquals(PoliteHttp.FAILURES_BEFORE_OFFLINE, l.networkRequests(), "stops trying after repeated failures");
    }

    @Test
    void sendsDescriptiveUserAgentAndKeepsMinInterval() {
        OnlineLinker l = linker(Duration.ofMillis(300));
        l.link(List.of(person("Alma Ferrant", Set.of("CIA Director"), Set.of()),
                thing(AgentKind.PLACE, "Velmora", Set.of("Estavia"))));
        assertEquals(4, userAgents.size());
        for (String ua : userAgents) assertEquals(OnlineLinker.USER_AGENT, ua);
        assertTrue(OnlineLinker.USER_AGENT.startsWith("newsgraph/"));
        // Arrival times carry some scheduling jitter; the client spaces request starts by 300 ms.
        for (int i = 1; i < arrivals.size(); i++) {
            long gap = (arrivals.get(i) - arrivals.get(i - 1)) / 1_000_000;
            assertTrue(gap >= 200, "requests " + (i - 1) + " and " + i + " only " + gap + " ms apart");
        }
        long span = (arrivals.get(arrivals.size() - 1) - arrivals.get(0)) / 1_000_000;
        assertTrue(span >= 850, "4 requests at 300 ms spacing took only " + span + " ms");
    }

    @Test
    void cacheKeyIsSha256OfRequestUri() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hashes.sha256Hex(""));
    }

    // ---- the stand-in server ----

    /** A handler failure must show in the test output, not vanish into the HTTP server. */
    private static void guarded(HttpExchange ex, com.sun.net.httpserver.HttpHandler h) throws IOException {
        try {
            h.handle(ex);
        } catch (Throwable t) {
            t.printStackTrace();
            send(ex, 500, "text/plain", t.toString());
        }
    }

    private void record(HttpExchange ex) {
        userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        arrivals.add(System.nanoTime());
    }

    private static Map<String, String> params(URI uri) {
        Map<String, String> out = new HashMap<>();
        String q = uri.getRawQuery();
        if (q == null) return out;
        for (String kv : q.split("&")) {
            int i = kv.indexOf('=');
            out.put(URLDecoder.decode(kv.substring(0, i), StandardCharsets.UTF_8),
                    URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private void api(HttpExchange ex) throws IOException {
        record(ex);
        apiRequests.incrementAndGet();
        if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ex.getResponseHeaders().add("Retry-After", retryAfter);
            send(ex, 429, "text/plain", "Too many requests");
            return;
        }
        Map<String, String> p = params(ex.getRequestURI());
        assertEquals("wbsearchentities", p.get("action"));
        assertEquals("item", p.get("type"));
        assertEquals("en", p.get("language"));
        assertEquals("json", p.get("format"));
        String search = p.get("search").toLowerCase(Locale.ROOT);
        // Prefix match on English labels and aliases, as wbsearchentities does.
        TreeMap<Integer, Resource> hits = new TreeMap<>();
        Map<Resource, String[]> match = new LinkedHashMap<>();
        for (Statement s : wikidata.listStatements().toList()) {
            String pred = s.getPredicate().getURI();
            boolean label = pred.equals(RDFS.label.getURI());
            if (!(label || pred.equals(SKOS_ALT)) || !s.getObject().isLiteral()) continue;
            Literal lit = s.getObject().asLiteral();
            if (!"en".equals(lit.getLanguage()) || !lit.getString().toLowerCase(Locale.ROOT).startsWith(search)) continue;
            Resource item = s.getSubject();
            String local = item.getLocalName();
            if (!local.startsWith("Q9900") || local.length() != 7) continue; // entities, not the helper classes
            hits.put(Integer.parseInt(local.substring(1)), item);
            match.putIfAbsent(item, new String[] {label ? "label" : "alias", lit.getString()});
        }
        JsonArray arr = new JsonArray();
        for (Resource item : hits.values()) {
            String q = item.getLocalName();
            Statement label = item.getProperty(RDFS.label, "en");
            Statement desc = item.getProperty(wikidata.createProperty(DESCRIPTION));
            JsonObject o = new JsonObject();
            o.put("id", q);
            o.put("title", q);
            o.put("pageid", Long.parseLong(q.substring(1)));
            o.put("repository", "wikidata");
            o.put("url", "//www.wikidata.org/wiki/" + q);
            o.put("concepturi", item.getURI());
            o.put("label", label.getString());
            if (desc != null) o.put("description", desc.getString());
            JsonObject m = new JsonObject();
            m.put("type", match.get(item)[0]);
            m.put("language", "en");
            m.put("text", match.get(item)[1]);
            o.put("match", m);
            arr.add(o);
        }
        JsonObject info = new JsonObject();
        info.put("search", p.get("search"));
        JsonObject top = new JsonObject();
        top.put("searchinfo", info);
        top.put("search", arr);
        top.put("success", 1L);
        String body = top.toString();
        send(ex, 200, "application/json; charset=utf-8", body);
    }

    private void sparql(HttpExchange ex) throws IOException {
        record(ex);
        sparqlRequests.incrementAndGet();
        Map<String, String> p = params(ex.getRequestURI());
        Query query = QueryFactory.create(p.get("query"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecutionFactory.create(query, wikidata)) {
            ResultSetFormatter.outputAsJSON(out, qe.execSelect());
        }
        send(ex, 200, "application/sparql-results+json", out.toString(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(b);
        }
    }
}
