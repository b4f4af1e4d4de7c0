package org.newsgraph.pipeline;

import org.apache.jena.sparql.core.Quad;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.link.EntityLink;
import org.newsgraph.link.LinkCandidates;
import org.newsgraph.link.Linker;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.EventResolutionGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ResolutionQuads;
import org.newsgraph.resolve.ResolutionIndex;
import org.newsgraph.resolve.ResolvedArticle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pass 2 of a build for one article: its ids from the frozen {@link ResolutionIndex}, Wikidata links for
 * the entities it is the first article of (by article id) to mention, and its quads. Depends on nothing
 * but the index and the article, so {@code build} runs it in input order and {@code spark-build} on the
 * executors, with the same quads.
 */
public final class ArticleMapper {
    private final ResolutionIndex index;
    private final Linker linker;
    private final Iris iris;
    private final Set<String> alreadyLinked;

    /** @param alreadyLinked entities a former build linked (they keep their link) */
    public ArticleMapper(ResolutionIndex index, Linker linker, Iris iris, Set<String> alreadyLinked) {
        this.index = index;
        this.linker = linker;
        this.iris = iris;
        this.alreadyLinked = alreadyLinked;
    }

    public BuildPipeline.Output map(ArticleFacts facts) {
        ResolvedArticle ra = index.resolve(facts);
        Set<String> skip = new HashSet<>(alreadyLinked);
        skip.addAll(index.linkedElsewhere(ra));
        List<EntityLink> links = linker.link(LinkCandidates.of(ra, skip));
        return new BuildPipeline.Output(iris.node(ra.articleId()), ArticleGraph.quads(ra, iris),
                ArticleGraph.resolutionQuads(links, iris));
    }

    /**
     * The build's own resolution-graph quads, for a build into an empty store: names, surname notes and
     * event names and dates ({@code build} writes the same, replacing what an earlier build said of an event).
     */
    public static List<Quad> resolutionQuads(ResolutionIndex index, Iris iris) {
        List<Quad> out = new ArrayList<>(ResolutionQuads.of(index, iris));
        out.addAll(EventResolutionGraph.quads(index.events(), iris, iris.resolutionGraph(), e -> true));
        return out;
    }
}
