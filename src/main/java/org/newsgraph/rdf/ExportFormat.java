package org.newsgraph.rdf;

import java.util.Locale;

/** Export formats: Turtle and TriG written with RDF4J Rio, the rest with Jena RIOT. */
public enum ExportFormat {
    /** Turtle: the union of all graphs as one graph (graph names are lost). */
    TTL("ttl"),
    /** TriG: every named graph as its own block, plus the stored default graph if not empty. */
    TRIG("trig"),
    /** N-Triples: the union of all graphs, like TTL. */
    NT("nt"),
    /** N-Quads: every quad with its graph. */
    NQ("nq"),
    /** JSON-LD 1.1 of the dataset (named graphs as @graph objects). */
    JSONLD("jsonld");

    private final String extension;

    ExportFormat(String extension) { this.extension = extension; }

    public String extension() { return extension; }

    /** "ttl", "turtle", "trig", "nt", "ntriples", "nq", "nquads", "jsonld", "json-ld" (any case). */
    public static ExportFormat parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT).replace("-", "")) {
            case "ttl", "turtle" -> TTL;
            case "trig" -> TRIG;
            case "nt", "ntriples" -> NT;
            case "nq", "nquads" -> NQ;
            case "jsonld" -> JSONLD;
            default -> throw new IllegalArgumentException("unknown export format: " + s + " (ttl, trig, nt, nq, jsonld)");
        };
    }
}
