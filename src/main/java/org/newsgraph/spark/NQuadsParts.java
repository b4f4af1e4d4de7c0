package org.newsgraph.spark;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.QuadSink;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A {@link QuadSink} writing gzip N-Quads parts {@code part-00000.nq.gz, part-00001.nq.gz, …} into a
 * folder; a new part starts after {@code quadsPerPart} quads, but only where a graph ends, so every
 * named graph is whole in one part (quads must arrive grouped by graph).
 */
final class NQuadsParts implements QuadSink {
    private final Path dir;
    private final long quadsPerPart;
    private OutputStream out;
    private StreamRDF writer;
    private Node graph;
    private long inPart;
    private int parts;
    private long quads;

    NQuadsParts(Path dir, long quadsPerPart) {
        this.dir = dir;
        this.quadsPerPart = quadsPerPart;
    }

    @Override public void quad(Quad q) {
        if (writer == null || (inPart >= quadsPerPart && !q.getGraph().equals(graph))) next();
        graph = q.getGraph();
        writer.quad(q);
        inPart++;
        quads++;
    }

    private void next() {
        close();
        try {
            out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(
                    dir.resolve(String.format("part-%05d.nq.gz", parts++))), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
        writer.start();
        inPart = 0;
    }

    private void close() {
        if (writer == null) return;
        writer.finish();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer = null;
    }

    @Override public void finish() { close(); }

    int parts() { return parts; }

    long quads() { return quads; }
}
