package org.newsgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ExportFormat;
import org.newsgraph.rdf.Exporter;
import org.newsgraph.pipeline.BuildReport;
import org.newsgraph.store.BulkLoader;
import org.newsgraph.store.GraphStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/** Bulk load of N-Quads parts gives the graph build gives, and a later build skips the loaded articles. */
class LoadCommandTest {

    static List<String> sortedNQuads(GraphStore s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(s.datasetGraph(), ExportFormat.NQ, out, null);
        return new String(out.toByteArray(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).sorted().toList();
    }

    /** Writes the lines as gzip N-Quads parts, round-robin by graph so every part holds whole graphs. */
    static void writeParts(List<String> lines, Path dir, int parts) throws IOException {
        Files.createDirectories(dir);
        StringBuilder[] buf = new StringBuilder[parts];
        for (int i = 0; i < parts; i++) buf[i] = new StringBuilder();
        for (String l : lines) {
            String graph = l.substring(l.lastIndexOf(" <") + 1);
            buf[Math.floorMod(graph.hashCode(), parts)].append(l).append('\n');
        }
        for (int i = 0; i < parts; i++)
            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve(String.format("part-%05d.nq.gz", i))))) {
                o.write(buf[i].toString().getBytes(StandardCharsets.UTF_8));
            }
    }

    @Test
    void loadedDemoEqualsBuiltDemoAndRebuildSkipsEverything(@TempDir Path tmp) throws IOException {
        List<String> built = sortedNQuads(DemoGraph.store());
        assertFalse(built.isEmpty());
        assertTrue(built.stream().noneMatch(l -> l.startsWith("_:") || l.contains(" _:")), "no blank nodes");
        writeParts(built, tmp.resolve("parts"), 3);

        Path db = tmp.resolve("db");
        assertEquals(0, Main.run("load", "--db", db.toString(), tmp.resolve("parts").toString()));
        try (GraphStore loaded = GraphStore.open(db)) {
            assertEquals(built, sortedNQuads(loaded), "same quads as build");
            BuildReport again = DemoGraph.pipeline().build(loaded, List.of(DemoGraph.CORPUS));
            assertEquals(0, again.built(), "loaded articles are unchanged for build");
            assertEquals(DemoGraph.firstBuild().built(), again.unchanged());
            assertEquals(built, sortedNQuads(loaded), "and the graph is untouched");
        }
    }

    @Test
    void secondLoadAddsToAnExistingDatabase(@TempDir Path tmp) throws IOException {
        List<String> built = sortedNQuads(DemoGraph.store());
        writeParts(built, tmp.resolve("a"), 2);
        Path db = tmp.resolve("db");
        try (GraphStore s = GraphStore.open(db)) {
            BulkLoader.Report first = BulkLoader.load(s, List.of(tmp.resolve("a/part-00000.nq.gz")), DemoGraph.QUIET);
            assertEquals("parallel", first.loader());
            BulkLoader.Report second = BulkLoader.load(s, List.of(tmp.resolve("a/part-00001.nq.gz")), DemoGraph.QUIET);
            assertEquals("phased", second.loader());
            assertEquals(built, sortedNQuads(s));
        }
    }

    @Test
    void noNQuadsIsAnError(@TempDir Path tmp) {
        assertEquals(1, Main.run("load", "--db", tmp.resolve("db").toString(), tmp.toString()));
    }
}
