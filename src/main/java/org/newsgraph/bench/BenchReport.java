package org.newsgraph.bench;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.newsgraph.pipeline.BuildReport;

import java.util.Locale;

/**
 * Markdown and JSON renderings of a {@link Bench.Result}. Rates are given two ways: per worker thread
 * (tokens over the stage time summed over threads: what one core does) and wall clock (tokens over the
 * build's elapsed time: what the machine delivers with all its threads).
 */
final class BenchReport {
    private BenchReport() {}

    static double perSecond(double amount, long nanos) {
        return nanos <= 0 ? 0 : amount / (nanos / 1e9);
    }

    static String markdown(Bench.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append("# newsgraph benchmark ").append(r.timestamp()).append("\n\n");
        sb.append(String.format(Locale.ROOT, "%d cores, %d worker threads, max heap %s, NLP model load %.1f s "
                        + "(once per process, not included below).%n%n", r.cores(), r.threads(), Bench.mb(r.maxHeapBytes()),
                r.modelLoadMillis() / 1000.0));
        sb.append("| articles | tokens | build wall s | articles/s (wall) | NLP tok/s (wall) | NLP tok/s per thread "
                + "| extraction tok/s per thread | extraction art/s per thread | quads | quads/s into TDB2 | CPU use | tok per CPU-s "
                + "| peak heap | heap after GC | retained heap | DB size |\n");
        sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Bench.SizeResult s : r.sizes()) {
            BuildReport b = s.report();
            ResourceSampler.Stats st = s.stats();
            sb.append(String.format(Locale.ROOT,
                    "| %d | %d | %.1f | %.2f | %.0f | %.0f | %.0f | %.1f | %d | %.0f | %.0f%% | %.0f | %s | %s | %s | %s |%n",
                    s.articles(), b.tokens(), b.totalNanos() / 1e9, perSecond(b.built(), b.totalNanos()),
                    perSecond(b.tokens(), b.totalNanos()), perSecond(b.tokens(), b.nlpNanos()),
                    perSecond(b.tokens(), b.extractNanos()), perSecond(b.built(), b.extractNanos()), b.quads(),
                    perSecond(b.quads(), b.writeNanos()), st.cpuUtilisation() * 100, perSecond(b.tokens(), st.cpuNanos()),
                    Bench.mb(st.peakHeapBytes()),
                    Bench.mb(st.afterGcBytes()), Bench.mb(st.retainedBytes()), Bench.mb(s.dbBytes())));
        }
        sb.append("\nStage time summed over threads (NLP / extraction / store write, s): ");
        for (Bench.SizeResult s : r.sizes()) {
            BuildReport b = s.report();
            sb.append(String.format(Locale.ROOT, "%d: %.1f / %.2f / %.2f; ", s.articles(), b.nlpNanos() / 1e9,
                    b.extractNanos() / 1e9, b.writeNanos() / 1e9));
        }
        sb.append("\nCPU use = process CPU time / (wall time x cores); 100% = every core busy for the whole build. "
                + "tok per CPU-s = tokens / process CPU seconds (does not depend on other load on the machine). "
                + "quads/s into TDB2 counts the ordered single-thread stage: resolution, linking, RDF and the TDB2 writes.\n");
        boolean incremental = r.sizes().stream().anyMatch(s -> s.addOneMillis() != null);
        if (incremental) {
            sb.append("\n## Incremental builds\n\n| DB of N articles | rebuild with no change | add 1 article (built) |\n|---:|---:|---:|\n");
            for (Bench.SizeResult s : r.sizes()) {
                if (s.addOneMillis() == null) continue;
                sb.append(String.format(Locale.ROOT, "| %d | %.2f s | %.2f s (%d) |%n", s.articles(),
                        s.noopRebuildMillis() / 1000.0, s.addOneMillis() / 1000.0, s.addOneBuilt()));
            }
        }
        if (r.serve() != null) {
            sb.append(String.format(Locale.ROOT, "%n## serve on a built DB (%d articles)%n%nprocess start to \"serving\": %.1f s; "
                            + "to first SPARQL answer: %.1f s (%s); the same query again: %d ms.%n", r.serve().articles(),
                    r.serve().startedMillis() / 1000.0, r.serve().firstAnswerMillis() / 1000.0, r.serve().answer(),
                    r.serve().secondQueryMillis()));
        } else if (r.serveError() != null) {
            sb.append("\n## serve on a built DB\n\nfailed: ").append(r.serveError()).append('\n');
        }
        for (StockPipelineBench.Result s : r.stock()) {
            sb.append(String.format(Locale.ROOT, "%n## Stock CoreNLP pipeline (%s, coref algorithm %s)%n%n"
                            + "load %.1f s; %d articles, %d tokens in %.1f s: %.0f tokens/s, %.3f articles/s (one thread); "
                            + "%d quotes found.%n", StockPipelineBench.ANNOTATORS, s.corefAlgorithm(), s.loadMillis() / 1000.0,
                    s.articles(), s.tokens(), s.nanos() / 1e9, s.tokensPerSecond(), s.articlesPerSecond(), s.quotes()));
            if (!r.sizes().isEmpty()) {
                BuildReport b = r.sizes().get(0).report();
                double ours = perSecond(b.tokens(), b.nlpNanos() + b.extractNanos());
                sb.append(String.format(Locale.ROOT, "newsgraph NLP+extraction per thread: %.0f tokens/s = %.1fx the stock "
                                + "pipeline per thread; wall clock with %d threads: %.0f tokens/s = %.1fx.%n", ours,
                        ours / s.tokensPerSecond(), r.threads(), perSecond(b.tokens(), b.totalNanos()),
                        perSecond(b.tokens(), b.totalNanos()) / s.tokensPerSecond()));
            }
        }
        if (r.stockError() != null) {
            sb.append("\n## Stock CoreNLP pipeline\n\nfailed: ").append(r.stockError()).append('\n');
        }
        return sb.toString();
    }

    private static JsonNumber num(double x) {
        return JsonNumber.value(Math.round(x * 1000) / 1000.0);
    }

    static JsonObject json(Bench.Result r) {
        JsonObject o = new JsonObject();
        o.put("timestamp", r.timestamp());
        o.put("cores", r.cores());
        o.put("threads", r.threads());
        o.put("maxHeapBytes", r.maxHeapBytes());
        o.put("modelLoadMillis", r.modelLoadMillis());
        JsonArray sizes = new JsonArray();
        for (Bench.SizeResult s : r.sizes()) {
            BuildReport b = s.report();
            ResourceSampler.Stats st = s.stats();
            JsonObject j = new JsonObject();
            j.put("articles", s.articles());
            j.put("built", b.built());
            j.put("unchanged", b.unchanged());
            j.put("problems", b.problems().size());
            j.put("tokens", b.tokens());
            j.put("quads", b.quads());
            j.put("totalNanos", b.totalNanos());
            j.put("nlpNanosSummed", b.nlpNanos());
            j.put("extractNanosSummed", b.extractNanos());
            j.put("writeNanos", b.writeNanos());
            j.put("articlesPerSecondWall", num(perSecond(b.built(), b.totalNanos())));
            j.put("tokensPerSecondWall", num(perSecond(b.tokens(), b.totalNanos())));
            j.put("nlpTokensPerSecondPerThread", num(perSecond(b.tokens(), b.nlpNanos())));
            j.put("nlpArticlesPerSecondPerThread", num(perSecond(b.built(), b.nlpNanos())));
            j.put("extractTokensPerSecondPerThread", num(perSecond(b.tokens(), b.extractNanos())));
            j.put("extractArticlesPerSecondPerThread", num(perSecond(b.built(), b.extractNanos())));
            j.put("quadsPerSecondWrite", num(perSecond(b.quads(), b.writeNanos())));
            j.put("cpuNanos", st.cpuNanos());
            j.put("cpuUtilisation", num(st.cpuUtilisation()));
            j.put("tokensPerCpuSecond", num(perSecond(b.tokens(), st.cpuNanos())));
            j.put("peakHeapBytes", st.peakHeapBytes());
            j.put("heapAfterGcBytes", st.afterGcBytes());
            j.put("retainedHeapBytes", st.retainedBytes());
            j.put("heapSamples", st.samples());
            j.put("dbBytes", s.dbBytes());
            if (s.noopRebuildMillis() != null) j.put("noopRebuildMillis", s.noopRebuildMillis());
            if (s.addOneMillis() != null) {
                j.put("addOneMillis", s.addOneMillis());
                j.put("addOneBuilt", s.addOneBuilt());
            }
            sizes.add(j);
        }
        o.put("sizes", sizes);
        JsonArray stocks = new JsonArray();
        for (StockPipelineBench.Result s : r.stock()) {
            JsonObject j = new JsonObject();
            j.put("annotators", StockPipelineBench.ANNOTATORS);
            j.put("corefAlgorithm", s.corefAlgorithm());
            j.put("loadMillis", s.loadMillis());
            j.put("articles", s.articles());
            j.put("tokens", s.tokens());
            j.put("nanos", s.nanos());
            j.put("tokensPerSecond", num(s.tokensPerSecond()));
            j.put("quotes", s.quotes());
            stocks.add(j);
        }
        if (!stocks.isEmpty()) o.put("stock", stocks);
        if (r.stockError() != null) {
            o.put("stockError", r.stockError());
        }
        if (r.serve() != null) {
            JsonObject j = new JsonObject();
            j.put("articles", r.serve().articles());
            j.put("startedMillis", r.serve().startedMillis());
            j.put("firstAnswerMillis", r.serve().firstAnswerMillis());
            j.put("secondQueryMillis", r.serve().secondQueryMillis());
            j.put("answer", r.serve().answer());
            o.put("serve", j);
        } else if (r.serveError() != null) {
            o.put("serveError", r.serveError());
        }
        return o;
    }
}
