package org.newsgraph.server;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.DemoGraph;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

class CacheWarmerTest {

    @Test
    void everyWarmedQueryIsAnExplorerQuery() {
        for (String name : CacheWarmer.QUERIES)
            assertDoesNotThrow(() -> QueryFactory.create(CacheWarmer.text(name)), name);
    }

    @Test
    void warmsTheDemoGraphAndStopsWhenClosed() {
        CacheWarmer w = CacheWarmer.start(DemoGraph.store().datasetGraph());
        assertTimeoutPreemptively(Duration.ofSeconds(30), w::close);
        assertFalse(w.running(), "the warming thread has ended");
    }
}
