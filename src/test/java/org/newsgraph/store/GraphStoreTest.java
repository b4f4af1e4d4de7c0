package org.newsgraph.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphStoreTest {
    @Test
    void aSecondHandleInTheSameProcessSharesTheDatabase(@TempDir Path tmp) {
        GraphStore a = GraphStore.open(tmp);
        GraphStore b = GraphStore.open(tmp);
        a.close();
        assertTrue(b.isEmpty(), "still usable after the other handle closed");
        b.close();
    }
}
