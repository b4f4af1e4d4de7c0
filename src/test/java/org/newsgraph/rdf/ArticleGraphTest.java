package org.newsgraph.rdf;

import org.newsgraph.text.Hashes;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Span;
import org.newsgraph.link.EntityLink;
import org.newsgraph.resolve.ResolvedArticle;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ArticleGraphTest {
    static final Iris IRIS = new Iris();
    static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX id: <https://w3id.org/newsgraph/id/>
            """;

    static ResolvedArticle ra;
    static List<Quad> quads;
    static DatasetGraph dsg;
    static Node article;

    @BeforeAll
    static void build() {
        ra = Fixtures.resolved();
        quads = ArticleGraph.quads(ra, IRIS);
        dsg = DatasetGraphFactory.createTxnMem();
        quads.forEach(dsg::add);
        article = IRIS.node("article/test_article");
    }

    static List<QuerySolution> select(String body) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(PREFIXES + body).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }

    static boolean ask(String body) {
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(PREFIXES + body).build()) {
            return qe.execAsk();
        }
    }

    @Test
    void theArticleSaysWhereItCameFromAndWhatMakesItTheSame() {
        assertTrue(ask("ASK { GRAPH ?a { ?a a schema:NewsArticle ; <http://www.w3.org/ns/prov#wasDerivedFrom> "
                + "<https://news.example.org/a/1> ; ng:sourceKey \"https://news.example.org/a/1\" } }"));
    }

    @Test
    void everythingLivesInTheArticleGraphWithoutBlankNodes() {
        assertFalse(quads.isEmpty());
        for (Quad q : quads) {
            assertEquals(article, q.getGraph(), q.toString());
            assertFalse(q.getSubject().isBlank() || q.getObject().isBlank(), q.toString());
        }
        assertEquals(quads.size(), quads.stream().distinct().count(), "no duplicate quads");
    }

    @Test
    void articleMetadata() {
        assertTrue(ask("""
                ASK { GRAPH id:article%2Ftest_article { } }""".replace("id:article%2Ftest_article", "<" + article.getURI() + ">")));
        List<QuerySolution> rows = select("""
                SELECT * { GRAPH ?a { ?a a schema:NewsArticle ; schema:identifier ?id ; schema:headline ?h ;
                  schema:datePublished ?d ; schema:text ?text ; ng:contentHash ?hash ;
                  schema:publisher [ a schema:Organization ; schema:name ?pub ] ;
                  schema:author [ a schema:Person ; schema:name ?author ] ; schema:url ?url } }""");
        assertEquals(1, rows.size());
        QuerySolution r = rows.get(0);
        assertEquals("test_article", r.getLiteral("id").getString());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", r.getLiteral("d").getDatatypeURI());
        assertEquals("2024-05-07", r.getLiteral("d").getLexicalForm());
        assertEquals(Fixtures.TEXT, r.getLiteral("text").getString());
        assertEquals(Hashes.sha256Hex(Fixtures.TEXT), r.getLiteral("hash").getString());
        assertEquals("The Daily Example", r.getLiteral("pub").getString());
        assertEquals("Sam Writer", r.getLiteral("author").getString());
        assertEquals("https://news.example.org/a/1", r.getResource("url").getURI());
        List<QuerySolution> mentioned = select("SELECT ?e { GRAPH ?g { ?a schema:mentions ?e } }");
        assertEquals(5, mentioned.size(), "every agent of the article is mentioned");
    }

    @Test
    void agentsWithNamesAlternateNamesAndTitles() {
        List<QuerySolution> rows = select("""
                SELECT ?alt ?title { GRAPH ?g { id:person%2Fjane-doe a schema:Person ; schema:name "Jane Doe" ;
                  schema:alternateName ?alt ; schema:jobTitle ?title } }""".replace("id:person%2Fjane-doe", "<" + IRIS.node("person/jane-doe").getURI() + ">"));
        assertEquals(1, rows.size());
        assertEquals("Doe", rows.get(0).getLiteral("alt").getString());
        assertEquals("foreign minister", rows.get(0).getLiteral("title").getString());
        assertTrue(ask("ASK { GRAPH ?g { ?p a schema:Place ; schema:name \"Freedonia\" } }"));
        assertFalse(ask("ASK { GRAPH ?g { ?p a schema:Organization ; schema:jobTitle ?t } }"), "titles only for people");
    }

    @Test
    void whoSaidWhatReportedWhere() {
        List<QuerySolution> rows = select("""
                SELECT ?text ?kind ?cue { GRAPH ?g { ?sp a schema:Person ; schema:name "Jane Doe" ; ng:said ?st .
                  ?st a ng:Statement, ?kind ; ng:reportedIn ?g ; schema:text ?text ; ng:cue ?cue .
                  FILTER(?kind != ng:Statement) } } ORDER BY ?text""");
        assertEquals(2, rows.size());
        assertEquals("Acme Corp told us 'prices will rise'", rows.get(0).getLiteral("text").getString());
        assertEquals(Vocab.NG + "DirectQuote", rows.get(0).getResource("kind").getURI());
        assertEquals("talks would resume", rows.get(1).getLiteral("text").getString());
        assertEquals(Vocab.NG + "ReportedSpeech", rows.get(1).getResource("kind").getURI());
        assertEquals("tell", rows.get(1).getLiteral("cue").getString());
        // every statement has exactly one kind
        assertFalse(ask("""
                ASK { GRAPH ?g { ?st a ng:Statement, ?k1, ?k2 . VALUES ?k1 { ng:DirectQuote ng:PartialQuote ng:ReportedSpeech }
                  VALUES ?k2 { ng:DirectQuote ng:PartialQuote ng:ReportedSpeech } FILTER(?k1 != ?k2) } }"""));
    }

    @Test
    void statedToIsTheAgentWhenNamedElseWords() {
        List<QuerySolution> rows = select("""
                SELECT ?to { GRAPH ?g { ?st schema:text "talks would resume" ; ng:statedTo ?to ; ng:statedOn ?on .
                  FILTER(datatype(?on) = xsd:date && str(?on) = "2024-05-06") } }""");
        assertEquals(1, rows.size());
        assertEquals(IRIS.node("organization/channel-nine").getURI(), rows.get(0).getResource("to").getURI());
        rows = select("SELECT ?to { GRAPH ?g { ?st schema:text ?t ; ng:statedTo ?to . FILTER(STRSTARTS(?t, \"the Geneva\")) } }");
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).get("to").isLiteral());
        assertEquals("reporters", rows.get(0).getLiteral("to").getString());
    }

    @Test
    void evidenceIsANifSpanWithTheExactText() {
        List<QuerySolution> rows = select("""
                SELECT ?ev ?b ?e ?anchor ?ctx { GRAPH ?g { ?st schema:text "talks would resume" ; ng:evidence ?ev .
                  ?ev a nif:String ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ; nif:referenceContext ?ctx } }""");
        assertEquals(1, rows.size());
        QuerySolution r = rows.get(0);
        Span s1 = Fixtures.span(Fixtures.S1);
        assertEquals(article.getURI() + "#char=" + s1.begin() + "," + s1.end(), r.getResource("ev").getURI());
        assertEquals(Fixtures.S1, r.getLiteral("anchor").getString());
        assertEquals(s1.begin(), r.getLiteral("b").getInt());
        assertEquals("http://www.w3.org/2001/XMLSchema#nonNegativeInteger", r.getLiteral("e").getDatatypeURI());
        assertEquals(article.getURI(), r.getResource("ctx").getURI());
        // every anchor equals the article text between its offsets
        for (QuerySolution x : select("SELECT ?b ?e ?anchor { GRAPH ?g { ?x nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor } }"))
            assertEquals(Fixtures.TEXT.substring(x.getLiteral("b").getInt(), x.getLiteral("e").getInt()), x.getLiteral("anchor").getString());
    }

    @Test
    void anonymousSourcesNestedStatementsAndUnlinkedOrganisationSpeakers() {
        assertTrue(ask("""
                ASK { GRAPH ?g { ?src a ng:AnonymousSource ; schema:description "A senior official" ; ng:said ?st .
                  ?st a ng:ReportedSpeech ; ng:about ?ev . ?ev schema:name "Geneva meeting" } }"""));
        assertTrue(ask("""
                ASK { GRAPH ?g { ?org a schema:Organization ; schema:name "Acme Corp" ; ng:said ?inner .
                  ?inner a ng:PartialQuote ; schema:text "prices will rise" ; ng:partOf ?outer .
                  ?outer a ng:DirectQuote ; schema:text "Acme Corp told us 'prices will rise'" } }"""));
        assertFalse(ask("ASK { GRAPH ?g { ?s ng:partOf ?o . ?s schema:text \"talks would resume\" } }"));
        // a non-ASCII speaker id becomes a percent-encoded IRI with the name kept as a literal
        List<QuerySolution> rows = select("SELECT ?sp { GRAPH ?g { ?sp ng:said ?st ; schema:name \"Zoë Brontë\" } }");
        assertEquals(1, rows.size());
        assertEquals(IRIS.base() + "person/zo%C3%AB%20bront%C3%AB", rows.get(0).getResource("sp").getURI());
    }

    @Test
    void eventsWithTypesActorsPlacesDatesAndEvidence() {
        List<QuerySolution> rows = select("""
                SELECT ?actor ?place ?pname ?ts { GRAPH ?g { ?ev a ng:Event, ng:Meeting ; schema:name "Geneva meeting" ;
                  sem:hasActor ?actor ; sem:hasPlace ?place ; sem:hasTimeStamp ?ts . ?place a schema:Place ; schema:name ?pname } }""");
        assertEquals(4, rows.size(), "2 actors x 2 places");
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("pname").getString().equals("Geneva")));
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("pname").getString().equals("Freedonia")));
        assertTrue(rows.stream().anyMatch(r -> r.getResource("actor").getURI().endsWith("person/jane-doe")));
        assertEquals("2024-05-01", rows.get(0).getLiteral("ts").getLexicalForm());
        assertEquals(Vocab.XSD + "date", rows.get(0).getLiteral("ts").getDatatypeURI());
        assertTrue(ask("ASK { GRAPH ?g { ?ev schema:name \"Geneva meeting\" ; ng:evidence/nif:anchorOf \"" + Fixtures.S3 + "\" } }"));
        // plain "Event" and an invalid type name give only ng:Event
        for (String name : List.of("talks", "crisis")) {
            rows = select("SELECT ?t { GRAPH ?g { ?ev schema:name \"" + name + "\" ; a ?t } }");
            assertEquals(1, rows.size(), name);
            assertEquals(Vocab.NG + "Event", rows.get(0).getResource("t").getURI());
        }
        // mention without an evidence sentence falls back to the mention span
        assertTrue(ask("ASK { GRAPH ?g { ?ev schema:name \"crisis\" ; ng:evidence/nif:anchorOf \"crisis\" } }"));
    }

    @Test
    void eventLinksAreDirectTriplesPlusClaimsWithEvidence() {
        assertTrue(ask("""
                ASK { GRAPH ?g { ?m schema:name "Geneva meeting" ; ng:ledTo ?a . ?a schema:name "new agreement" ; ng:precedes ?t .
                  ?t schema:name "talks" } }"""));
        List<QuerySolution> rows = select("""
                SELECT ?claim ?cue ?anchor { GRAPH ?g { ?claim a ng:CausalClaim ; ng:cause ?m ; ng:effect ?a ; ng:cue ?cue ;
                  ng:reportedIn ?g ; ng:evidence/nif:anchorOf ?anchor . ?m schema:name "Geneva meeting" . ?a schema:name "new agreement" } }""");
        assertEquals(1, rows.size());
        assertEquals("led to", rows.get(0).getLiteral("cue").getString());
        assertEquals("led to", rows.get(0).getLiteral("anchor").getString());
        assertEquals(article.getURI() + "/claim/0", rows.get(0).getResource("claim").getURI());
        assertTrue(ask("""
                ASK { GRAPH ?g { ?c a ng:SequenceClaim ; ng:earlier ?a ; ng:later ?t ; ng:cue "dates" .
                  FILTER NOT EXISTS { ?c ng:evidence ?e } } }"""));
        assertFalse(ask("ASK { GRAPH ?g { ?x ng:precedes ?y . FILTER(STRENDS(STR(?y), \"unknown\")) } }"));
        assertEquals(2, select("SELECT ?c { GRAPH ?g { ?c ng:reportedIn ?g ; a ?t . VALUES ?t { ng:CausalClaim ng:SequenceClaim } } }").size(),
                "a link to an unresolved event is dropped");
    }

    @Test
    void theArticleGraphConformsToTheShapes() {
        Graph g = dsg.getGraph(article);
        ShaclValidation.ValidationResult r = ShaclValidation.validate(g);
        assertTrue(r.conforms(), r.text());
        assertEquals("conforms\n", r.text());
        assertTrue(ShaclValidation.validate(dsg).conforms());
    }

    @Test
    void resolutionQuadsLinkToWikidata() {
        List<Quad> qs = ArticleGraph.resolutionQuads(List.of(
                new EntityLink("person/jane-doe", "Q42", 0.95, "gazetteer"),
                new EntityLink("place/freedonia", "Q1", 1.0 / 3, "online"),
                new EntityLink("organization/channel-nine", "Q7", 1.0, "gazetteer")), IRIS);
        Node g = IRIS.resolutionGraph();
        assertEquals("https://w3id.org/newsgraph/id/graph/resolution", g.getURI());
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        qs.forEach(d::add);
        for (Quad q : qs) assertEquals(g, q.getGraph());
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(d)).query(PREFIXES + """
                SELECT ?e ?c ?m { GRAPH <https://w3id.org/newsgraph/id/graph/resolution> { ?e owl:sameAs ?wd ; ng:linkConfidence ?c ; ng:linkMethod ?m } }
                ORDER BY ?c""").build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            assertEquals(3, rows.size());
            assertEquals("1.0", rows.get(2).getLiteral("c").getLexicalForm());
            assertEquals("0.333", rows.get(0).getLiteral("c").getLexicalForm());
            assertEquals(Vocab.XSD + "decimal", rows.get(0).getLiteral("c").getDatatypeURI());
            assertEquals("online", rows.get(0).getLiteral("m").getString());
            assertEquals("0.95", rows.get(1).getLiteral("c").getLexicalForm());
        }
        assertTrue(qs.contains(Quad.create(g, IRIS.node("person/jane-doe"), Vocab.OWL_SAME_AS,
                NodeFactory.createURI("http://www.wikidata.org/entity/Q42"))));
        assertThrows(IllegalArgumentException.class,
                () -> ArticleGraph.resolutionQuads(List.of(new EntityLink("person/x", "Q1> <evil", 0.5, "online")), IRIS));
    }

    @Test
    void mismatchedResolutionListsAreRejected() {
        ResolvedArticle bad = new ResolvedArticle(ra.facts(), ra.articleId(), ra.agentIds(), ra.speakerIds().subList(0, 2),
                ra.statementIds(), ra.eventIds());
        assertThrows(IllegalArgumentException.class, () -> ArticleGraph.quads(bad, IRIS));
    }
}
