package org.newsgraph.pipeline;

import org.apache.jena.graph.Node;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.link.EntityLink;
import org.newsgraph.link.LinkCandidates;
import org.newsgraph.link.Linker;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.CanonicalNames;
import org.newsgraph.rdf.IdentityMerges;
import org.newsgraph.rdf.EventResolutionGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.store.GraphStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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

    /** Resolution, linking and RDF, in input order; entities in {@code alreadyLinked} keep their link. */
    static BuildPipeline.Mapper mapper(CorpusResolver resolver, Linker linker, Iris iris, Set<String> alreadyLinked) {
        Set<String> linked = new HashSet<>(alreadyLinked);
        return new BuildPipeline.Mapper() {
            @Override public BuildPipeline.Output map(ArticleFacts facts) {
                ResolvedArticle ra = resolver.resolve(facts);
                List<EntityLink> links = linker.link(LinkCandidates.of(ra, linked));
                return new BuildPipeline.Output(iris.node(ra.articleId()), ArticleGraph.quads(ra, iris),
                        ArticleGraph.resolutionQuads(links, iris));
            }

            @Override public void finish(GraphStore.Batch batch) {
                Function<Node, String> preferred = node -> node.isURI() && node.getURI().startsWith(iris.base())
                        ? resolver.preferredName(node.getURI().substring(iris.base().length())) : null;
                List<IdentityMerges.Merge> merges = new ArrayList<>();
                for (var r : resolver.surnameResolutions())
                    merges.add(new IdentityMerges.Merge(r.fromId(), r.toId(), r.note(), r.written()));
                IdentityMerges.apply(batch.dataset(), iris, merges);
                CanonicalNames.apply(batch.dataset(), iris.resolutionGraph(), preferred);
                EventResolutionGraph.write(batch.dataset(), iris.resolutionGraph(), iris, resolver.events());
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
