package org.newsgraph.store;

import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.rdf.Iris;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Bulk-loads N-Quads parts (e.g. the output of {@code spark-build}, or an {@code export --format nq})
 * into a TDB2 database with Jena's TDB2 loaders: the parallel loader into an empty database (it
 * builds every index at once and needs the database to itself), the phased loader into one that
 * already holds data (it adds to the existing indexes). The quads carry each article's identifier and
 * content hash, so a later {@code build} of the same articles finds them unchanged and skips them.
 */
public final class BulkLoader {
    private BulkLoader() {}

    /** What a load did. */
    public record Report(String loader, int files, long quadsBefore, long quadsLoaded, long millis) {
        public double quadsPerSecond() { return millis == 0 ? quadsLoaded : quadsLoaded * 1000.0 / millis; }
    }

    /** {@link #load(GraphStore, List, PrintStream, Iris)} for data minted under the default base IRI. */
    public static Report load(GraphStore store, List<Path> paths, PrintStream progress) {
        return load(store, paths, progress, new Iris());
    }

    /**
     * Loads every N-Quads file named by {@code paths} (folders searched recursively), in name order,
     * then rewrites the database's {@link CorpusStatistics} (under {@code iris}' base).
     */
    public static Report load(GraphStore store, List<Path> paths, PrintStream progress, Iris iris) {
        List<String> files = nquadsFiles(paths);
        if (files.isEmpty()) throw new StoreException("no N-Quads files (.nq, .nq.gz) in " + paths);
        boolean empty = store.isEmpty();
        long before = empty ? 0 : store.quadCount();
        MonitorOutput out = (fmt, args) -> progress.println(String.format(Locale.ROOT, fmt, args));
        DataLoader loader = empty ? LoaderFactory.parallelLoader(store.datasetGraph(), out)
                : LoaderFactory.phasedLoader(store.datasetGraph(), out);
        String name = empty ? "parallel" : "phased";
        progress.printf("loading %d file(s) with the %s loader%n", files.size(), name);
        long t0 = System.nanoTime();
        loader.startBulk();
        try {
            loader.load(files);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        store.write(batch -> CorpusStatistics.write(batch.dataset(), iris));
        return new Report(name, files.size(), before, loader.countQuads() + loader.countTriples(), millis);
    }

    /** N-Quads files under the given files and folders, sorted by path so loads are reproducible. */
    static List<String> nquadsFiles(List<Path> paths) {
        List<String> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new StoreException("no such file or folder: " + p);
            if (Files.isRegularFile(p)) {
                out.add(p.toString());
                continue;
            }
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile).filter(BulkLoader::isNQuads).sorted().forEach(f -> out.add(f.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static boolean isNQuads(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".nq") || n.endsWith(".nq.gz");
    }
}
