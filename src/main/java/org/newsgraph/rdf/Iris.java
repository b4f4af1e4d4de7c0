package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.newsgraph.extract.Span;

import java.nio.charset.StandardCharsets;

/**
 * Turns global ids ("person/donald-trump", see {@link org.newsgraph.resolve.Ids}) into IRIs under
 * a data base IRI. Each '/'-separated segment is percent-encoded so that no name, however
 * strange, can inject syntax into Turtle, SPARQL or N-Triples: every character other than the
 * RFC 3986 unreserved ASCII set {@code A-Z a-z 0-9 - . _ ~} is written as %XX of its UTF-8
 * bytes. Non-ASCII letters are therefore always encoded too (one spelling per name, no NFC/IRI
 * vs URI ambiguity). A '%' in an id is encoded as well, so ids never decode to something else.
 */
public final class Iris {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String base;

    public Iris() { this(Vocab.DEFAULT_BASE); }

    /**
     * @param base absolute IRI the data lives under; a '/' is appended when it does not end with
     *             one (fragments are reserved for evidence spans, so a '#' base is not allowed)
     */
    public Iris(String base) {
        if (base == null || base.isBlank()) throw new IllegalArgumentException("empty base IRI");
        String b = base.endsWith("/") ? base : base + "/";
        IRIx iri;
        try {
            iri = IRIx.create(b);
        } catch (org.apache.jena.irix.IRIException e) {
            throw new IllegalArgumentException("bad base IRI " + base + ": " + e.getMessage(), e);
        }
        if (!iri.isAbsolute() || b.contains("#"))
            throw new IllegalArgumentException("base must be an absolute IRI without a fragment: " + base);
        this.base = b;
    }

    public String base() { return base; }

    /** IRI node for a global id, each path segment percent-encoded. */
    public Node node(String globalId) {
        return NodeFactory.createURI(base + encodePath(globalId));
    }

    /** The graph holding cross-article results (Wikidata links, merges). */
    public Node resolutionGraph() { return NodeFactory.createURI(base + "graph/resolution"); }

    /** The graph describing the database as a whole (a VoID description with counts), rewritten by each build. */
    public Node statisticsGraph() { return NodeFactory.createURI(base + "graph/statistics"); }

    /** NIF (RFC 5147) span node: the article IRI + "#char=begin,end". */
    public Node evidence(Node article, Span span) {
        return NodeFactory.createURI(article.getURI() + "#char=" + span.begin() + "," + span.end());
    }

    static String encodePath(String id) {
        if (id == null || id.isEmpty()) throw new IllegalArgumentException("empty id");
        StringBuilder sb = new StringBuilder(id.length() + 16);
        String[] segments = id.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) sb.append('/');
            String seg = segments[i];
            // "." and ".." would be removed by IRI normalisation; keep them as data.
            if (seg.equals(".") || seg.equals("..")) { sb.append(seg.replace(".", "%2E")); continue; }
            encodeSegment(seg, sb);
        }
        return sb.toString();
    }

    private static void encodeSegment(String seg, StringBuilder sb) {
        for (byte b : seg.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
    }
}
