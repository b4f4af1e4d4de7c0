package org.newsgraph.cli;

import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.link.EntityLink;
import org.newsgraph.link.LinkCandidates;
import org.newsgraph.link.Linker;
import org.newsgraph.link.LinkerRegistry;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.CanonicalNames;
import org.newsgraph.rdf.Iris;
import org.newsgraph.resolve.CorpusResolver;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.store.BuildReport;
import org.newsgraph.store.CorpusBuilder;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.KnownFacts;

import java.io.PrintStream;
import java.nio.file.Path;
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
        Linker linker = LinkerRegistry.create(opts.wikidata, new LinkerRegistry.Settings(db.db, opts.wikidataCache));
        KnownFacts known = new KnownFacts(store, db.base);
        CorpusResolver resolver = new CorpusResolver(known.agents(), known.statements(), known.events());
        CorpusBuilder builder = new CorpusBuilder(store, new Ingestor(opts.maxFileBytes()), analyzer(progress),
                mapper(resolver, linker, iris, linkedEntities(store, iris)), opts.threads, progress);
        return builder.build(paths);
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
        return mapper(resolver, linker, iris, Set.of());
    }

    static CorpusBuilder.Mapper mapper(CorpusResolver resolver, Linker linker, Iris iris, Set<String> alreadyLinked) {
        Set<String> linked = new HashSet<>(alreadyLinked);
        return new CorpusBuilder.Mapper() {
            @Override public CorpusBuilder.Output map(ArticleFacts facts) {
                ResolvedArticle ra = resolver.resolve(facts);
                List<EntityLink> links = linker.link(LinkCandidates.of(ra, linked));
                return new CorpusBuilder.Output(iris.node(ra.articleId()), ArticleGraph.quads(ra, iris),
                        ArticleGraph.resolutionQuads(links, iris));
            }

            @Override public void finish(GraphStore.Batch batch) {
                java.util.function.Function<org.apache.jena.graph.Node, String> preferred = node -> node.isURI()
                        && node.getURI().startsWith(iris.base())
                        ? resolver.preferredName(node.getURI().substring(iris.base().length())) : null;
                CanonicalNames.apply(batch.dataset(), iris.resolutionGraph(), preferred);
                CanonicalNames.labelEvents(batch.dataset(), iris.resolutionGraph(), preferred);
            }
        };
    }
}
