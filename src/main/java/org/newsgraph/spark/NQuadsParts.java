package org.newsgraph.spark;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip N-Quads parts {@code part-00000.nq.gz, part-00001.nq.gz, …} in a folder, written as blocks (one
 * article's quads, made on an executor by {@link #nquads}); a new part starts after {@code quadsPerPart}
 * quads, but only between blocks, so every article graph is whole in one part.
 */
final class NQuadsParts implements AutoCloseable {
    private final Path dir;
    private final long quadsPerPart;
    private OutputStream out;
    private long inPart;
    private int parts;
    private long quads;

    NQuadsParts(Path dir, long quadsPerPart) {
        this.dir = dir;
        this.quadsPerPart = quadsPerPart;
    }

    /** Quads as N-Quads text, written by Jena's N-Quads writer (as {@code export} writes them). */
    static String nquads(Iterable<Quad> quads) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(b, RDFFormat.NQUADS_UTF8);
        w.start();
        for (Quad q : quads) w.quad(q);
        w.finish();
        return b.toString(StandardCharsets.UTF_8);
    }

    /** One block of N-Quads text holding {@code count} quads. */
    void block(String text, long count) {
        if (count == 0) return;
        if (out == null || inPart >= quadsPerPart) next();
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        inPart += count;
        quads += count;
    }

    private void next() {
        close();
        try {
            out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(
                    dir.resolve(String.format("part-%05d.nq.gz", parts++))), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        inPart = 0;
    }

    @Override public void close() {
        if (out == null) return;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out = null;
    }

    int parts() { return parts; }

    long quads() { return quads; }
}
