package org.newsgraph.cli;

import org.newsgraph.bench.Bench;
import org.newsgraph.nlp.NlpPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures newsgraph on synthetic corpora built from the bundled articles: NLP and extraction "
                + "throughput, quads/s into TDB2, heap per corpus size, CPU use, incremental updates, serve start-up, "
                + "and the stock CoreNLP coref+quote pipeline for comparison.",
                "Writes target/bench/bench-<timestamp>.md and .json (see --report-dir)."})
public final class BenchCommand implements Callable<Integer> {
    @Mixin BuildOptions build;

    @Option(names = "--db", paramLabel = "DIR",
            description = "folder for the benchmark's corpora and databases (default: a new temporary folder)")
    Path workDir;

    @Mixin BaseOption base;

    @Option(names = "--articles", paramLabel = "N", description = "one corpus of N articles (default: 100)")
    Integer articles;

    @Option(names = "--sizes", split = ",", paramLabel = "N,N...", description = "several corpus sizes, e.g. 100,1000,10000")
    List<Integer> sizes;

    @Option(names = "--stock-sample", paramLabel = "N", defaultValue = "5",
            description = "articles run through the stock CoreNLP coref+quote pipeline (0 = skip; default: ${DEFAULT-VALUE})")
    int stockSample;

    @Option(names = "--keep", description = "keep the generated corpora and databases")
    boolean keep;

    @Option(names = "--incremental", description = "also time a rebuild with no change and adding one article to each DB")
    boolean incremental;

    @Option(names = "--serve-check", description = "also time `serve` on the largest built DB until its first SPARQL answer")
    boolean serveCheck;

    @Option(names = "--seed", defaultValue = "1", description = "synthetic corpus seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "target/bench",
            description = "where the reports go (default: ${DEFAULT-VALUE})")
    Path reportDir;

    @Override public Integer call() throws Exception {
        List<Integer> n = sizes != null && !sizes.isEmpty() ? sizes : List.of(articles != null ? articles : 100);
        for (int s : n) if (s < 1) throw new IllegalArgumentException("corpus sizes must be at least 1, got " + s);
        Bench.Options opts = new Bench.Options(n, stockSample, workDir, keep, incremental, serveCheck, seed, reportDir,
                childJvm());
        new Bench(builder(base.base, build), opts, System.out).run(() -> NlpPipeline.shared().loadMillis(), build.threads);
        return 0;
    }

    /** Builds through the same code path as {@code newsgraph build}. */
    static Bench.Builder builder(String base, BuildOptions build) {
        return Bench.pipeline(listener -> build.pipeline(base, listener));
    }

    /** A JVM with this process's classpath and heap limit, for the serve check and the stock pipeline. */
    static List<String> childJvm() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + Math.max(2048, Runtime.getRuntime().maxMemory() / (1024 * 1024)) + "m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        return cmd;
    }
}
