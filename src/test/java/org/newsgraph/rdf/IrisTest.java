package org.newsgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Span;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class IrisTest {
    final Iris iris = new Iris();

    static final List<String> NASTY = List.of(Fixtures.MALICIOUS, "a b", "tab\there", "line\nbreak", "<>\"{}|\\^`",
            "what?", "frag#ment", "it's", "Zoë Київ", "100%", "x%20y", "}", "\u0000ctl", "emoji\uD83D\uDE00");

    @Test
    void eachSegmentIsPercentEncodedAndSlashesSeparateSegments() {
        assertEquals("https://w3id.org/newsgraph/id/person/donald-trump", iris.node("person/donald-trump").getURI());
        assertEquals("https://w3id.org/newsgraph/id/person/x%3E%20%3Cy%3E%20%22z%22%20.%20%23",
                iris.node("person/" + Fixtures.MALICIOUS).getURI());
        assertEquals("https://w3id.org/newsgraph/id/place/zo%C3%AB", iris.node("place/zoë").getURI());
        assertEquals("https://w3id.org/newsgraph/id/x/100%25", iris.node("x/100%").getURI(), "a '%' never decodes to something else");
        assertEquals("https://w3id.org/newsgraph/id/x/%2E%2E/y", iris.node("x/../y").getURI(), "no dot-segment removal");
        assertNotEquals(iris.node("a/b"), iris.node("a%2Fb"));
        assertThrows(IllegalArgumentException.class, () -> iris.node(""));
    }

    @Test
    void everyNastyNameGivesAValidAbsoluteIriWithOnlySafeCharacters() {
        for (String name : NASTY) {
            String uri = iris.node("person/" + name).getURI();
            assertTrue(uri.matches("[A-Za-z0-9\\-._~:/%]+"), uri);
            IRIx parsed = IRIx.create(uri);
            assertTrue(parsed.isAbsolute());
            assertEquals(uri, parsed.str());
        }
    }

    @Test
    void baseGraphAndEvidenceIris() {
        Iris other = new Iris("http://example.org/data");
        assertEquals("http://example.org/data/", other.base());
        assertEquals("http://example.org/data/graph/resolution", other.resolutionGraph().getURI());
        Node a = other.node("article/abc");
        assertEquals("http://example.org/data/article/abc#char=12,40", other.evidence(a, new Span(12, 40)).getURI());
        assertThrows(IllegalArgumentException.class, () -> new Iris("not a base"));
        assertThrows(IllegalArgumentException.class, () -> new Iris("relative/path/"));
        assertThrows(IllegalArgumentException.class, () -> new Iris("http://example.org/x#"));
    }

    @Test
    void nastyIrisRoundTripThroughTurtleAndNTriplesInBothLibraries() {
        Graph g = GraphFactory.createDefaultGraph();
        Node p = NodeFactory.createURI(Vocab.SCHEMA + "name");
        for (String name : NASTY) {
            Node s = iris.node("person/" + name);
            g.add(Triple.create(s, p, NodeFactory.createLiteralString(name)));
            g.add(Triple.create(s, Vocab.SAID, iris.evidence(s, new Span(0, 3))));
        }
        for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, g, lang);
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).parse(back);
            assertTrue(g.isIsomorphicWith(back), lang.toString());
            // and the other library reads what Jena wrote (N-Triples is a subset of Turtle)
            Model m = assertDoesNotThrow(() -> Rio.parse(new ByteArrayInputStream(out.toByteArray()), "", RDFFormat.TURTLE));
            assertEquals(g.size(), m.size(), lang.toString());
        }
        // a SPARQL query built with the IRI parses and keeps it whole
        Node s = iris.node("person/" + Fixtures.MALICIOUS);
        Query q = QueryFactory.create("SELECT ?o { " + FmtUtils.stringForNode(s) + " ?p ?o }");
        assertTrue(q.toString().contains(s.getURI()));
        assertEquals(1, q.getProjectVars().size());
    }
}
