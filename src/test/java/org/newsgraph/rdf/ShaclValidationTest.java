package org.newsgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.*;

/** Each shape catches its fault: start from a conforming article graph and break one thing. */
class ShaclValidationTest {
    static final Iris IRIS = new Iris();
    static final Node ARTICLE = IRIS.node("article/test_article");
    static final Node S0 = IRIS.node("statement/s0");

    static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        for (Quad q : ArticleGraph.quads(Fixtures.resolved(), IRIS)) g.add(q.asTriple());
        return g;
    }

    static ShaclValidation.ValidationResult broken(Consumer<Graph> damage) {
        Graph g = graph();
        damage.accept(g);
        return ShaclValidation.validate(g);
    }

    static void assertViolation(ShaclValidation.ValidationResult r, String focusPart, String pathPart) {
        assertFalse(r.conforms(), "should not conform");
        assertTrue(r.violations().stream().anyMatch(l -> l.contains(focusPart) && l.contains(pathPart)), r.text());
    }

    @Test
    void theFixtureConforms() {
        ShaclValidation.ValidationResult r = ShaclValidation.validate(graph());
        assertTrue(r.conforms(), r.text());
        assertTrue(r.violations().isEmpty());
    }

    @Test
    void articleNeedsTextIdentifierAndHashAndOneDate() {
        assertViolation(broken(g -> g.remove(ARTICLE, Vocab.CONTENT_HASH, Node.ANY)), "test_article>", "contentHash");
        assertViolation(broken(g -> g.remove(ARTICLE, Vocab.IDENTIFIER, Node.ANY)), "test_article>", "identifier");
        assertViolation(broken(g -> g.add(Triple.create(ARTICLE, Vocab.DATE_PUBLISHED,
                NodeFactory.createLiteralDT("2024-05-08", XSDDatatype.XSDdate)))), "test_article>", "datePublished");
        assertViolation(broken(g -> {
            g.remove(ARTICLE, Vocab.DATE_PUBLISHED, Node.ANY);
            g.add(Triple.create(ARTICLE, Vocab.DATE_PUBLISHED, NodeFactory.createLiteralString("May 7")));
        }), "test_article>", "datePublished");
    }

    @Test
    void statementNeedsOneKindTextArticleAndTypedSpeaker() {
        assertViolation(broken(g -> g.add(Triple.create(S0, Vocab.RDF_TYPE, Vocab.DIRECT_QUOTE))), "statement/s0", "");
        assertViolation(broken(g -> g.remove(S0, Vocab.RDF_TYPE, Vocab.REPORTED_SPEECH)), "statement/s0", "");
        assertViolation(broken(g -> g.remove(S0, Vocab.TEXT, Node.ANY)), "statement/s0", "text");
        assertViolation(broken(g -> g.remove(S0, Vocab.REPORTED_IN, Node.ANY)), "statement/s0", "reportedIn");
        // a quotation whose speaker is not resolved has no ng:said and still conforms (see ng:said)
        ShaclValidation.ValidationResult speakerless = broken(g -> g.remove(Node.ANY, Vocab.SAID, S0));
        assertTrue(speakerless.conforms(), speakerless.text());
        // a speaker that is none of Person/Organization/AnonymousSource
        assertViolation(broken(g -> g.remove(IRIS.node("person/jane-doe"), Vocab.RDF_TYPE, Vocab.PERSON)), "statement/s0", "said");
        // a bare ng:said object with no type is still checked
        assertViolation(broken(g -> g.add(Triple.create(IRIS.node("person/jane-doe"), Vocab.SAID, IRIS.node("statement/ghost")))),
                "statement/ghost", "");
    }

    @Test
    void agentsAndEventsNeedNamesAndOneTimestamp() {
        assertViolation(broken(g -> g.remove(IRIS.node("place/freedonia"), Vocab.NAME, Node.ANY)), "place/freedonia", "name");
        assertViolation(broken(g -> g.remove(IRIS.node("source/test_article/1"), Vocab.DESCRIPTION, Node.ANY)), "source/test_article/1", "description");
        Node meeting = IRIS.node("event/geneva-meeting");
        // one name per event; the article's date for it is one date
        assertViolation(broken(g -> {
            g.add(Triple.create(meeting, Vocab.NAME, NodeFactory.createLiteralString("Geneva talks")));
            g.add(Triple.create(meeting, Vocab.NAME, NodeFactory.createLiteralString("Geneva meeting")));
        }), "event/geneva-meeting", "name");
        assertViolation(broken(g -> g.add(Triple.create(meeting, Vocab.MENTION_DATE,
                NodeFactory.createLiteralDT("2024-05-02", XSDDatatype.XSDdate)))), "event/geneva-meeting", "mentionDate");
        assertViolation(broken(g -> {
            g.add(Triple.create(meeting, Vocab.HAS_TIME_STAMP, NodeFactory.createLiteralDT("2024-05-02", XSDDatatype.XSDdate)));
            g.add(Triple.create(meeting, Vocab.HAS_TIME_STAMP, NodeFactory.createLiteralDT("2024-05-03", XSDDatatype.XSDdate)));
        }), "event/geneva-meeting", "hasTimeStamp");
    }

    @Test
    void evidenceNeedsOrderedOffsetsAndAnchor() {
        Node ev = IRIS.evidence(ARTICLE, Fixtures.span(Fixtures.S1));
        assertViolation(broken(g -> {
            g.remove(ev, Vocab.BEGIN_INDEX, Node.ANY);
            g.add(Triple.create(ev, Vocab.BEGIN_INDEX, NodeFactory.createLiteralDT("500", XSDDatatype.XSDnonNegativeInteger)));
        }), "char=0,", "beginIndex");
        assertViolation(broken(g -> g.remove(ev, Vocab.ANCHOR_OF, Node.ANY)), "char=0,", "anchorOf");
        // an evidence object that is not a NIF span at all
        assertViolation(broken(g -> g.add(Triple.create(S0, Vocab.EVIDENCE, IRIS.node("nowhere")))), "nowhere", "");
    }

    @Test
    void reportIsOneReadableLinePerResult() {
        ShaclValidation.ValidationResult r = broken(g -> {
            g.remove(S0, Vocab.TEXT, Node.ANY);
            g.remove(ARTICLE, Vocab.CONTENT_HASH, Node.ANY);
        });
        assertEquals(2, r.violations().size(), r.text());
        List<String> lines = r.text().lines().toList();
        assertEquals("2 SHACL violation(s)", lines.get(0));
        for (String l : r.violations()) {
            assertEquals(3, l.split(" \\| ").length, l);
            assertFalse(l.contains("\n"));
        }
    }
}
