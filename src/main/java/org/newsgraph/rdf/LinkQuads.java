package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.link.EntityLink;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The linker's decisions as quads of {@code <base>graph/resolution}. A link:
 * {@code ?entity owl:sameAs wd:Q…; ng:linkConfidence 0.9; ng:linkMethod "gazetteer"; ng:linkEvidence "…"}.
 * Every item weighed (linked or not): {@code ?entity ng:candidate <entity-iri/candidate/Q…>}, a
 * {@code ng:LinkCandidate} with {@code ng:candidateItem wd:Q…} and {@code ng:candidateScore}. An entity
 * left unlinked between close candidates has its method, evidence and candidates but no owl:sameAs.
 */
public final class LinkQuads {
    private LinkQuads() {}

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public static List<Quad> of(List<EntityLink> links, Iris iris) {
        Node g = iris.resolutionGraph();
        Set<Quad> out = new LinkedHashSet<>();
        for (EntityLink l : links) {
            if (l.qid() != null && !QID.matcher(l.qid()).matches())
                throw new IllegalArgumentException("not a Wikidata id: " + l.qid());
            Node e = iris.node(l.entityId());
            if (l.linked()) {
                out.add(new Quad(g, e, Vocab.OWL_SAME_AS, Vocab.wd(l.qid())));
                out.add(new Quad(g, e, Vocab.LINK_CONFIDENCE, ArticleGraph.decimal(l.confidence())));
            }
            if (l.method() != null) out.add(new Quad(g, e, Vocab.LINK_METHOD, ArticleGraph.str(l.method())));
            if (!l.evidence().isEmpty()) out.add(new Quad(g, e, Vocab.LINK_EVIDENCE, ArticleGraph.str(l.evidence())));
            for (EntityLink.Scored c : l.candidates()) {
                if (!QID.matcher(c.qid()).matches()) throw new IllegalArgumentException("not a Wikidata id: " + c.qid());
                Node cand = iris.node(l.entityId() + "/candidate/" + c.qid());
                out.add(new Quad(g, e, Vocab.CANDIDATE, cand));
                out.add(new Quad(g, cand, Vocab.RDF_TYPE, Vocab.LINK_CANDIDATE));
                out.add(new Quad(g, cand, Vocab.CANDIDATE_ITEM, Vocab.wd(c.qid())));
                out.add(new Quad(g, cand, Vocab.CANDIDATE_SCORE, ArticleGraph.decimal(c.score())));
            }
        }
        return List.copyOf(out);
    }
}
