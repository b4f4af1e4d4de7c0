package org.newsgraph.rdf;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Writes a dataset in one of the {@link ExportFormat}s (DESIGN.md "Export"), streaming from the
 * store inside one read transaction so a database larger than the heap exports in constant memory:
 * <ul>
 * <li>N-Quads: every stored quad straight from the indexes through Jena's {@link StreamRDFWriter};</li>
 * <li>N-Triples: the union of all graphs, each triple once (TDB2's union graph is read from a
 *     subject-first index, so duplicates across graphs are adjacent and dropped as they stream);</li>
 * <li>TriG: one graph at a time (only that graph in memory, sorted) through RDF4J Rio;</li>
 * <li>Turtle: the union, one subject block at a time (sorted inside the block) through Rio;</li>
 * <li>JSON-LD 1.1: in memory (Jena's JSON-LD writer needs the whole dataset), for small exports.</li>
 * </ul>
 * Turtle and N-Triples hold the union of all graphs (the stored default graph and every named graph)
 * as one graph; which article says what is only kept by TriG, N-Quads and JSON-LD. On a TDB2
 * database subjects and graphs come in store order; other (in-memory) datasets are sorted.
 */
public final class Exporter {
    private Exporter() {}

    public static void write(DatasetGraph dsg, ExportFormat format, OutputStream out, PrefixMap prefixes) {
        PrefixMap pm = prefixes != null ? prefixes : Vocab.prefixMap();
        if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
            Txn.executeRead(dsg, () -> writeInTxn(dsg, format, out, pm));
        } else {
            writeInTxn(dsg, format, out, pm);
        }
    }

    private static void writeInTxn(DatasetGraph dsg, ExportFormat format, OutputStream out, PrefixMap pm) {
        switch (format) {
            case NQ -> {
                QuadSink sink = QuadSink.of(StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8));
                sink.start();
                storedQuads(dsg).forEachRemaining(sink::quad);
                sink.finish();
            }
            case NT -> {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES_UTF8);
                w.start();
                unionTriples(dsg).forEachRemaining(w::triple);
                w.finish();
            }
            case TTL -> {
                RioBlocks rio = RioBlocks.turtle(out, pm);
                rio.subjects(null, unionTriples(dsg));
                rio.end();
            }
            case TRIG -> {
                RioBlocks rio = RioBlocks.trig(out, pm);
                rio.graph(null, dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY));
                for (Iterator<Node> it = graphNames(dsg); it.hasNext(); ) {
                    Node g = it.next();
                    rio.graph(g, dsg.find(g, Node.ANY, Node.ANY, Node.ANY));
                }
                rio.end();
            }
            case JSONLD -> {
                DatasetGraph copy = DatasetGraphFactory.create();
                storedQuads(dsg).forEachRemaining(copy::add);
                copy.prefixes().putAll(pm);
                RDFWriter.source(copy).format(RDFFormat.JSONLD11_PRETTY).output(out);
            }
        }
    }

    /** Every stored quad, lazily: named graphs and the real default graph (not a union view of it). */
    public static Iterator<Quad> storedQuads(DatasetGraph dsg) {
        Iterator<Quad> it = dsg.find();
        return new Iterator<Quad>() {
            Quad next = advance();

            private Quad advance() {
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (q.isUnionGraph()) continue;
                    return q.isDefaultGraph() ? Quad.create(Quad.defaultGraphIRI, q.asTriple()) : q;
                }
                return null;
            }

            @Override public boolean hasNext() { return next != null; }

            @Override public Quad next() {
                Quad q = next;
                next = advance();
                return q;
            }
        };
    }

    /**
     * The union of all stored triples, each once. On TDB2 the union graph streams from a subject-first
     * index (grouped by subject, distinct); stored default-graph triples also in a named graph are
     * skipped. Other datasets are small: collected and sorted in memory.
     */
    static Iterator<Triple> unionTriples(DatasetGraph dsg) {
        if (TDBInternal.isTDB2(dsg)) {
            Iterator<Triple> named = Iter.map(dsg.find(Quad.unionGraph, Node.ANY, Node.ANY, Node.ANY), Quad::asTriple);
            Iterator<Triple> dft = Iter.filter(Iter.map(dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY),
                    Quad::asTriple), t -> !dsg.contains(Quad.unionGraph, t.getSubject(), t.getPredicate(), t.getObject()));
            return Iter.concat(named, dft);
        }
        Graph g = GraphFactory.createDefaultGraph();
        storedQuads(dsg).forEachRemaining(q -> g.add(q.asTriple()));
        List<Triple> all = new ArrayList<>(g.find().toList());
        all.sort(Comparator.comparing((Triple t) -> RioBlocks.sortKey(t)));
        return all.iterator();
    }

    /** Named graphs: lazily in store order on TDB2, sorted otherwise. */
    static Iterator<Node> graphNames(DatasetGraph dsg) {
        if (TDBInternal.isTDB2(dsg)) return dsg.listGraphNodes();
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing((Node n) -> RioBlocks.sortKey(n)));
        return names.iterator();
    }
}
