package org.newsgraph.pipeline;

import org.apache.jena.graph.Node;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Event;
import org.newsgraph.link.EntityLink;
import org.newsgraph.link.LinkCandidate;
import org.newsgraph.link.Linker;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.CanonicalNames;
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

    /** Resolution, linking and RDF, in input order. */
    static BuildPipeline.Mapper mapper(CorpusResolver resolver, Linker linker, Iris iris) {
        Set<String> linked = new HashSet<>();
        return new BuildPipeline.Mapper() {
            @Override public BuildPipeline.Output map(ArticleFacts facts) {
                ResolvedArticle ra = resolver.resolve(facts);
                List<EntityLink> links = linker.link(candidates(ra, linked));
                return new BuildPipeline.Output(iris.node(ra.articleId()), ArticleGraph.quads(ra, iris),
                        ArticleGraph.resolutionQuads(links, iris));
            }

            @Override public void finish(GraphStore.Batch batch) {
                Function<Node, String> preferred = node -> node.isURI() && node.getURI().startsWith(iris.base())
                        ? resolver.preferredName(node.getURI().substring(iris.base().length())) : null;
                CanonicalNames.apply(batch.dataset(), iris.resolutionGraph(), preferred);
                CanonicalNames.labelEvents(batch.dataset(), iris.resolutionGraph(), preferred);
            }
        };
    }

    /** Link candidates for this article's entities not already tried in this build. */
    static List<LinkCandidate> candidates(ResolvedArticle ra, Set<String> tried) {
        ArticleFacts f = ra.facts();
        Set<String> places = new HashSet<>();
        for (Agent a : f.agents()) if (a.kind() == AgentKind.PLACE) places.add(a.name());
        List<LinkCandidate> out = new ArrayList<>();
        for (Agent a : f.agents()) {
            String id = ra.agentIds().get(a.key());
            if (id == null || !tried.add(id)) continue;
            out.add(new LinkCandidate(id, a.kind(), a.name(), a.alternateNames(), a.jobTitles(), places));
        }
        for (Event e : f.events()) {
            String id = ra.eventIds().get(e.key());
            if (id == null || e.name() == null || !tried.add(id)) continue;
            out.add(LinkCandidate.event(id, e.name(), Set.of()));
        }
        return out;
    }
}
