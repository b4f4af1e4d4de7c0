package org.newsgraph.pipeline;

import org.newsgraph.extract.ArticleFacts;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The analysed articles of a build, waiting on disk for pass 2 while pass 1 resolves them all: the
 * facts as {@link FactsCodec} bytes in a gzip temp file, read back once in the order written. Keeps a
 * build's heap flat however many articles it has (pass 1 keeps only the facts without their texts).
 */
final class FactsSpill implements AutoCloseable {
    private final Path file;
    private DataOutputStream out;
    private DataInputStream in;

    FactsSpill() {
        try {
            file = Files.createTempFile("newsgraph-facts-", ".bin.gz");
            file.toFile().deleteOnExit();
            out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(ArticleFacts facts) {
        byte[] b = FactsCodec.facts(facts);
        try {
            out.writeInt(b.length);
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next facts in the order written (the first call ends writing). */
    ArticleFacts next() {
        try {
            if (in == null) {
                out.close();
                in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16)));
            }
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return FactsCodec.facts(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void close() {
        try {
            if (in != null) in.close();
            else out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
