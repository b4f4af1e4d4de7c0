package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.resolve.EventResolver;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the corpus as a whole says about each event, in {@code <base>graph/resolution}: exactly one
 * skos:prefLabel and one schema:name (the same readable name), the date most articles give
 * (sem:hasTimeStamp) and the dates other articles give (ng:otherDate). Each article's own wording and
 * date stay in its graph (skos:altLabel, ng:mentionText, ng:mentionDate).
 */
public final class EventResolutionGraph {
    private EventResolutionGraph() {}

    /** Rewrites these statements for every event still in some article graph, inside the caller's write transaction. */
    public static void write(DatasetGraph dsg, Node resolutionGraph, Iris iris, Collection<EventResolver.KnownEvent> known) {
        for (Node p : new Node[] {Vocab.PREF_LABEL, Vocab.NAME, Vocab.HAS_TIME_STAMP, Vocab.OTHER_DATE}) {
            Set<Node> events = new LinkedHashSet<>();
            dsg.find(resolutionGraph, Node.ANY, p, Node.ANY).forEachRemaining(q -> events.add(q.getSubject()));
            for (Node e : events) if (isEvent(dsg, e)) dsg.deleteAny(resolutionGraph, e, p, Node.ANY);
        }
        Map<Node, EventResolver.KnownEvent> byNode = new HashMap<>();
        for (EventResolver.KnownEvent k : known) byNode.put(iris.node(k.id()), k);
        Set<Node> events = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, Vocab.EVENT).forEachRemaining(q -> events.add(q.getSubject()));
        for (Node e : events) {
            EventResolver.KnownEvent k = byNode.get(e);
            if (k == null) continue;
            if (k.name() != null && !k.name().isBlank()) {
                dsg.add(resolutionGraph, e, Vocab.PREF_LABEL, ArticleGraph.str(k.name()));
                dsg.add(resolutionGraph, e, Vocab.NAME, ArticleGraph.str(k.name()));
            }
            if (k.date() != null) dsg.add(resolutionGraph, e, Vocab.HAS_TIME_STAMP, ArticleGraph.date(k.date()));
            for (LocalDate d : k.otherDates()) dsg.add(resolutionGraph, e, Vocab.OTHER_DATE, ArticleGraph.date(d));
        }
    }

    private static boolean isEvent(DatasetGraph dsg, Node n) {
        return dsg.contains(Node.ANY, n, Vocab.RDF_TYPE, Vocab.EVENT);
    }
}
