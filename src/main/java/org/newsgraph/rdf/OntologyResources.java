package org.newsgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ontology and the SHACL shapes. Read from the classpath (the build puts ontology/ there, as
 * /ontology/newsgraph.ttl and /ontology/shapes.ttl), falling back to the files under ./ontology/ when running from
 * the source tree.
 */
public final class OntologyResources {
    private OntologyResources() {}

    public static final String ONTOLOGY = "newsgraph.ttl";
    public static final String SHAPES = "shapes.ttl";

    /** ontology/newsgraph.ttl as a graph. */
    public static Graph ontology() { return load(ONTOLOGY); }

    /** ontology/shapes.ttl as a graph. */
    public static Graph shapes() { return load(SHAPES); }

    /** Parses a Turtle file of the ontology folder: classpath "/ontology/name", else ./ontology/name. */
    public static Graph load(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyResources.class.getResourceAsStream("/ontology/" + name)) {
            if (in != null) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                return g;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = Path.of("ontology", name);
        if (!Files.isReadable(file))
            throw new IllegalStateException(name + " neither on the classpath nor at " + file.toAbsolutePath());
        RDFParser.source(file).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
