package org.newsgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.TurtleWriterSettings;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a dataset in one of the {@link ExportFormat}s (DESIGN.md "Export"). Turtle and TriG are
 * written with RDF4J Rio (prefixes, subjects grouped and sorted, literals with their lexical form
 * as stored: numbers are not abbreviated); N-Triples, N-Quads and JSON-LD 1.1 with Jena RIOT.
 * Turtle and N-Triples hold the union of all graphs (the stored default graph and every named
 * graph) as one graph; which article says what is only kept by TriG, N-Quads and JSON-LD.
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
            case TTL -> rio(org.eclipse.rdf4j.rio.RDFFormat.TURTLE, Map.of(Quad.defaultGraphIRI, union(dsg)), out, pm);
            case TRIG -> rio(org.eclipse.rdf4j.rio.RDFFormat.TRIG, byGraph(dsg), out, pm);
            case NT -> RDFWriter.source(union(dsg)).format(RDFFormat.NTRIPLES_UTF8).output(out);
            case NQ -> RDFWriter.source(storedQuads(dsg)).format(RDFFormat.NQUADS_UTF8).output(out);
            case JSONLD -> {
                DatasetGraph copy = storedQuads(dsg);
                copy.prefixes().putAll(pm);
                RDFWriter.source(copy).format(RDFFormat.JSONLD11_PRETTY).output(out);
            }
        }
    }

    /** Every stored quad: named graphs and the real default graph (not a union view of it). */
    private static List<Quad> quads(DatasetGraph dsg) {
        List<Quad> all = new ArrayList<>();
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
            Quad q = it.next();
            if (q.isUnionGraph()) continue;
            all.add(q.isDefaultGraph() ? Quad.create(Quad.defaultGraphIRI, q.asTriple()) : q);
        }
        return all;
    }

    private static DatasetGraph storedQuads(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.create();
        for (Quad q : quads(dsg)) copy.add(q);
        return copy;
    }

    private static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Quad q : quads(dsg)) g.add(q.asTriple());
        return g;
    }

    private static Map<Node, Graph> byGraph(DatasetGraph dsg) {
        Map<Node, Graph> graphs = new TreeMap<>(Comparator.comparing(Exporter::sortKey));
        for (Quad q : quads(dsg)) graphs.computeIfAbsent(q.getGraph(), n -> GraphFactory.createDefaultGraph()).add(q.asTriple());
        return graphs;
    }

    private static void rio(org.eclipse.rdf4j.rio.RDFFormat format, Map<Node, Graph> graphs, OutputStream out,
                            PrefixMap pm) {
        ValueFactory vf = SimpleValueFactory.getInstance();
        org.eclipse.rdf4j.rio.RDFWriter w = Rio.createWriter(format, out);
        w.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        w.getWriterConfig().set(BasicWriterSettings.INLINE_BLANK_NODES, false);
        w.getWriterConfig().set(TurtleWriterSettings.ABBREVIATE_NUMBERS, false);
        w.startRDF();
        new TreeMap<>(pm.getMapping()).forEach(w::handleNamespace);
        for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
            Resource ctx = Quad.isDefaultGraph(e.getKey()) ? null : (Resource) toRio(vf, e.getKey());
            // sort once on precomputed keys: subjects grouped (rdf:type first), stable output
            List<Map.Entry<String, Triple>> keyed = new ArrayList<>();
            e.getValue().find().forEachRemaining(t -> keyed.add(Map.entry(sortKey(t.getSubject()) + '\u0001'
                    + (t.getPredicate().equals(Vocab.RDF_TYPE) ? "" : sortKey(t.getPredicate())) + '\u0001'
                    + sortKey(t.getObject()), t)));
            keyed.sort(Map.Entry.comparingByKey());
            for (Map.Entry<String, Triple> k : keyed) {
                Triple t = k.getValue();
                w.handleStatement(vf.createStatement((Resource) toRio(vf, t.getSubject()),
                        (IRI) toRio(vf, t.getPredicate()), toRio(vf, t.getObject()), ctx));
            }
        }
        w.endRDF();
    }

    /** Sort key: default graph first, then IRIs, blank nodes, literals by lexical form. */
    private static String sortKey(Node n) {
        if (Quad.isDefaultGraph(n)) return "";
        if (n.isURI()) return "1" + n.getURI();
        if (n.isBlank()) return "2" + n.getBlankNodeLabel();
        if (n.isLiteral()) return "3" + n.getLiteralLexicalForm() + "\u0000" + n.getLiteralDatatypeURI() + "@" + n.getLiteralLanguage();
        return "4" + n;
    }

    /** Jena node -> RDF4J value, lexical forms, datatypes and language tags kept as they are. */
    static Value toRio(ValueFactory vf, Node n) {
        if (n.isURI()) return vf.createIRI(n.getURI());
        if (n.isBlank()) {
            BNode b = vf.createBNode(n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "_"));
            return b;
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return vf.createLiteral(n.getLiteralLexicalForm(), lang);
            return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("cannot export node " + n);
    }
}
