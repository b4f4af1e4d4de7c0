package org.newsgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.link.EntityLink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** Every export format is read back by the other library (or Jena, where Rio lacks the parser) and compared. */
class ExporterTest {
    static final Iris IRIS = new Iris();
    static DatasetGraph dsg;

    @BeforeAll
    static void build() {
        dsg = DatasetGraphFactory.createTxnMem();
        fill(dsg);
    }

    static void fill(DatasetGraph d) {
        ArticleGraph.quads(Fixtures.resolved(), IRIS).forEach(d::add);
        ArticleGraph.resolutionQuads(List.of(new EntityLink("person/jane-doe", "Q42", 0.95, "gazetteer")), IRIS).forEach(d::add);
        Node g = IRIS.node("article/other");
        Node s = IRIS.node("person/" + Fixtures.MALICIOUS);
        Node note = NodeFactory.createURI(Vocab.SCHEMA + "description");
        d.add(g, s, note, NodeFactory.createLiteralString("He said \"no\" \\ and 'yes'\nthen left.\r\n\ttab"));
        d.add(g, s, note, NodeFactory.createLiteralLang("Київ — Zoë's café", "uk"));
        d.add(g, s, note, NodeFactory.createLiteralLang("colour", "en-GB"));
        d.add(g, s, note, NodeFactory.createLiteralString("\"\"\"triple quotes\"\"\" and ''' too"));
        d.add(g, s, Vocab.STATED_ON, NodeFactory.createLiteralDT("2025-03-05", XSDDatatype.XSDdate));
        d.add(g, s, Vocab.LINK_CONFIDENCE, NodeFactory.createLiteralDT("0.950", XSDDatatype.XSDdecimal));
        d.add(g, s, Vocab.BEGIN_INDEX, NodeFactory.createLiteralDT("007", XSDDatatype.XSDinteger));
        d.add(g, s, Vocab.END_INDEX, NodeFactory.createLiteralDT("1.5E3", XSDDatatype.XSDdouble));
        // a triple in the stored default graph, too
        d.getDefaultGraph().add(s, Vocab.NAME, NodeFactory.createLiteralString(Fixtures.MALICIOUS));
    }

    static byte[] export(DatasetGraph d, ExportFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(d, f, out, Vocab.prefixMap());
        return out.toByteArray();
    }

    /** All stored triples of the dataset as one graph. */
    static Graph union(DatasetGraph d) {
        Graph u = GraphFactory.createDefaultGraph();
        Txn.executeRead(d, () -> d.find().forEachRemaining(q -> u.add(q.asTriple())));
        return u;
    }

    static void assertSameDataset(DatasetGraph expected, DatasetGraph actual) {
        Txn.executeRead(expected, () -> {
            Set<String> eNames = names(expected), aNames = names(actual);
            assertEquals(eNames, aNames);
            assertTrue(expected.getDefaultGraph().isIsomorphicWith(actual.getDefaultGraph()), "default graph");
            for (Iterator<Node> it = expected.listGraphNodes(); it.hasNext(); ) {
                Node gn = it.next();
                assertTrue(expected.getGraph(gn).isIsomorphicWith(actual.getGraph(gn)), gn.getURI());
            }
        });
    }

    static Set<String> names(DatasetGraph d) {
        Set<String> s = new TreeSet<>();
        d.listGraphNodes().forEachRemaining(n -> s.add(n.getURI()));
        return s;
    }

    @Test
    void turtleWrittenByRioIsReadByJena() {
        byte[] ttl = export(dsg, ExportFormat.TTL);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ttl)).lang(Lang.TURTLE).parse(back);
        Graph expected = union(dsg);
        assertTrue(expected.isIsomorphicWith(back));
        assertTrue(back.contains(IRIS.node("person/" + Fixtures.MALICIOUS), Vocab.NAME, Node.ANY), "default graph included");

        String text = new String(ttl, StandardCharsets.UTF_8);
        assertTrue(text.contains("@prefix ng: <" + Vocab.NG + ">"), "prefixes declared");
        assertTrue(text.contains("ng:said"), "prefixed names used");
        assertTrue(text.contains("\"0.950\"^^xsd:decimal"), "decimal as written");
        assertTrue(text.contains("\"007\"^^xsd:integer"), "integer as written");
        assertTrue(text.contains("\"2025-03-05\"^^xsd:date"));
        // subjects grouped: each subject starts exactly one block
        String s0 = "<" + IRIS.node("statement/s0").getURI() + ">";
        assertEquals(1, text.lines().filter(l -> l.startsWith(s0)).count(), text);
    }

    @Test
    void trigWrittenByRioIsReadByJena() {
        byte[] trig = export(dsg, ExportFormat.TRIG);
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(trig)).lang(Lang.TRIG).parse(back);
        assertSameDataset(dsg, back);
        assertEquals(3, names(back).size(), "two articles and the resolution graph");
    }

    @Test
    void nTriplesWrittenByJenaIsReadByRio() throws Exception {
        byte[] nt = export(dsg, ExportFormat.NT);
        // rdf4j-rio-ntriples is not on the classpath; N-Triples is a subset of Turtle, so Rio's Turtle parser reads it
        Model m = Rio.parse(new ByteArrayInputStream(nt), "", RDFFormat.TURTLE);
        Graph back = GraphFactory.createDefaultGraph();
        for (Statement st : m) back.add(toJena(st.getSubject()), toJena(st.getPredicate()), toJena(st.getObject()));
        assertTrue(union(dsg).isIsomorphicWith(back));
        String text = new String(nt, StandardCharsets.UTF_8);
        assertFalse(text.contains("@prefix"));
        assertTrue(text.contains("Київ"), "UTF-8, not \\u escapes");
    }

    @Test
    void nQuadsWrittenByJenaIsReadBack() {
        // rdf4j-rio-nquads is not on the classpath, so Jena reads the N-Quads back
        byte[] nq = export(dsg, ExportFormat.NQ);
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(nq)).lang(Lang.NQUADS).parse(back);
        assertSameDataset(dsg, back);
    }

    @Test
    void jsonLdWrittenByJenaIsReadBack() {
        // rdf4j-rio-jsonld is not on the classpath, so Jena reads the JSON-LD 1.1 back
        byte[] jsonld = export(dsg, ExportFormat.JSONLD);
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(jsonld)).lang(Lang.JSONLD11).parse(back);
        assertSameDataset(dsg, back);
        assertTrue(new String(jsonld, StandardCharsets.UTF_8).contains("\"@context\""));
    }

    @Test
    void tdb2WithUnionDefaultGraphExportsEachTripleOnce() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph(); // in-memory TDB2
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(tdb, () -> fill(tdb));
        // TDB2 stores numbers by value ("0.950" comes back as "0.95"): compare with what it holds
        DatasetGraph stored = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(tdb, () -> tdb.find().forEachRemaining(stored::add));
        assertEquals(3, names(stored).size());
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(export(tdb, ExportFormat.TRIG))).lang(Lang.TRIG).parse(back);
        assertSameDataset(stored, back);
        assertFalse(back.getDefaultGraph().isEmpty(), "the stored default graph, not the union");
        assertTrue(back.getDefaultGraph().size() < 5);
        Graph ttl = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(export(tdb, ExportFormat.TTL))).lang(Lang.TURTLE).parse(ttl);
        assertTrue(union(stored).isIsomorphicWith(ttl));
    }

    @Test
    void tdb2NTriplesAndNQuadsStreamEachTripleOrQuadOnce() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(tdb, () -> {
            fill(tdb);
            // the same triple in two more graphs and in the stored default graph: still one N-Triples line
            Node s = IRIS.node("person/jane-doe");
            for (String g : List.of("article/x1", "article/x2"))
                tdb.add(IRIS.node(g), s, Vocab.NAME, NodeFactory.createLiteralString("Jane Doe"));
            tdb.getDefaultGraph().add(s, Vocab.NAME, NodeFactory.createLiteralString("Jane Doe"));
        });
        Set<String> distinctTriples = new TreeSet<>();
        long[] quads = {0};
        Txn.executeRead(tdb, () -> tdb.find().forEachRemaining(q -> {
            quads[0]++;
            distinctTriples.add(q.asTriple().toString());
        }));
        String nt = new String(export(tdb, ExportFormat.NT), StandardCharsets.UTF_8);
        assertEquals(distinctTriples.size(), nt.lines().filter(l -> !l.isBlank()).count(), "each triple once");
        String nq = new String(export(tdb, ExportFormat.NQ), StandardCharsets.UTF_8);
        assertEquals(quads[0], nq.lines().filter(l -> !l.isBlank()).count(), "each stored quad once");
        String ttl = new String(export(tdb, ExportFormat.TTL), StandardCharsets.UTF_8);
        String jane = "<" + IRIS.node("person/jane-doe").getURI() + ">";
        assertEquals(1, ttl.lines().filter(l -> l.startsWith(jane)).count(), "one block per subject when streaming");
    }

    @Test
    void formatNames() {
        assertEquals(ExportFormat.TTL, ExportFormat.parse("turtle"));
        assertEquals(ExportFormat.JSONLD, ExportFormat.parse("JSON-LD"));
        assertEquals(ExportFormat.NQ, ExportFormat.parse("nq"));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("rdfxml"));
    }

    static Node toJena(Value v) {
        if (v instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b) return NodeFactory.createBlankNode(b.getID());
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        return NodeFactory.createLiteralDT(l.getLabel(), org.apache.jena.datatypes.TypeMapper.getInstance()
                .getSafeTypeByName(l.getDatatype().stringValue()));
    }
}
