package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges identities that resolution could only decide after the articles were written: a surname-only
 * person met before the full-named person it resolves to. The old IRI is replaced by the person's in
 * every graph; the resolution graph gives the person an ng:resolutionNote saying which name form was
 * taken to be them and why (rule and counts), so the decision stays visible. (owl:sameAs in the
 * resolution graph is kept for Wikidata links.)
 */
public final class IdentityMerges {
    private IdentityMerges() {}

    /** One decision: {@code rewrite} false when the old IRI was never written (resolved on arrival). */
    public record Merge(String fromId, String toId, String note, boolean rewrite) {}

    /** Applies the merges inside the caller's write transaction; returns the number of quads rewritten. */
    public static int apply(DatasetGraph dsg, Iris iris, List<Merge> merges) {
        Node g = iris.resolutionGraph();
        int n = 0;
        for (Merge m : merges) {
            Node from = iris.node(m.fromId()), to = iris.node(m.toId());
            if (m.rewrite()) {
                List<Quad> old = new ArrayList<>();
                dsg.find(Node.ANY, from, Node.ANY, Node.ANY).forEachRemaining(old::add);
                dsg.find(Node.ANY, Node.ANY, Node.ANY, from).forEachRemaining(old::add);
                for (Quad q : old) {
                    if (q.getGraph().equals(g)) continue;
                    dsg.delete(q);
                    dsg.add(q.getGraph(), q.getSubject().equals(from) ? to : q.getSubject(), q.getPredicate(),
                            q.getObject().equals(from) ? to : q.getObject());
                    n++;
                }
            }
            dsg.add(g, to, Vocab.RESOLUTION_NOTE, NodeFactory.createLiteralString(m.fromId() + ": " + m.note()));
        }
        return n;
    }
}
