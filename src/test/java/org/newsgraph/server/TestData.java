package org.newsgraph.server;

import java.nio.file.Path;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;

/** Small TDB2 datasets shaped like newsgraph output (one named graph per article, union default graph). */
final class TestData {
    static final String NG = "https://w3id.org/newsgraph/ontology#";
    static final String SCHEMA = "http://schema.org/";
    static final String ID = "https://w3id.org/newsgraph/id/";

    private TestData() {}

    /** A TDB2 database in {@code dir} configured as production is: the default graph is the union of the named graphs. */
    static DatasetGraph tdb2(Path dir) {
        DatasetGraph dsg = TDB2Factory.connectDataset(Location.create(dir)).asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    /**
     * {@code articles} article graphs; each has a headline and {@code quotesPerArticle} statements
     * by one of a few speakers.
     */
    static void fill(DatasetGraph dsg, int articles, int quotesPerArticle) {
        Node type = RDF.type.asNode();
        Txn.executeWrite(dsg, () -> {
            for (int a = 0; a < articles; a++) {
                Node art = iri(ID + "article/a" + a);
                dsg.add(new Quad(art, art, type, iri(SCHEMA + "NewsArticle")));
                dsg.add(new Quad(art, art, iri(SCHEMA + "headline"), NodeFactory.createLiteralString("Headline " + a)));
                for (int q = 0; q < quotesPerArticle; q++) {
                    Node person = iri(ID + "person/p" + (q % 3));
                    Node st = iri(ID + "statement/s" + a + "_" + q);
                    dsg.add(new Quad(art, person, type, iri(SCHEMA + "Person")));
                    dsg.add(new Quad(art, person, iri(SCHEMA + "name"), NodeFactory.createLiteralString("Speaker " + (q % 3))));
                    dsg.add(new Quad(art, person, iri(NG + "said"), st));
                    dsg.add(new Quad(art, st, type, iri(NG + "Statement")));
                    dsg.add(new Quad(art, st, iri(NG + "reportedIn"), art));
                    dsg.add(new Quad(art, st, iri(SCHEMA + "text"),
                            NodeFactory.createLiteralString("Words number " + q + " in article " + a)));
                }
            }
        });
    }
}
