package org.newsgraph.pipeline;

import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.ingest.Article;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Takes articles whose analysis runs in parallel and writes them in input order, in two passes. Pass 1
 * collects every analysed article: its facts go to a {@link FactsSpill} on disk, and the facts without
 * their texts to the mapper's {@link BuildPipeline.Mapper#prepare} (cross-article resolution sees the
 * whole build before any article is written). Pass 2 reads the spill back in input order: resolution
 * lookup, linking and RDF (the {@link BuildPipeline.Mapper}) into the build's batch. At most
 * {@code window} analyses are in flight. A failed analysis (errors included) skips its article with a
 * one-line reason.
 */
final class InOrderWriter implements AutoCloseable {
    private record Pending(int seq, Article article, boolean replaces, Future<BuildPipeline.Analysis> analysis) {}

    /** An analysed article waiting for pass 2: what the report needs, its facts are in the spill. */
    private record Analysed(int seq, String id, boolean replaces, int tokens, long nlpNanos, long extractNanos) {}

    private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    private final List<Analysed> analysed = new ArrayList<>();
    private final List<ArticleFacts> withoutTexts = new ArrayList<>();
    private final FactsSpill spill = new FactsSpill();
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
        while (inFlight.size() > window) collect(inFlight.poll());
    }

    /** Ends pass 1 (waits for every analysis), resolves the build, then writes every article in input order. */
    void flush() {
        while (!inFlight.isEmpty()) collect(inFlight.poll());
        if (analysed.isEmpty()) return;
        listener.note(String.format("resolving %,d article(s) across the build…", analysed.size()));
        mapper.prepare(List.copyOf(withoutTexts));
        withoutTexts.clear();
        for (Analysed a : analysed) {
            ArticleFacts facts = spill.next();
            long w0 = System.nanoTime();
            BuildPipeline.Output out = mapper.map(facts);
            batch.replaceGraph(out.graph(), out.articleQuads());
            batch.add(out.resolutionQuads());
            BuildPipeline.Analysis an = new BuildPipeline.Analysis(facts, a.tokens(), a.nlpNanos(), a.extractNanos());
            report.record(a.replaces(), an, out.articleQuads().size() + out.resolutionQuads().size(), System.nanoTime() - w0);
            listener.built(a.seq(), a.id(), a.replaces(), an);
        }
    }

    private void collect(Pending p) {
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
        spill.write(an.facts());
        withoutTexts.add(an.facts().withoutText());
        analysed.add(new Analysed(p.seq(), p.article().id(), p.replaces(), an.tokens(), an.nlpNanos(), an.extractNanos()));
        listener.analysed(p.seq(), p.article().id());
    }

    @Override public void close() { spill.close(); }
}
