package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.resolve.EventResolver;

import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.sparql.core.Quad;
import java.util.LinkedHashSet;
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
        Set<Node> present = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, Vocab.EVENT).forEachRemaining(q -> present.add(q.getSubject()));
        for (Quad q : quads(known, iris, resolutionGraph, present::contains)) dsg.add(q);
    }

    /** The statements for each known event that {@code present} accepts, in the order of {@code known}. */
    public static List<Quad> quads(Collection<EventResolver.KnownEvent> known, Iris iris, Node resolutionGraph,
                                   Predicate<Node> present) {
        List<Quad> out = new ArrayList<>();
        Set<Node> done = new HashSet<>();
        for (EventResolver.KnownEvent k : known) {
            Node e = iris.node(k.id());
            if (!present.test(e) || !done.add(e)) continue;
            if (k.name() != null && !k.name().isBlank()) {
                out.add(new Quad(resolutionGraph, e, Vocab.PREF_LABEL, ArticleGraph.str(k.name())));
                out.add(new Quad(resolutionGraph, e, Vocab.NAME, ArticleGraph.str(k.name())));
            }
            if (k.date() != null) out.add(new Quad(resolutionGraph, e, Vocab.HAS_TIME_STAMP, ArticleGraph.date(k.date())));
            for (LocalDate d : k.otherDates()) out.add(new Quad(resolutionGraph, e, Vocab.OTHER_DATE, ArticleGraph.date(d)));
        }
        return out;
    }

    private static boolean isEvent(DatasetGraph dsg, Node n) {
        return dsg.contains(Node.ANY, n, Vocab.RDF_TYPE, Vocab.EVENT);
    }
}
