package org.newsgraph.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A VoID description of the whole database, kept in its own named graph ({@link Iris#statisticsGraph})
 * and replaced as a whole at the end of every build and load: the entities per class, the outlets,
 * the publication date range, per speaker the number of statements ({@code ng:statementCount}), and per
 * event the number of articles reporting it and the first date it was reported.
 *
 * <p>Why: counting distinct entities over the union graph touches every article graph, which takes
 * seconds to minutes on a large database; the explorer's start page reads these few quads instead, so
 * it paints in well under a second whatever the corpus size. The numbers are those of the last build
 * or load; a SPARQL update (only possible with {@code serve --allow-update}) does not refresh them.
 * Every IRI is minted under the base and every value is derived from the data, so two builds of the
 * same corpus give the same quads.
 */
public final class CorpusStatistics {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final Node DATASET = NodeFactory.createURI(VOID + "Dataset");
    static final Node CLASS_PARTITION = NodeFactory.createURI(VOID + "classPartition");
    static final Node CLASS = NodeFactory.createURI(VOID + "class");
    static final Node ENTITIES = NodeFactory.createURI(VOID + "entities");

    /** The classes the start page counts, under the names their partition IRIs get. */
    private static final Map<String, Node> CLASSES = new LinkedHashMap<>();
    static {
        CLASSES.put("NewsArticle", Vocab.NEWS_ARTICLE);
        CLASSES.put("Person", Vocab.PERSON);
        CLASSES.put("Organization", Vocab.ORGANIZATION);
        CLASSES.put("Place", Vocab.PLACE);
        CLASSES.put("AnonymousSource", Vocab.ANONYMOUS_SOURCE);
        CLASSES.put("Statement", Vocab.STATEMENT);
        CLASSES.put("Event", Vocab.EVENT);
    }

    private CorpusStatistics() {}

    /** Recomputes the description inside the caller's write transaction; returns the quads written. */
    public static int write(DatasetGraph dsg, Iris iris) {
        Node g = iris.statisticsGraph();
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        Node ds = iris.node("statistics");
        int n = 0;
        n += add(dsg, g, ds, Vocab.RDF_TYPE, DATASET);
        Set<Node> articles = distinctSubjects(dsg, g, Vocab.NEWS_ARTICLE);
        for (var c : CLASSES.entrySet()) {
            Node part = iris.node("statistics/class/" + c.getKey());
            Set<Node> entities = c.getValue().equals(Vocab.NEWS_ARTICLE) ? articles : distinctSubjects(dsg, g, c.getValue());
            n += add(dsg, g, ds, CLASS_PARTITION, part);
            n += add(dsg, g, part, CLASS, c.getValue());
            n += add(dsg, g, part, ENTITIES, integer(entities.size()));
        }
        Set<Node> outlets = new HashSet<>();
        Map<Node, String> earliest = new HashMap<>();    // per article, its earliest date
        String first = null, last = null;
        for (Node a : articles) {
            dsg.find(Node.ANY, a, Vocab.PUBLISHER, Node.ANY).forEachRemaining(q -> outlets.add(q.getObject()));
            for (Iterator<Quad> it = dsg.find(Node.ANY, a, Vocab.DATE_PUBLISHED, Node.ANY); it.hasNext(); ) {
                Node d = it.next().getObject();
                if (!d.isLiteral()) continue;
                String v = d.getLiteralLexicalForm();             // xsd:date: lexical order is date order
                earliest.merge(a, v, CorpusStatistics::earlier);
                if (first == null || v.compareTo(first) < 0) first = v;
                if (last == null || v.compareTo(last) > 0) last = v;
            }
        }
        n += add(dsg, g, ds, Vocab.ng("outletCount"), integer(outlets.size()));
        if (first != null) {
            n += add(dsg, g, ds, Vocab.ng("firstPublished"), NodeFactory.createLiteralDT(first, XSDDatatype.XSDdate));
            n += add(dsg, g, ds, Vocab.ng("lastPublished"), NodeFactory.createLiteralDT(last, XSDDatatype.XSDdate));
        }
        n += eventReporting(dsg, g, articles, earliest);
        for (var e : statementsPerSpeaker(dsg, g).entrySet())
            n += add(dsg, g, e.getKey(), Vocab.ng("statementCount"), integer(e.getValue().size()));
        return n;
    }

    /**
     * Per event, the number of articles whose graph states it ({@code ng:articleCount}) and the
     * earliest publication date among them ({@code ng:firstReported}), for the events view.
     */
    private static int eventReporting(DatasetGraph dsg, Node g, Set<Node> articles, Map<Node, String> earliest) {
        Map<Node, Integer> count = new HashMap<>();
        Map<Node, String> first = new HashMap<>();
        for (Node a : articles) {
            String date = earliest.get(a);
            for (Iterator<Quad> it = dsg.find(a, Node.ANY, Vocab.RDF_TYPE, Vocab.EVENT); it.hasNext(); ) {
                Node e = it.next().getSubject();
                count.merge(e, 1, Integer::sum);
                if (date != null) first.merge(e, date, CorpusStatistics::earlier);
            }
        }
        int n = 0;
        for (var e : count.entrySet()) {
            n += add(dsg, g, e.getKey(), Vocab.ng("articleCount"), integer(e.getValue()));
            String d = first.get(e.getKey());
            if (d != null) n += add(dsg, g, e.getKey(), Vocab.ng("firstReported"), NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate));
        }
        return n;
    }

    private static String earlier(String a, String b) { return a.compareTo(b) <= 0 ? a : b; }

    /** Subjects typed {@code type} in any graph but the statistics graph, each once. */
    private static Set<Node> distinctSubjects(DatasetGraph dsg, Node statistics, Node type) {
        Set<Node> out = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, type).forEachRemaining(q -> {
            if (!q.getGraph().equals(statistics)) out.add(q.getSubject());
        });
        return out;
    }

    private static Map<Node, Set<Node>> statementsPerSpeaker(DatasetGraph dsg, Node statistics) {
        Map<Node, Set<Node>> out = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.SAID, Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(statistics)) out.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(q.getObject());
        });
        return out;
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    private static int add(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        dsg.add(g, s, p, o);
        return 1;
    }

    /** The class names counted, for documentation and tests. */
    static List<String> classNames() { return List.copyOf(CLASSES.keySet()); }
}
