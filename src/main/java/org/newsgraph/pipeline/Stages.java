package org.newsgraph.pipeline;

import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.link.Linker;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.rdf.EventResolutionGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ResolutionQuads;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.ResolutionIndex;
import org.newsgraph.store.GraphStore;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The stages as the build runs them: NLP + extraction per article, then resolution, linking and RDF. */
final class Stages {
    private Stages() {}

    /** NLP + extraction; loads the models on first use and says so, since that takes a while. */
    static BuildPipeline.Analyzer analyzer(BuildListener listener) {
        ArticleExtractor extractor = new ArticleExtractor();
        return article -> {
            if (!NlpPipeline.isLoaded()) {
                synchronized (Stages.class) {
                    if (!NlpPipeline.isLoaded()) {
                        listener.note("loading CoreNLP models (once per process)…");
                        NlpPipeline p = NlpPipeline.shared();
                        listener.note(String.format("models loaded in %.1f s", p.loadMillis() / 1000.0));
                    }
                }
            }
            long t0 = System.nanoTime();
            Document doc = NlpPipeline.shared().annotate(article.text(), article.datePublished());
            long t1 = System.nanoTime();
            if (doc.cutTokenCount() > 0)
                listener.note("  " + article.id() + ": " + doc.cutTokenCount() + " tokens in runs of over "
                        + NlpPipeline.MAX_SENTENCE_TOKENS + " tokens without a sentence end (not prose) skipped by extraction");
            ArticleFacts facts = extractor.extract(article, doc);
            long t2 = System.nanoTime();
            return new BuildPipeline.Analysis(facts, doc.tokenCount(), t1 - t0, t2 - t1);
        };
    }

    /**
     * Resolution (pass 1 over the whole build, {@link CorpusResolver#index}), then per article in input order
     * linking and RDF ({@link ArticleMapper}); entities in {@code alreadyLinked} keep their link. At the end
     * the resolution graph gets the build's names, surname notes and event names and dates, once.
     */
    static BuildPipeline.Mapper mapper(CorpusResolver resolver, Linker linker, Iris iris, Set<String> alreadyLinked) {
        return new BuildPipeline.Mapper() {
            private ResolutionIndex index;
            private ArticleMapper mapper;

            @Override public void prepare(List<ArticleFacts> articles) {
                index = resolver.index(articles);
                mapper = new ArticleMapper(index, linker, iris, alreadyLinked);
            }

            @Override public BuildPipeline.Output map(ArticleFacts facts) {
                if (mapper == null) throw new IllegalStateException("map before prepare: resolution needs every article first");
                return mapper.map(facts);
            }

            @Override public void finish(GraphStore.Batch batch) {
                batch.add(ResolutionQuads.of(index, iris));
                EventResolutionGraph.write(batch.dataset(), iris.resolutionGraph(), iris, index.events());
            }
        };
    }

    /** Entities a former build linked: they keep their link (and its reviewed form) instead of being linked again. */
    static Set<String> linkedEntities(GraphStore store, Iris iris) {
        Set<String> ids = new HashSet<>();
        store.select("SELECT DISTINCT ?e WHERE { GRAPH <" + iris.resolutionGraph().getURI() + "> { ?e <"
                + org.apache.jena.vocabulary.OWL.sameAs.getURI() + "> ?wd } }", row -> {
            String uri = row.getResource("e").getURI();
            if (uri.startsWith(iris.base())) ids.add(uri.substring(iris.base().length()));
            return null;
        });
        return ids;
    }
}
