package org.newsgraph.cli;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Event;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.link.ChainedLinker;
import org.newsgraph.link.EntityLink;
import org.newsgraph.link.GazetteerLinker;
import org.newsgraph.link.LinkCandidate;
import org.newsgraph.link.Linker;
import org.newsgraph.link.OnlineLinker;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.CanonicalNames;
import org.newsgraph.rdf.EventResolutionGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.store.BuildReport;
import org.newsgraph.store.CorpusBuilder;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.KnownFacts;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Wires the stages into one build: ingest → nlp → extract (parallel) → resolve → link → rdf → store
 * (in input order). The CoreNLP models are loaded only when an article actually needs NLP, so
 * serving or rebuilding an unchanged database starts at once.
 */
public final class NewsPipeline {
    private NewsPipeline() {}

    public static BuildReport build(GraphStore store, DbOptions db, BuildOptions opts, List<Path> paths, PrintStream progress) {
        Iris iris = new Iris(db.base);
        Linker linker = linker(opts);
        KnownFacts known = new KnownFacts(store, db.base);
        CorpusResolver resolver = new CorpusResolver(known.agents(), known.statements(), known.events());
        CorpusBuilder builder = new CorpusBuilder(store, new Ingestor(opts.maxFileBytes()), analyzer(progress),
                mapper(resolver, linker, iris), opts.threads, progress);
        return builder.build(paths);
    }

    static Linker linker(BuildOptions opts) {
        return switch (opts.wikidata.toLowerCase()) {
            case "offline" -> new GazetteerLinker();
            case "online" -> new ChainedLinker(new GazetteerLinker(), OnlineLinker.wikidata(opts.wikidataCache));
            case "off" -> candidates -> List.of();
            default -> throw new IllegalArgumentException("--wikidata must be offline, online or off, not " + opts.wikidata);
        };
    }

    /** NLP + extraction; loads the models on first use and says so, since that takes a while. */
    public static CorpusBuilder.Analyzer analyzer(PrintStream progress) {
        ArticleExtractor extractor = new ArticleExtractor();
        return article -> {
            if (!NlpPipeline.isLoaded()) {
                synchronized (NewsPipeline.class) {
                    if (!NlpPipeline.isLoaded()) {
                        progress.println("loading CoreNLP models (once per process)…");
                        NlpPipeline p = NlpPipeline.shared();
                        progress.printf("models loaded in %.1f s%n", p.loadMillis() / 1000.0);
                    }
                }
            }
            long t0 = System.nanoTime();
            Document doc = NlpPipeline.shared().annotate(article.text(), article.datePublished());
            long t1 = System.nanoTime();
            ArticleFacts facts = extractor.extract(article, doc);
            long t2 = System.nanoTime();
            return new CorpusBuilder.Analysis(facts, doc.tokenCount(), t1 - t0, t2 - t1);
        };
    }

    /** Resolution, linking and RDF, in input order. */
    public static CorpusBuilder.Mapper mapper(CorpusResolver resolver, Linker linker, Iris iris) {
        Set<String> linked = new HashSet<>();
        return new CorpusBuilder.Mapper() {
            @Override public CorpusBuilder.Output map(ArticleFacts facts) {
                ResolvedArticle ra = resolver.resolve(facts);
                List<EntityLink> links = linker.link(candidates(ra, linked));
                return new CorpusBuilder.Output(iris.node(ra.articleId()), ArticleGraph.quads(ra, iris),
                        ArticleGraph.resolutionQuads(links, iris));
            }

            @Override public void finish(GraphStore.Batch batch) {
                java.util.function.Function<org.apache.jena.graph.Node, String> preferred = node -> node.isURI()
                        && node.getURI().startsWith(iris.base())
                        ? resolver.preferredName(node.getURI().substring(iris.base().length())) : null;
                CanonicalNames.apply(batch.dataset(), iris.resolutionGraph(), preferred);
                EventResolutionGraph.write(batch.dataset(), iris.resolutionGraph(), iris, resolver.events());
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
