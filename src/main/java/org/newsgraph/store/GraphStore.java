package org.newsgraph.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Node;
import org.newsgraph.rdf.QuadSink;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.dboe.base.file.Location;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The TDB2 database behind newsgraph. Every article's facts live in the named graph whose IRI is the
 * article IRI; the default graph is the union of all named graphs (set on the dataset context so the
 * same holds for the CLI, the exporter and Fuseki).
 *
 * <p>A build is one write transaction: a crash or {@code kill -9} mid-build leaves the database as it
 * was before the build (TDB2 commits atomically). A second process opening a database in use gets a
 * {@link StoreException} saying so, never a corrupt database (TDB2's location lock).
 */
public final class GraphStore implements AutoCloseable {
    private final Path dir;
    private final DatasetGraph dsg;

    private boolean closed;

    private GraphStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /** Opens in this JVM per database directory: TDB2 shares one connection per location. */
    private static final java.util.Map<Path, Integer> OPEN = new java.util.HashMap<>();

    /** Opens (creating if needed) the database in {@code dir}. */
    public static GraphStore open(Path dir) {
        GraphStore s = connect(dir);
        synchronized (OPEN) {
            OPEN.merge(s.key(), 1, Integer::sum);
        }
        return s;
    }

    private Path key() { return dir.toAbsolutePath().normalize(); }

    private static GraphStore connect(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir))
                throw new StoreException("database path " + dir + " is a file, not a directory");
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create database directory " + dir + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("locked") || msg.contains("lock"))
                throw new StoreException("database " + dir + " is in use by another newsgraph process ("
                        + msg.replaceAll("\\s+", " ").trim() + ")", e);
            throw new StoreException("cannot open database " + dir + ": " + msg, e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new GraphStore(dir, dsg);
    }

    public Path directory() { return dir; }

    /** The dataset; its default graph is the union of the named graphs. */
    public DatasetGraph datasetGraph() { return dsg; }

    public Dataset dataset() { return DatasetFactory.wrap(dsg); }

    public boolean isEmpty() {
        // One quad is enough to know; listing graph names would scan an index for distinct names.
        return Txn.calculateRead(dsg, () -> !dsg.find().hasNext());
    }

    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    /** Runs a SELECT inside a read transaction and maps each row. */
    public <T> List<T> select(String sparql, Function<QuerySolution, T> row) {
        return Txn.calculateRead(dsg, () -> {
            List<T> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset()).query(sparql).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) out.add(row.apply(rs.next()));
            }
            return out;
        });
    }

    /** Everything one build writes, applied in one transaction. */
    public interface Batch {
        /** Replaces the named graph {@code graph} with {@code quads} (all in that graph). */
        void replaceGraph(Node graph, List<Quad> quads);

        /** Adds quads (any graph) without removing anything. */
        void add(List<Quad> quads);

        /** Removes every quad of {@code graph} whose subject is {@code subject}. */
        void removeSubject(Node graph, Node subject);

        /** The dataset, for whole-graph steps that run inside this transaction. */
        DatasetGraph dataset();

        /** A sink adding each quad it is sent (any graph) in this transaction. */
        default QuadSink sink() {
            return this.dataset()::add;
        }
    }

    /** Runs {@code work} in one write transaction; commits if it returns, aborts if it throws. */
    public void write(Consumer<Batch> work) {
        dsg.begin(ReadWrite.WRITE);
        try {
            work.accept(new Batch() {
                @Override public void replaceGraph(Node graph, List<Quad> quads) {
                    dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                    sink().quads(quads);
                }

                @Override public void add(List<Quad> quads) {
                    sink().quads(quads);
                }

                @Override public void removeSubject(Node graph, Node subject) {
                    dsg.deleteAny(graph, subject, Node.ANY, Node.ANY);
                }

                @Override public DatasetGraph dataset() { return dsg; }
            });
            dsg.commit();
        } catch (RuntimeException | Error e) {
            dsg.abort();
            throw e;
        } finally {
            dsg.end();
        }
    }

    /**
     * Releases the database (and its lock file, so another process may open it) when the last user
     * in this JVM closes it; TDB2 shares one connection per directory inside a process.
     */
    @Override public void close() {
        synchronized (OPEN) {
            if (closed) return;
            closed = true;
            Integer n = OPEN.get(key());
            if (n == null) return;
            if (n > 1) {
                OPEN.put(key(), n - 1);
                return;
            }
            OPEN.remove(key());
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        }
    }
}
