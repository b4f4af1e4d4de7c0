package org.newsgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Every ng: term the project uses is declared, labelled and explained in the ontology. */
class OntologyTest {
    static final Node LABEL = NodeFactory.createURI(Vocab.RDFS + "label");
    static final Node COMMENT = NodeFactory.createURI(Vocab.RDFS + "comment");
    static final Node SUBCLASS = NodeFactory.createURI(Vocab.RDFS + "subClassOf");
    static final Node SUBPROP = NodeFactory.createURI(Vocab.RDFS + "subPropertyOf");
    static final Pattern NG_TERM = Pattern.compile("(?<![\\w:])ng:([A-Za-z_][A-Za-z0-9_-]*)|<" + Pattern.quote(Vocab.NG) + "([^>]+)>");

    static Graph parse(Path p) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(p).lang(Lang.TURTLE).parse(g);
        return g;
    }

    /** The ontology proper (newsgraph.ttl and any other vocabulary file, e.g. an event catalogue), not the shapes. */
    static Graph vocabulary() throws IOException {
        Graph all = GraphFactory.createDefaultGraph();
        try (Stream<Path> files = Files.list(Path.of("ontology"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".ttl") && !f.getFileName().toString().equals("shapes.ttl")).toList())
                parse(p).find().forEachRemaining(all::add);
        }
        return all;
    }

    @Test
    void theOntologyHeader() {
        Graph g = parse(Path.of("ontology", "newsgraph.ttl"));
        Node ont = NodeFactory.createURI("https://w3id.org/newsgraph/ontology");
        assertTrue(g.contains(ont, Vocab.RDF_TYPE, NodeFactory.createURI(Vocab.OWL + "Ontology")));
        assertTrue(g.contains(ont, NodeFactory.createURI(Vocab.DCTERMS + "title"), Node.ANY));
        assertTrue(g.contains(ont, NodeFactory.createURI(Vocab.OWL + "versionInfo"), Node.ANY));
        assertTrue(g.contains(ont, COMMENT, Node.ANY));
        // the axioms DESIGN.md names
        assertTrue(g.contains(Vocab.EVENT, SUBCLASS, Vocab.SEM_EVENT));
        assertTrue(g.contains(Vocab.LED_TO, SUBPROP, Vocab.PRECEDES));
        for (Node kind : List.of(Vocab.DIRECT_QUOTE, Vocab.PARTIAL_QUOTE, Vocab.REPORTED_SPEECH))
            assertTrue(g.contains(kind, SUBCLASS, Vocab.STATEMENT));
        for (String t : List.of("Meeting", "MilitaryAidSuspension", "IntelligenceSharingSuspension", "Resumption", "Letter",
                "Speech", "Agreement", "Negotiation", "Invasion"))
            assertTrue(g.contains(Vocab.ng(t), SUBCLASS, Vocab.EVENT), t);
        // loadable through the runtime loader as well
        assertTrue(OntologyResources.ontology().isIsomorphicWith(g));
    }

    @Test
    void everyNgTermUsedIsLabelledAndCommented() throws IOException {
        Set<String> used = new TreeSet<>();
        // ontology files (including the shapes)
        try (Stream<Path> files = Files.list(Path.of("ontology"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".ttl")).toList())
                parse(p).find().forEachRemaining(t -> collect(t, used));
        }
        // queries shipped with the project (if any yet)
        Path queries = Path.of("queries");
        if (Files.isDirectory(queries)) {
            try (Stream<Path> files = Files.list(queries)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".rq")).toList()) {
                    String text = Files.readString(p).replaceAll("(?m)^\\s*#.*$", "");
                    Matcher m = NG_TERM.matcher(text);
                    while (m.find()) used.add(Vocab.NG + (m.group(1) != null ? m.group(1) : m.group(2)));
                }
            }
        }
        // what the code emits for an article with every kind of fact, and for Wikidata links
        Iris iris = new Iris();
        for (Quad q : ArticleGraph.quads(Fixtures.resolved(), iris)) collect(q.asTriple(), used);
        for (Quad q : ArticleGraph.resolutionQuads(List.of(new org.newsgraph.link.EntityLink("person/a", "Q1", 0.5, "gazetteer")), iris))
            collect(q.asTriple(), used);
        used.remove(Vocab.NG); // the namespace itself
        assertTrue(used.size() > 30, "found " + used);

        Graph vocab = vocabulary();
        List<String> missing = used.stream().filter(iri -> {
            Node n = NodeFactory.createURI(iri);
            return !vocab.contains(n, LABEL, Node.ANY) || !vocab.contains(n, COMMENT, Node.ANY)
                    || !vocab.contains(n, Vocab.RDF_TYPE, Node.ANY);
        }).toList();
        assertTrue(missing.isEmpty(), "ng: terms without type, rdfs:label or rdfs:comment: " + missing);
    }

    @Test
    void theCheckNoticesAnUndeclaredTerm() throws IOException {
        Graph vocab = vocabulary();
        assertFalse(vocab.contains(Vocab.ng("saidTo"), LABEL, Node.ANY));
        Matcher m = NG_TERM.matcher("SELECT ?s { ?s ng:said ?st ; <" + Vocab.NG + "statedTo> ?x . FILTER(?x != \"ng:notATerm\") }");
        Set<String> found = new TreeSet<>();
        while (m.find()) found.add(m.group(1) != null ? m.group(1) : m.group(2));
        assertTrue(found.containsAll(Set.of("said", "statedTo")));
    }

    private static void collect(Triple t, Set<String> used) {
        for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()})
            if (n.isURI() && n.getURI().startsWith(Vocab.NG)) used.add(n.getURI());
    }
}
