package org.newsgraph.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.link.GazetteerLinker;
import org.newsgraph.link.Linker;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.store.CorpusStatistics;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.KnownFacts;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Builds article files into the store. Files are read lazily and NLP and extraction run on a worker
 * pool (the slow, parallel part). Cross-article resolution then sees every article's facts at once
 * (pass 1; the facts wait in a spill file, see {@link InOrderWriter}) and freezes its decisions, so
 * they depend on content, not on input or thread order; linking and RDF follow per article in input
 * order on one thread (pass 2), and no article's graph is touched after it is written. The whole build is one
 * write transaction: it commits when every article is written and aborts (leaving the database as it
 * was) on a fatal error. An input that cannot be read, or an article whose analysis fails (errors
 * included), is reported to the {@link BuildListener} with a one-line reason and skipped.
 *
 * <pre>{@code
 * BuildReport r = BuildPipeline.builder().base("https://example.org/id/").threads(2)
 *         .listener(BuildListener.printingTo(System.err)).build().build(store, List.of(Path.of("articles")));
 * }</pre>
 */
public final class BuildPipeline {

    /** NLP + extraction of one article; must be safe to call from several threads. */
    public interface Analyzer {
        Analysis analyze(Article article);
    }

    /** What analysis produced and what it cost. */
    public record Analysis(ArticleFacts facts, int tokens, long nlpNanos, long extractNanos) {}

    /** Resolution, linking and RDF for one analysed article; called in input order on one thread. */
    public interface Mapper {
        /** Pass 1: every article of the build (facts without their texts, input order) before the first {@link #map}. */
        default void prepare(List<ArticleFacts> articles) {}

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

    private final Iris iris;
    private final Linker linker;
    private final int threads;
    private final Ingestor readers;
    private final BuildListener listener;
    private final Analyzer analyzer;
    private final Mapper mapper;

    private BuildPipeline(Builder b) {
        this.iris = new Iris(b.base);
        this.linker = b.linker;
        this.threads = Math.max(1, b.threads);
        this.readers = new Ingestor(b.maxFileBytes);
        this.listener = b.listener;
        this.analyzer = b.analyzer;
        this.mapper = b.mapper;
    }

    public static Builder builder() { return new Builder(); }

    /** Builds every supported file under {@code roots} into {@code store}. */
    public BuildReport build(GraphStore store, List<Path> roots) {
        long t0 = System.nanoTime();
        Admission admission = Admission.of(store, listener);                // what the store already holds
        List<Path> files = admission.list(readers, roots);
        if (files.isEmpty()) return admission.report().finish(System.nanoTime() - t0);
        Analyzer analyze = analyzer != null ? analyzer : Stages.analyzer(listener);      // NLP → extract
        Mapper map = mapper != null ? mapper : Stages.mapper(resolver(store), linker, iris, Stages.linkedEntities(store, iris)); // resolve → link → RDF
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-nlp");
            t.setDaemon(true);
            return t;
        });
        try {
            store.write(batch -> {                                           // one transaction
                try (InOrderWriter writer = new InOrderWriter(batch, map, admission.report(), listener, threads * 2)) {
                    for (Path file : files)
                        for (Article a : admission.admit(file, readers.readAll(file)))   // readers; new or changed only
                            writer.add(a, admission.replaces(a), pool.submit(() -> analyze.analyze(a)));
                    writer.flush();                                          // resolve all, then write in input order
                }
                if (admission.report().built > 0) map.finish(batch);
                // Counts for the explorer: after any change, and once for a database built before them.
                if (admission.report().built > 0 || !batch.dataset().containsGraph(iris.statisticsGraph())
                        && batch.dataset().contains(Node.ANY, Node.ANY, Vocab.RDF_TYPE, Vocab.NEWS_ARTICLE))
                    CorpusStatistics.write(batch.dataset(), iris);
            });
        } finally {
            pool.shutdownNow();
        }
        return admission.report().finish(System.nanoTime() - t0);
    }

    /** Resolves new articles against what earlier builds established (same person → same IRI). */
    private CorpusResolver resolver(GraphStore store) {
        KnownFacts known = new KnownFacts(store, iris.base());
        return new CorpusResolver(known.agents(), known.statements(), known.events());
    }

    /** Settings of a build; every one has a default. */
    public static final class Builder {
        private String base = Vocab.DEFAULT_BASE;
        private Linker linker;
        private int threads = Runtime.getRuntime().availableProcessors();
        private long maxFileBytes = Ingestor.DEFAULT_MAX_BYTES;
        private BuildListener listener = BuildListener.QUIET;
        private Analyzer analyzer;
        private Mapper mapper;

        private Builder() {}

        /** Base IRI of minted data (default {@link Vocab#DEFAULT_BASE}). */
        public Builder base(String base) { this.base = base; return this; }

        /** Links people, organisations, places and events to Wikidata (default: the bundled gazetteer). */
        public Builder linker(Linker linker) { this.linker = linker; return this; }

        /** NLP worker threads (default: the number of cores). */
        public Builder threads(int threads) { this.threads = threads; return this; }

        /** Larger input files are refused (default {@link Ingestor#DEFAULT_MAX_BYTES}). */
        public Builder maxFileBytes(long bytes) { this.maxFileBytes = bytes; return this; }

        /** Progress, problems and each article written (default: quiet). */
        public Builder listener(BuildListener listener) { this.listener = listener; return this; }

        /** Replaces NLP + extraction (tests and tools that need no models). */
        public Builder analyzer(Analyzer analyzer) { this.analyzer = analyzer; return this; }

        /** Replaces resolution, linking and RDF (tests). */
        public Builder mapper(Mapper mapper) { this.mapper = mapper; return this; }

        public BuildPipeline build() {
            if (linker == null) linker = new GazetteerLinker();
            return new BuildPipeline(this);
        }
    }
}
