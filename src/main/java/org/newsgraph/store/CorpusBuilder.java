package org.newsgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.IngestException;
import org.newsgraph.ingest.Ingestor;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds articles into the store. Articles stream through: files are read lazily, NLP and extraction
 * run on a worker pool (the slow, parallel part), and resolution, linking and RDF writing run in input
 * order on one thread so the result does not depend on thread timing. The whole build is one write
 * transaction: it commits when every article is written and aborts (leaving the DB as it was) on a
 * fatal error. A file that cannot be read, or an article whose analysis fails, is reported with its
 * file and reason and skipped; everything else is still built.
 */
public final class CorpusBuilder {

    /** NLP + extraction of one article; must be safe to call from several threads. */
    public interface Analyzer {
        Analysis analyze(Article article);
    }

    /** What analysis produced and what it cost. */
    public record Analysis(ArticleFacts facts, int tokens, long nlpNanos, long extractNanos) {}

    /** Resolution, linking and RDF for one analysed article; called in input order on one thread. */
    public interface Mapper {
        Output map(ArticleFacts facts);

        /** Runs once after the last article, inside the build's transaction (cross-article clean-up). */
        default void finish(GraphStore.Batch batch) {}
    }

    /**
     * The quads for one article.
     *
     * @param graph           the article's named graph (replaced as a whole)
     * @param articleQuads    quads of that graph
     * @param resolutionQuads quads for the shared resolution graph (added)
     */
    public record Output(Node graph, List<Quad> articleQuads, List<Quad> resolutionQuads) {}

    /** An input that could not be built: the file (or record) and the reason. */
    public record Problem(String source, String reason) {
        @Override public String toString() { return source + ": " + reason; }
    }

    private final GraphStore store;
    private final Ingestor ingestor;
    private final Analyzer analyzer;
    private final Mapper mapper;
    private final int threads;
    private final PrintStream progress;

    public CorpusBuilder(GraphStore store, Ingestor ingestor, Analyzer analyzer, Mapper mapper, int threads,
                         PrintStream progress) {
        this.store = store;
        this.ingestor = ingestor;
        this.analyzer = analyzer;
        this.mapper = mapper;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    /** Builds every supported file under {@code roots}. */
    public BuildReport build(List<Path> roots) {
        long t0 = System.nanoTime();
        BuildReport.Counter report = new BuildReport.Counter();
        List<Path> files;
        try {
            files = ingestor.listFiles(roots);
        } catch (IngestException e) {
            report.problems.add(new Problem(String.valueOf(e.file()), e.reason()));
            return report.finish(System.nanoTime() - t0);
        }
        List<ArticleIndex.Entry> known = ArticleIndex.entries(store);
        Set<String> knownHashes = new HashSet<>();
        for (ArticleIndex.Entry e : known) knownHashes.add(e.hash());
        ArticleIds ids = new ArticleIds(known);
        Map<String, String> seenHashes = new HashMap<>();

        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-nlp");
            t.setDaemon(true);
            return t;
        });
        try {
            store.write(batch -> {
                ArrayDeque<Pending> window = new ArrayDeque<>();
                int seq = 0;
                for (Path file : files) {
                    Ingestor.ReadResult read = ingestor.readAll(file);
                    for (IngestException p : read.problems()) {
                        report.problems.add(new Problem(String.valueOf(p.file()), p.reason()));
                        progress.println("  skipped " + p.getMessage());
                    }
                    report.files++;
                    for (Article read1 : read.articles()) {
                        String dupOf = seenHashes.putIfAbsent(read1.contentHash(), read1.source());
                        if (dupOf != null) {
                            report.duplicates++;
                            progress.println("  same text as " + dupOf + ", built once: " + read1.source());
                            continue;
                        }
                        if (knownHashes.contains(read1.contentHash())) {
                            report.unchanged++;
                            continue;
                        }
                        String sameSource = ids.earlierInThisBuild(read1);
                        if (sameSource != null) {
                            report.duplicates++;
                            progress.println("  same article (" + read1.origin().key() + ") as " + sameSource
                                    + ", built once: " + read1.source());
                            continue;
                        }
                        ArticleIds.Decision d = ids.assign(read1);
                        Article a = read1.withId(d.id());
                        if (d.renamedFrom() != null) {
                            report.renamed++;
                            progress.println("  " + a.source() + ": identifier \"" + d.renamedFrom() + "\" is taken by "
                                    + d.takenBy() + "; built as \"" + a.id() + "\"");
                        }
                        for (String note : a.dropped()) progress.println("  " + a.id() + ": dropped " + note);
                        boolean replaces = d.replaces();
                        window.add(new Pending(++seq, a, replaces, pool.submit(() -> analyzer.analyze(a))));
                        while (window.size() > threads * 2) drain(window.poll(), batch, report);
                    }
                }
                while (!window.isEmpty()) drain(window.poll(), batch, report);
                if (report.built > 0) mapper.finish(batch);
            });
        } finally {
            pool.shutdownNow();
        }
        return report.finish(System.nanoTime() - t0);
    }

    private record Pending(int seq, Article article, boolean replaces, Future<Analysis> analysis) {}

    private void drain(Pending p, GraphStore.Batch batch, BuildReport.Counter report) {
        Analysis an;
        try {
            an = p.analysis().get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            report.problems.add(new Problem(p.article().source(), "analysis failed: " + c));
            progress.println("  failed " + p.article().source() + ": " + c);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("build interrupted", e);
        }
        long w0 = System.nanoTime();
        Output out = mapper.map(an.facts());
        batch.replaceGraph(out.graph(), out.articleQuads());
        batch.add(out.resolutionQuads());
        long writeNanos = System.nanoTime() - w0;
        report.record(p.replaces(), an, out.articleQuads().size() + out.resolutionQuads().size(), writeNanos);
        ArticleFacts f = an.facts();
        progress.printf("[%d] %s %s: %d tokens, %d people/orgs/places, %d statements, %d events (nlp %d ms, extract %d ms)%n",
                p.seq(), p.replaces() ? "rebuilt" : "built", p.article().id(), an.tokens(), f.agents().size(),
                f.statements().size(), f.events().size(), an.nlpNanos() / 1_000_000, an.extractNanos() / 1_000_000);
    }
}
