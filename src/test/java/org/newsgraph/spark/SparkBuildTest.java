package org.newsgraph.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.DemoGraph;
import org.newsgraph.cli.Main;
import org.newsgraph.rdf.ExportFormat;
import org.newsgraph.rdf.Exporter;
import org.newsgraph.store.BulkLoader;
import org.newsgraph.store.GraphStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.*;

/** spark-build in local[2] gives, after load, the quads build gives; retried and re-run tasks change nothing. */
class SparkBuildTest {
    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    static List<String> sorted(GraphStore s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(s.datasetGraph(), ExportFormat.NQ, out, null);
        return new String(out.toByteArray(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).sorted().toList();
    }

    static List<String> sortedParts(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".nq.gz")).toList())
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).forEach(lines::add);
                }
        }
        return lines.stream().sorted().toList();
    }

    static List<String> withoutStatistics(List<String> quads) {
        return quads.stream().filter(l -> !l.endsWith("<https://w3id.org/newsgraph/id/graph/statistics> .")).toList();
    }

    static int sparkBuild(String... args) {
        return new picocli.CommandLine(new SparkBuild()).execute(args);
    }

    @Test
    void demoCorpusWithAFailedTaskEqualsBuildAfterLoad(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        // local[2,2]: two threads, a task may fail twice; partition 0 fails its first attempt after its work
        assertEquals(0, sparkBuild("--master", "local[2,2]", "--fail-first-attempt", "--partitions", "3",
                "--quads-per-part", "500", "--out", out.toString(), DemoGraph.CORPUS.toString()));
        List<String> built = sorted(DemoGraph.store());
        List<String> parts = sortedParts(out);
        // The statistics graph describes a database: load computes it, the parts do not carry it.
        assertEquals(withoutStatistics(built), parts, "the quads of build, none duplicated or lost by the retried task");
        assertTrue(parts.stream().noneMatch(l -> l.startsWith("_:") || l.contains(" _:")), "no blank nodes");
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.filter(f -> f.toString().endsWith(".nq.gz")).count() > 1, "several parts");
        }
        try (GraphStore loaded = GraphStore.open(tmp.resolve("db"))) {
            BulkLoader.load(loaded, List.of(out), QUIET);
            assertEquals(built, sorted(loaded), "loaded graph equals the built one");
        }
    }

    @Test
    void parquetRowsWithMetadataColumnsAreArticles(@TempDir Path tmp) throws IOException {
        Path parquet = tmp.resolve("news.parquet");
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
                .add("id", "string").add("headline", "string").add("datePublished", "string").add("text", "string");
        try (org.apache.spark.sql.SparkSession spark = org.apache.spark.sql.SparkSession.builder().master("local[1]")
                .config("spark.ui.enabled", "false").getOrCreate()) {
            spark.createDataFrame(List.of(
                    org.apache.spark.sql.RowFactory.create("port-deal", "Port deal signed", "2025-05-02",
                            "Dock workers in Felixstowe ended their strike on Monday, union leader Maria Lopez said."),
                    org.apache.spark.sql.RowFactory.create(null, "Budget passes", null,
                            "The city council approved its budget on Tuesday, council leader Tom Baker said.")), schema)
                    .coalesce(1).write().parquet(parquet.toString());
        }
        Path out = tmp.resolve("out");
        assertEquals(0, sparkBuild("--master", "local[2]", "--out", out.toString(), parquet.toString()));
        String nq = String.join("\n", sortedParts(out));
        assertTrue(nq.contains("<https://w3id.org/newsgraph/id/article/port-deal> <http://schema.org/headline> \"Port deal signed\""), nq);
        assertTrue(nq.contains("<http://schema.org/datePublished> \"2025-05-02\"^^<http://www.w3.org/2001/XMLSchema#date>"), nq);
        assertTrue(nq.contains("<http://schema.org/identifier> \"parquet-1\""), "row number as id when the column is empty");
        assertTrue(nq.contains("Maria Lopez"), "the text is analysed");
    }

    @Test
    void smallCorpusRerunIntoTheSameFolderGivesTheSameParts(@TempDir Path tmp) throws IOException {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a1.txt"), "Harbour strike ends\n\nLONDON, March 3, 2025 - Dock workers in "
                + "Felixstowe ended their strike on Monday, union leader Maria Lopez said.\n\n\"We have a fair deal now,\" "
                + "Lopez told reporters.");
        Files.writeString(corpus.resolve("a2.txt"), "Council approves budget\n\nLEEDS, March 4, 2025 - The city council "
                + "approved its budget on Tuesday. Council leader Tom Baker said the plan protects libraries.");
        // the same text under another name is built once, as build does
        Files.copy(corpus.resolve("a1.txt"), corpus.resolve("b-copy.txt"));
        Path out = tmp.resolve("out");
        assertEquals(0, sparkBuild("--master", "local[2]", "--out", out.toString(), corpus.toString()));
        List<String> first = sortedParts(out);
        assertEquals(0, sparkBuild("--master", "local[2]", "--partitions", "2", "--out", out.toString(), corpus.toString()));
        assertEquals(first, sortedParts(out), "re-run replaces the parts: same quads, none twice");

        Path db = tmp.resolve("db");
        assertEquals(0, Main.run("build", "--db", db.toString(), corpus.toString()));
        try (GraphStore s = GraphStore.open(db)) {
            assertEquals(withoutStatistics(sorted(s)), first, "same quads as build");
        }
    }
}
