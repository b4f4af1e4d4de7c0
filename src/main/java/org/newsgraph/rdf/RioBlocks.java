package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.TurtleWriterSettings;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turtle and TriG through RDF4J Rio, one block at a time: a whole graph (TriG) or one subject
 * (Turtle) is held and sorted (subjects grouped, rdf:type first), the rest streams. Prefixes are
 * declared once; literals keep their lexical form as stored (numbers are not abbreviated).
 */
final class RioBlocks {
    private final RDFWriter w;
    private final ValueFactory vf = SimpleValueFactory.getInstance();

    private RioBlocks(RDFFormat format, OutputStream out, PrefixMap pm) {
        w = Rio.createWriter(format, out);
        w.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        w.getWriterConfig().set(BasicWriterSettings.INLINE_BLANK_NODES, false);
        w.getWriterConfig().set(TurtleWriterSettings.ABBREVIATE_NUMBERS, false);
        w.startRDF();
        new TreeMap<>(pm.getMapping()).forEach(w::handleNamespace);
    }

    static RioBlocks turtle(OutputStream out, PrefixMap pm) { return new RioBlocks(RDFFormat.TURTLE, out, pm); }

    static RioBlocks trig(OutputStream out, PrefixMap pm) { return new RioBlocks(RDFFormat.TRIG, out, pm); }

    /** Writes one graph (null: the default graph), sorted in memory: only this graph is held. */
    void graph(Node graph, Iterator<Quad> quads) {
        List<Triple> triples = new ArrayList<>();
        quads.forEachRemaining(q -> triples.add(q.asTriple()));
        write(graph, triples);
    }

    /** Writes triples that arrive grouped by subject, holding one subject's triples at a time. */
    void subjects(Node graph, Iterator<Triple> triples) {
        List<Triple> block = new ArrayList<>();
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (!block.isEmpty() && !block.get(0).getSubject().equals(t.getSubject())) {
                write(graph, block);
                block.clear();
            }
            block.add(t);
        }
        write(graph, block);
    }

    void end() { w.endRDF(); }

    private void write(Node graph, List<Triple> triples) {
        if (triples.isEmpty()) return;
        Resource ctx = graph == null || Quad.isDefaultGraph(graph) ? null : (Resource) toRio(vf, graph);
        // sort once on precomputed keys: subjects grouped (rdf:type first), stable output
        List<Map.Entry<String, Triple>> keyed = new ArrayList<>(triples.size());
        for (Triple t : triples) keyed.add(Map.entry(sortKey(t), t));
        keyed.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, Triple> k : keyed) {
            Triple t = k.getValue();
            w.handleStatement(vf.createStatement((Resource) toRio(vf, t.getSubject()),
                    (IRI) toRio(vf, t.getPredicate()), toRio(vf, t.getObject()), ctx));
        }
    }

    static String sortKey(Triple t) {
        return sortKey(t.getSubject()) + '\u0001' + (t.getPredicate().equals(Vocab.RDF_TYPE) ? "" : sortKey(t.getPredicate()))
                + '\u0001' + sortKey(t.getObject());
    }

    /** Sort key: default graph first, then IRIs, blank nodes, literals by lexical form. */
    static String sortKey(Node n) {
        if (Quad.isDefaultGraph(n)) return "";
        if (n.isURI()) return "1" + n.getURI();
        if (n.isBlank()) return "2" + n.getBlankNodeLabel();
        if (n.isLiteral()) return "3" + n.getLiteralLexicalForm() + "\u0000" + n.getLiteralDatatypeURI() + "@" + n.getLiteralLanguage();
        return "4" + n;
    }

    /** Jena node -> RDF4J value, lexical forms, datatypes and language tags kept as they are. */
    static Value toRio(ValueFactory vf, Node n) {
        if (n.isURI()) return vf.createIRI(n.getURI());
        if (n.isBlank()) return vf.createBNode(n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "_"));
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return vf.createLiteral(n.getLiteralLexicalForm(), lang);
            return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("cannot export node " + n);
    }
}
