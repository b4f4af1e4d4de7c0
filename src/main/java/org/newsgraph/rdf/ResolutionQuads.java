package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.resolve.AgentResolver;
import org.newsgraph.resolve.ResolutionIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a build's resolution pass decided about entities, once, in {@code <base>graph/resolution}:
 * each named entity's one schema:name (its canonical, fullest form; the article graphs keep the
 * forms each article uses) and, on a person a surname-only mention was taken to be, an
 * ng:resolutionNote saying which name form and why (rule and counts). Event names and dates are
 * {@link EventResolutionGraph}'s. No article graph is touched.
 */
public final class ResolutionQuads {
    private ResolutionQuads() {}

    /** The names and surname notes of {@code index}, sorted by entity (the same for any input order). */
    public static List<Quad> of(ResolutionIndex index, Iris iris) {
        Node g = iris.resolutionGraph();
        List<Quad> out = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(index.names()).entrySet())
            out.add(new Quad(g, iris.node(e.getKey()), Vocab.NAME, NodeFactory.createLiteralString(e.getValue())));
        for (AgentResolver.Resolution r : index.surnames())
            out.add(new Quad(g, iris.node(r.toId()), Vocab.RESOLUTION_NOTE,
                    NodeFactory.createLiteralString(r.fromId() + ": " + r.note())));
        return out;
    }
}
