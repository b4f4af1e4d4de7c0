package org.newsgraph.pipeline;

import org.newsgraph.ingest.Article;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreException;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Takes articles whose analysis runs in parallel and writes them in input order: resolution, linking
 * and RDF (the {@link BuildPipeline.Mapper}) into the build's batch. At most {@code window} analyses are
 * in flight, so memory stays flat however large the input. A failed analysis (errors included) skips
 * its article with a one-line reason.
 */
final class InOrderWriter {
    private record Pending(int seq, Article article, boolean replaces, Future<BuildPipeline.Analysis> analysis) {}

    private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    private final GraphStore.Batch batch;
    private final BuildPipeline.Mapper mapper;
    private final BuildReport.Counter report;
    private final BuildListener listener;
    private final int window;
    private int seq;

    InOrderWriter(GraphStore.Batch batch, BuildPipeline.Mapper mapper, BuildReport.Counter report,
                  BuildListener listener, int window) {
        this.batch = batch;
        this.mapper = mapper;
        this.report = report;
        this.listener = listener;
        this.window = window;
    }

    void add(Article article, boolean replaces, Future<BuildPipeline.Analysis> analysis) {
        inFlight.add(new Pending(++seq, article, replaces, analysis));
        while (inFlight.size() > window) write(inFlight.poll());
    }

    void flush() {
        while (!inFlight.isEmpty()) write(inFlight.poll());
    }

    private void write(Pending p) {
        BuildPipeline.Analysis an;
        try {
            an = p.analysis().get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            Problem problem = new Problem(p.article().source(), "analysis failed: " + c);
            report.problems.add(problem);
            listener.skipped(problem);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("build interrupted", e);
        }
        long w0 = System.nanoTime();
        BuildPipeline.Output out = mapper.map(an.facts());
        batch.replaceGraph(out.graph(), out.articleQuads());
        batch.add(out.resolutionQuads());
        report.record(p.replaces(), an, out.articleQuads().size() + out.resolutionQuads().size(), System.nanoTime() - w0);
        listener.built(p.seq(), p.article().id(), p.replaces(), an);
    }
}
