package org.newsgraph.bench;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newsgraph.pipeline.BuildListener;
import org.newsgraph.pipeline.BuildPipeline;
import org.newsgraph.pipeline.BuildReport;
import org.newsgraph.store.GraphStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The newsgraph benchmark: builds synthetic corpora of growing size into fresh databases through the
 * same code path as {@code newsgraph build}, and reports NLP and extraction throughput, write rate into
 * TDB2, heap per size (it must stay flat), CPU use, incremental-update cost, time to first answer of
 * {@code serve} on a built database, and the stock CoreNLP coref+quote pipeline on a sample for
 * comparison. Writes a markdown and a JSON report.
 */
public final class Bench {

    /** Builds {@code inputs} into {@code store}, as {@code newsgraph build} does. */
    @FunctionalInterface
    public interface Builder {
        BuildReport build(GraphStore store, List<Path> inputs, PrintStream progress);
    }

    /** Builds through {@link BuildPipeline}, made for each build with a listener printing to its progress stream. */
    public static Builder pipeline(java.util.function.Function<BuildListener, BuildPipeline> make) {
        return (store, inputs, progress) -> make.apply(BuildListener.printingTo(progress)).build(store, inputs);
    }

    /** Every setting at the default of {@code newsgraph build} (tests). */
    public static Builder defaultPipeline() {
        return pipeline(listener -> BuildPipeline.builder().listener(listener).build());
    }

    /**
     * @param sizes        corpus sizes (articles)
     * @param stockSample  articles of the smallest corpus run through the stock pipeline (0 = skip)
     * @param workDir      where corpora and databases go (a temp folder when null)
     * @param keep         keep corpora and databases afterwards
     * @param incremental  also time a no-change rebuild and adding one article to each built DB
     * @param serveCheck   also time {@code serve} on the largest built DB until its first SPARQL answer
     * @param seed         synthetic corpus seed
     * @param reportDir    where bench-*.md/.json go
     * @param childJvm     command prefix that starts a JVM with newsgraph on its classpath (for the
     *                     stock pipeline and serve check); e.g. [java, -Xmx4g, -cp, CP]
     */
    public record Options(List<Integer> sizes, int stockSample, Path workDir, boolean keep, boolean incremental,
                          boolean serveCheck, long seed, Path reportDir, List<String> childJvm) {
        public Options {
            sizes = List.copyOf(sizes);
            childJvm = List.copyOf(childJvm);
        }
    }

    /** Figures for one corpus size. */
    public record SizeResult(int articles, BuildReport report, ResourceSampler.Stats stats, long dbBytes,
                             Long noopRebuildMillis, Long addOneMillis, Integer addOneBuilt) {}

    /** Time for {@code serve} on a built DB: process start to "serving" line and to first SPARQL answer. */
    public record ServeCheck(int articles, long startedMillis, long firstAnswerMillis, long secondQueryMillis, String answer) {}

    /** Everything measured. */
    public record Result(String timestamp, long modelLoadMillis, int threads, int cores, long maxHeapBytes,
                         List<SizeResult> sizes, List<StockPipelineBench.Result> stock, String stockError,
                         ServeCheck serve, String serveError) {}

    private final Builder builder;
    private final Options options;
    private final PrintStream out;

    public Bench(Builder builder, Options options, PrintStream out) {
        this.builder = builder;
        this.options = options;
        this.out = out;
    }

    /**
     * Runs the benchmark.
     *
     * @param modelLoad loads the NLP models (timed once before the first build, so builds are not charged with it);
     *                  returns the load time in ms
     * @param threads   worker threads the builder uses (for the wall-clock estimates)
     */
    public Result run(java.util.function.LongSupplier modelLoad, int threads) throws IOException {
        String ts = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path work = options.workDir() != null ? Files.createDirectories(options.workDir())
                : Files.createTempDirectory("newsgraph-bench");
        Files.createDirectories(options.reportDir());
        Path log = options.reportDir().resolve("bench-" + ts + "-build.log");
        out.println("newsgraph bench: sizes " + options.sizes() + ", work folder " + work + ", build log " + log);
        long loadMillis = modelLoad.getAsLong();
        out.printf("model load: %.1f s%n", loadMillis / 1000.0);
        List<SizeResult> results = new ArrayList<>();
        ServeCheck serve = null;
        String serveError = null;
        try (PrintStream progress = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
            for (int n : options.sizes()) {
                Path corpus = work.resolve("corpus-" + n);
                Path db = work.resolve("db-" + n);
                deleteTree(corpus);
                deleteTree(db);
                SyntheticCorpus.write(corpus, n, options.seed());
                out.printf("%d articles: building ...%n", n);
                progress.println("== " + n + " articles");
                SizeResult r = buildOne(n, corpus, db, progress);
                results.add(r);
                out.println("  " + r.report().summary());
                if (options.serveCheck() && n == options.sizes().get(options.sizes().size() - 1)) {
                    try {
                        serve = serveCheck(n, db);
                        out.printf("  serve: serving after %d ms, first SPARQL answer after %d ms%n",
                                serve.startedMillis(), serve.firstAnswerMillis());
                    } catch (Exception e) {
                        serveError = String.valueOf(e.getMessage());
                        out.println("  serve check failed: " + serveError);
                    }
                }
                if (!options.keep()) deleteTree(db);
            }
        }
        List<StockPipelineBench.Result> stock = new ArrayList<>();
        String stockError = null;
        if (options.stockSample() > 0) {
            int n = options.sizes().get(0);
            Path corpus = work.resolve("corpus-" + n);
            // CoreNLP's default coref algorithm, then the faster statistical one
            for (String coref : java.util.Arrays.asList(null, "statistical")) {
                out.printf("stock CoreNLP (%s, coref %s) on %d article(s) in a separate JVM ...%n",
                        StockPipelineBench.ANNOTATORS, coref == null ? "default" : coref, Math.min(n, options.stockSample()));
                try {
                    StockPipelineBench.Result s = stockInChild(corpus, Math.min(n, options.stockSample()), coref);
                    if (stock.stream().noneMatch(x -> x.corefAlgorithm().equals(s.corefAlgorithm()))) stock.add(s);
                } catch (Exception e) {
                    stockError = String.valueOf(e.getMessage());
                    out.println("  stock pipeline failed: " + stockError);
                }
            }
        }
        if (!options.keep()) {
            for (int n : options.sizes()) deleteTree(work.resolve("corpus-" + n));
            if (options.workDir() == null) deleteTree(work);
        }
        Result result = new Result(ts, loadMillis, threads, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory(), results, stock, stockError, serve, serveError);
        String md = BenchReport.markdown(result);
        out.println();
        out.println(md);
        Files.writeString(options.reportDir().resolve("bench-" + ts + ".md"), md, StandardCharsets.UTF_8);
        Files.writeString(options.reportDir().resolve("bench-" + ts + ".json"),
                JSON.toString(BenchReport.json(result)), StandardCharsets.UTF_8);
        out.println("report: " + options.reportDir().resolve("bench-" + ts + ".md") + " and .json");
        return result;
    }

    private SizeResult buildOne(int n, Path corpus, Path db, PrintStream progress) {
        BuildReport report;
        ResourceSampler.Stats stats;
        Long noop = null, addOne = null;
        Integer addOneBuilt = null;
        try (GraphStore store = GraphStore.open(db)) {
            System.gc();
            ResourceSampler sampler = ResourceSampler.start(200);
            report = builder.build(store, List.of(corpus), progress);
            stats = sampler.stop();
            if (options.incremental()) {
                BuildReport again = builder.build(store, List.of(corpus), progress);
                noop = again.totalNanos() / 1_000_000;
                if (again.built() != 0)
                    progress.println("unexpected: unchanged rebuild built " + again.built() + " article(s)");
                SyntheticCorpus.write(corpus, n + 1, options.seed());
                BuildReport one = builder.build(store, List.of(corpus), progress);
                addOne = one.totalNanos() / 1_000_000;
                addOneBuilt = one.built();
            }
        }
        return new SizeResult(n, report, stats, treeSize(db), noop, addOne, addOneBuilt);
    }

    // ---------------------------------------------------------------------------------------------

    private static final Pattern SPARQL_URL = Pattern.compile("SPARQL: (\\S+?)\\)?\\s");

    /** Starts {@code serve --port 0} on {@code db} in a child JVM and times the first SPARQL answer. */
    private ServeCheck serveCheck(int n, Path db) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(options.childJvm());
        cmd.addAll(List.of("org.newsgraph.cli.Main", "serve", "--db", db.toString(), "--port", "0"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String endpoint = null;
            StringBuilder seen = new StringBuilder();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            for (String line; endpoint == null && System.nanoTime() < deadline && (line = r.readLine()) != null; ) {
                seen.append(line).append('\n');
                Matcher m = SPARQL_URL.matcher(line + " ");
                if (line.contains("serving") && m.find()) endpoint = m.group(1);
            }
            if (endpoint == null) throw new IOException("serve did not report its endpoint: " + tail(seen.toString()));
            long started = (System.nanoTime() - t0) / 1_000_000;
            Thread drain = new Thread(() -> {
                try {
                    r.transferTo(java.io.Writer.nullWriter());
                } catch (IOException ignored) {
                    // child is being stopped
                }
            });
            drain.setDaemon(true);
            drain.start();
            String q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET().build();
            HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
            long answered = (System.nanoTime() - t0) / 1_000_000;
            if (resp.statusCode() != 200) throw new IOException("SPARQL query answered HTTP " + resp.statusCode());
            // A second query shows how much of the first answer was warm-up (class loading, JIT) in the server.
            long q2 = System.nanoTime();
            http.send(req, HttpResponse.BodyHandlers.ofString());
            long second = (System.nanoTime() - q2) / 1_000_000;
            Matcher m = Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"").matcher(resp.body());
            return new ServeCheck(n, started, answered, second, m.find() ? m.group(1) + " triples" : resp.body());
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static final Pattern STOCK_LINE = Pattern.compile(
            "^STOCK load=(\\d+) articles=(\\d+) tokens=(\\d+) nanos=(\\d+) coref=(\\S+) quotes=(\\d+)$");

    /** Runs {@link StockPipelineBench} in its own JVM so its models neither share caches with ours nor add to our heap. */
    private StockPipelineBench.Result stockInChild(Path corpus, int count, String coref) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().limit(count).toList();
        }
        List<String> cmd = new ArrayList<>(options.childJvm());
        cmd.add(StockPipelineBench.class.getName());
        if (coref != null) cmd.add("--coref=" + coref);
        for (Path f : files) cmd.add(f.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder seen = new StringBuilder();
        StockPipelineBench.Result result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                seen.append(line).append('\n');
                Matcher m = STOCK_LINE.matcher(line.strip());
                if (m.matches())
                    result = new StockPipelineBench.Result(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)),
                            Long.parseLong(m.group(3)), Long.parseLong(m.group(4)), m.group(5), Integer.parseInt(m.group(6)));
            }
        }
        int rc = p.waitFor();
        if (result == null) throw new IOException("stock pipeline exited " + rc + ": " + tail(seen.toString()));
        return result;
    }

    private static String tail(String s) {
        s = s.strip();
        return s.length() > 600 ? "..." + s.substring(s.length() - 600) : s;
    }

    static long treeSize(Path dir) {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
