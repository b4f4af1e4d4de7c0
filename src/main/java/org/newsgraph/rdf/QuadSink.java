package org.newsgraph.rdf;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Where quads go, one at a time, in the spirit of Jena's {@link StreamRDF} and RDF4J's
 * {@code RDFHandler}: {@link #start()}, any number of {@link #quad(Quad)}, then {@link #finish()}.
 * The RDF mapping ({@link ArticleGraph}) emits into a sink; the TDB2 batch, the streaming
 * exporters, the bulk loader and the Spark writer are sinks. A sink never sees a whole dataset, so
 * a stream of any length passes through in constant memory.
 */
public interface QuadSink {
    /** Called once before the first quad. */
    default void start() {}

    void quad(Quad quad);

    /** Called once after the last quad (flush; the sink's owner closes the underlying stream). */
    default void finish() {}

    /** Sends every quad of {@code quads} (start/finish are the caller's). */
    default void quads(Collection<Quad> quads) {
        for (Quad q : quads) quad(q);
    }

    /** A sink onto a Jena {@link StreamRDF} (e.g. a {@code StreamRDFWriter} for N-Quads). */
    static QuadSink of(StreamRDF stream) {
        return new QuadSink() {
            @Override public void start() { stream.start(); }
            @Override public void quad(Quad quad) { stream.quad(quad); }
            @Override public void finish() { stream.finish(); }
        };
    }

    /** Collects quads in emission order, each once (what the mapping used to return as a list). */
    final class Collector implements QuadSink {
        private final LinkedHashSet<Quad> quads = new LinkedHashSet<>();

        @Override public void quad(Quad quad) { quads.add(quad); }

        public List<Quad> list() { return List.copyOf(quads); }

        public int size() { return quads.size(); }
    }

    /** Counts what passes through to {@code next}. */
    final class Counting implements QuadSink {
        private final QuadSink next;
        private long count;

        public Counting(QuadSink next) { this.next = next; }

        @Override public void start() { next.start(); }
        @Override public void quad(Quad quad) { count++; next.quad(quad); }
        @Override public void finish() { next.finish(); }

        public long count() { return count; }
    }
}
