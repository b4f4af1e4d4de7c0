package org.newsgraph.server;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the explorer's start and events queries once in the background right after the server
 * starts, so the first visitor does not pay for cold TDB2 caches and unjitted query code (on a
 * 10,000-article database that is the difference between about 7 s and under 1 s for the start
 * page). Read-only; a failure only means the first visit is slower, so it is ignored.
 */
final class CacheWarmer implements AutoCloseable {
    /** The queries of the views a visitor opens first, in the order they are opened. */
    static final List<String> QUERIES = List.of("top-speakers", "articles", "summary", "events", "event-links");
    private static final long TIMEOUT_SECONDS = 60;

    private final Thread thread;
    private volatile QueryExecution current;
    private volatile boolean closed;

    private CacheWarmer(DatasetGraph dsg) {
        thread = new Thread(() -> warm(dsg), "newsgraph-cache-warmer");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    static CacheWarmer start(DatasetGraph dsg) {
        CacheWarmer w = new CacheWarmer(dsg);
        w.thread.start();
        return w;
    }

    private void warm(DatasetGraph dsg) {
        for (String name : QUERIES) {
            if (closed) return;
            try {
                String text = text(name);
                Txn.executeRead(dsg, () -> {
                    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(text)
                            .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                        current = qe;
                        if (!closed) qe.execSelect().forEachRemaining(row -> {});
                    } finally {
                        current = null;
                    }
                });
            } catch (RuntimeException | IOException e) {
                // only the first visit is slower
            }
        }
    }

    static String text(String name) throws IOException {
        try (InputStream in = CacheWarmer.class.getResourceAsStream(ExplorerServlet.ROOT + "sparql/" + name + ".rq")) {
            if (in == null) throw new IOException("no explorer query " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** True while queries still run. */
    boolean running() { return thread.isAlive(); }

    /** Stops warming (before the dataset is closed): aborts the running query and waits for the thread. */
    @Override
    public void close() {
        closed = true;
        QueryExecution qe = current;
        if (qe != null) qe.abort();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
