package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 16 concurrent clients run SELECT queries against a real server for
 * {@code -Dnewsgraph.loadtest.seconds} (default 3). Every response must be 200; latency
 * percentiles and throughput go to stdout and target/loadtest.txt.
 * Long run: {@code mvn test -Dtest=LoadTest -Dnewsgraph.loadtest.seconds=30}.
 */
@Tag("load")
class LoadTest {
    static final int CLIENTS = 16;
    /** Per-client cap so the loop is bounded by count as well as by time. */
    static final int MAX_REQUESTS_PER_CLIENT = 200_000;
    static final Pattern FEDERATED = Pattern.compile("(?i)\\bSERVICE\\s*(<|\\?|SILENT)");

    static final String P = "PREFIX ng: <" + TestData.NG + "> PREFIX schema: <" + TestData.SCHEMA + "> ";
    static final List<String> BUILT_IN = List.of(
            P + "SELECT ?name (COUNT(DISTINCT ?st) AS ?n) WHERE { ?p schema:name ?name ; ng:said ?st } GROUP BY ?name ORDER BY DESC(?n)",
            P + "SELECT ?name ?text ?headline WHERE { ?p schema:name ?name ; ng:said ?st . ?st schema:text ?text ; ng:reportedIn ?a . ?a schema:headline ?headline } LIMIT 50",
            P + "SELECT ?a (COUNT(*) AS ?triples) WHERE { GRAPH ?a { ?s ?p ?o } } GROUP BY ?a ORDER BY ?a LIMIT 20",
            P + "SELECT ?st WHERE { ?st a ng:Statement ; schema:text ?t FILTER(CONTAINS(?t, \"number 3\")) }",
            P + "SELECT ?h WHERE { ?a a schema:NewsArticle ; schema:headline ?h } ORDER BY ?h");

    @TempDir
    Path dir;

    @Test
    void sixteenClientsGetOnlySuccessfulAnswers() throws Exception {
        int seconds = Integer.getInteger("newsgraph.loadtest.seconds", 3);
        List<String> queries = queries();
        DatasetGraph dsg = TestData.tdb2(dir.resolve("db"));
        TestData.fill(dsg, 60, 12);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try (NewsServer server = NewsServer.start(dsg, ServerOptions.defaults().withPort(0))) {
            List<HttpRequest> requests = queries.stream().map(q -> HttpRequest.newBuilder(
                            java.net.URI.create(server.sparqlUrl() + "?query=" + Http.enc(q)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET().build())
                    .toList();
            StringBuilder single = new StringBuilder("single-client latency (best of 3), ms:");
            for (HttpRequest r : requests) { // warm-up, and every query must work at all
                long best = Long.MAX_VALUE;
                for (int i = 0; i < 3; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> resp = client.send(r, HttpResponse.BodyHandlers.ofString());
                    best = Math.min(best, System.nanoTime() - t0);
                    assertEquals(200, resp.statusCode(), r.uri() + " " + resp.body());
                }
                single.append(String.format(Locale.ROOT, " %.1f", best / 1e6));
            }

            long[][] latencies = new long[CLIENTS][];
            int[] counts = new int[CLIENTS];
            AtomicLong errors = new AtomicLong();
            ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            long[] window = new long[2];
            for (int c = 0; c < CLIENTS; c++) {
                int id = c;
                Thread t = new Thread(() -> {
                    long[] lat = new long[1024];
                    int n = 0;
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    long deadline = window[1];
                    while (System.nanoTime() < deadline && n < MAX_REQUESTS_PER_CLIENT) {
                        HttpRequest r = requests.get((id + n) % requests.size());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> resp = client.send(r, HttpResponse.BodyHandlers.ofString());
                            if (resp.statusCode() != 200 || !resp.body().contains("\"results\"")) {
                                errors.incrementAndGet();
                                if (errorSamples.size() < 5)
                                    errorSamples.add(resp.statusCode() + " " + resp.body());
                            }
                        } catch (IOException | InterruptedException e) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5)
                                errorSamples.add(e.toString());
                            if (e instanceof InterruptedException)
                                break;
                        }
                        if (n == lat.length)
                            lat = Arrays.copyOf(lat, n * 2);
                        lat[n++] = System.nanoTime() - t0;
                    }
                    latencies[id] = Arrays.copyOf(lat, n);
                    counts[id] = n;
                }, "load-client-" + c);
                threads.add(t);
                t.start();
            }
            window[0] = System.nanoTime();
            window[1] = window[0] + Duration.ofSeconds(seconds).toNanos();
            start.countDown();
            for (Thread t : threads)
                t.join(Duration.ofSeconds(seconds + 120).toMillis());
            double elapsed = (System.nanoTime() - window[0]) / 1e9;
            for (Thread t : threads)
                assertFalse(t.isAlive(), "client thread did not finish: " + t.getName());

            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            assertTrue(all.length > 0, "no requests made");
            String report = String.format(Locale.ROOT,
                    "newsgraph load test: %d clients, %d queries, %.1f s, %d requests, %.1f req/s, p50 %.1f ms, "
                            + "p99 %.1f ms, max %.1f ms, errors %d%n",
                    CLIENTS, queries.size(), elapsed, all.length, all.length / elapsed, pct(all, 50), pct(all, 99),
                    all[all.length - 1] / 1e6, errors.get()) + single + System.lineSeparator() + "machine load average at end: " + loadAverage() + System.lineSeparator();
            System.out.print(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "loadtest.txt"), report, StandardCharsets.UTF_8);
            assertEquals(0, errors.get(), "errors: " + errorSamples);
        } finally {
            dsg.close();
        }
    }

    /** Context for the numbers: this 2-core machine is often shared with other builds. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " (cores: " + Runtime.getRuntime().availableProcessors() + ")";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** The repository's queries/*.rq (local ones only, those that parse), else the built-in set. */
    static List<String> queries() throws IOException {
        Path folder = Path.of("queries");
        List<String> found = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                    String q = Files.readString(f, StandardCharsets.UTF_8);
                    if (FEDERATED.matcher(q).find()) {
                        System.out.println("load test: skipping federated query " + f);
                        continue;
                    }
                    try {
                        QueryFactory.create(q);
                        found.add(q);
                    } catch (RuntimeException e) {
                        System.out.println("load test: skipping unparsable " + f + ": " + e.getMessage());
                    }
                }
            }
        }
        if (found.isEmpty())
            return BUILT_IN;
        Collections.sort(found);
        return found;
    }
}
