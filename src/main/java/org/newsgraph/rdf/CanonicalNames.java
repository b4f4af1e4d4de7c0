package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One name per entity across the whole graph. Each article graph names a shared person, organisation
 * or place as that article does ("US", "U.S.", "United States"); after a build every graph uses the
 * entity's canonical name and keeps its own forms as schema:alternateName, so queries over the union
 * see one name per agent and still find every surface form.
 *
 * <p>Events are different: how an article names an event ("the Oval Office argument", "a heated
 * meeting between …") is part of what that article says, so it stays in the article's graph
 * (skos:altLabel, ng:mentionText) and the one name goes into the resolution graph
 * ({@link EventResolutionGraph}).
 */
public final class CanonicalNames {
    private CanonicalNames() {}

    /**
     * Rewrites names inside the caller's write transaction.
     *
     * @param preferred the name resolution prefers for an entity (may return null: then the fullest
     *                  form wins — most words, then longest, then most graphs, then alphabetical)
     * @return the number of entities whose names were unified
     */
    public static int apply(DatasetGraph dsg, Node resolutionGraph, Function<Node, String> preferred) {
        Map<Node, Map<String, Integer>> names = new LinkedHashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.NAME, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(resolutionGraph) || !q.getObject().isLiteral()) return;
            names.computeIfAbsent(q.getSubject(), k -> new HashMap<>())
                    .merge(q.getObject().getLiteralLexicalForm(), 1, Integer::sum);
        });
        int unified = 0;
        for (var e : names.entrySet()) {
            Map<String, Integer> forms = e.getValue();
            if (forms.size() < 2 || isEvent(dsg, e.getKey())) continue;
            String canonical = preferred.apply(e.getKey());
            if (canonical == null || canonical.isBlank()) canonical = fullest(forms);
            rewrite(dsg, resolutionGraph, e.getKey(), canonical);
            unified++;
        }
        return unified;
    }

    private static boolean isEvent(DatasetGraph dsg, Node entity) {
        return dsg.contains(Node.ANY, entity, Vocab.RDF_TYPE, Vocab.EVENT);
    }

    static String fullest(Map<String, Integer> forms) {
        return forms.entrySet().stream().max(Comparator
                .<Map.Entry<String, Integer>>comparingInt(f -> f.getKey().trim().split("\\s+").length)
                .thenComparingInt(f -> f.getKey().length())
                .thenComparingInt(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
    }

    private static void rewrite(DatasetGraph dsg, Node resolutionGraph, Node entity, String canonical) {
        Node canonicalNode = NodeFactory.createLiteralString(canonical);
        List<Quad> old = new ArrayList<>();
        dsg.find(Node.ANY, entity, Vocab.NAME, Node.ANY).forEachRemaining(old::add);
        for (Quad q : old) {
            if (q.getGraph().equals(resolutionGraph) || q.getObject().equals(canonicalNode)) continue;
            dsg.delete(q);
            dsg.add(q.getGraph(), entity, Vocab.NAME, canonicalNode);
            dsg.add(q.getGraph(), entity, Vocab.ALTERNATE_NAME, q.getObject());
        }
        // A form that is now the name is no alternate of itself.
        dsg.find(Node.ANY, entity, Vocab.ALTERNATE_NAME, canonicalNode).forEachRemaining(old::add);
        for (Quad q : List.copyOf(old)) if (q.getPredicate().equals(Vocab.ALTERNATE_NAME)) dsg.delete(q);
    }
}
