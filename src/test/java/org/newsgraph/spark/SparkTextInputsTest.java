package org.newsgraph.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.store.GraphStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Text folders read through Hadoop's file system API ({@code file:} URIs and another scheme) give the
 * quads {@code build} gives for the same folder, and name what they skip, with the reason.
 */
class SparkTextInputsTest {

    /** A small folder of every format, with a bad JSON line, an oversized file and a hidden file. */
    static Path corpus(Path tmp) throws IOException {
        Path dir = tmp.resolve("news folder");     // a space, to check the file IRIs' spelling
        Files.createDirectories(dir.resolve("wire"));
        Files.createDirectories(dir.resolve(".drafts"));
        Files.writeString(dir.resolve("harbour.txt"), "Harbour strike ends\n\nLONDON, March 3, 2025 - Dock workers in "
                + "Felixstowe ended their strike on Monday, union leader Maria Lopez said.\n\n\"We have a fair deal now,\" "
                + "Lopez told reporters.");
        Files.writeString(dir.resolve("wire/budget.html"), "<html><head><title>Council approves budget</title></head><body>"
                + "<h1>Council approves budget</h1><p>The city council in Leeds approved its budget on Tuesday. Council "
                + "leader Tom Baker said the plan protects libraries.</p></body></html>");
        Files.writeString(dir.resolve("wire/items.json"), "[{\"headline\": \"Rail talks resume\", \"text\": \"Rail unions "
                + "and operators resumed talks in Manchester on Wednesday, negotiator Anna Reed said.\"},"
                + "{\"headline\": \"Bridge reopens\", \"text\": \"The Tyne bridge reopened on Thursday after repairs, "
                + "engineer Paul Grant said.\"}]");
        Files.writeString(dir.resolve("wire/feed.jsonl"), "{\"id\": \"farm-aid\", \"text\": \"Farmers in Kent will receive "
                + "drought aid, minister Clare Hughes announced on Friday.\"}\n{not json\n");
        Files.writeString(dir.resolve("archive.txt"), "The archive holds many old reports. ".repeat(400)); // ~14 KB
        Files.writeString(dir.resolve(".drafts/draft.txt"), "A draft that is never read, editor Sam Cole said.");
        return dir;
    }

    static String run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = SparkBuildTest.sparkBuild(args);
        } finally {
            System.setErr(err);
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        return text;
    }

    @Test
    void folderAsFileUriAndOnAnotherHadoopFileSystemGivesTheQuadsOfBuild(@TempDir Path tmp) throws IOException {
        Path dir = corpus(tmp);
        // a Hadoop path string, as spark.read takes them: not percent-encoded
        String fileUri = "file://" + dir.toAbsolutePath();

        Path db = tmp.resolve("db");
        assertEquals(0, Main.run("build", "--max-file-size", "0.01", "--db", db.toString(), dir.toString()));
        List<String> built;
        try (GraphStore s = GraphStore.open(db)) {
            built = SparkBuildTest.withoutStatistics(SparkBuildTest.sorted(s));   // load computes that graph
        }
        assertTrue(built.stream().anyMatch(l -> l.contains("Felixstowe")), "the folder was built");

        Path out = tmp.resolve("out");
        String log = run("--master", "local[2]", "--partitions", "3", "--max-file-size", "0.01", "--out", out.toString(), fileUri);
        assertEquals(built, SparkBuildTest.sortedParts(out), "file: URI through Hadoop: the quads of build");
        String archive = dir.resolve("archive.txt").toAbsolutePath().toString();
        assertTrue(log.contains("skipped " + archive + ": file is 14 KB, over the 10.2 KB limit"), log);
        assertTrue(log.contains("skipped " + dir.resolve("wire/feed.jsonl").toAbsolutePath() + "#2: line 2 skipped: malformed JSON")
                || log.contains("feed.jsonl: line 2 skipped: malformed JSON"), log);
        assertFalse(log.contains("draft.txt"), "hidden folders are not read");

        // the same folder on another Hadoop file system: its URIs are the identity, nothing else changes
        System.setProperty("spark.hadoop.fs." + LocalAsOtherFs.SCHEME + ".impl", LocalAsOtherFs.class.getName());
        try {
            String other = LocalAsOtherFs.SCHEME + "://" + dir.toAbsolutePath();
            Path out2 = tmp.resolve("out2");
            String log2 = run("--master", "local[2]", "--max-file-size", "0.01", "--out", out2.toString(), other);
            List<String> expected = built.stream().map(l -> l.replace("<file:///", "<" + LocalAsOtherFs.SCHEME + ":///")
                    .replace("\"file:///", "\"" + LocalAsOtherFs.SCHEME + ":///")).sorted().toList();
            assertNotEquals(built, expected, "file IRIs are in the graph");
            assertEquals(expected, SparkBuildTest.sortedParts(out2));
            assertTrue(log2.contains("skipped " + LocalAsOtherFs.SCHEME + ":///"), log2);
            assertTrue(log2.contains("archive.txt: file is 14 KB, over the 10.2 KB limit"), log2);
        } finally {
            System.clearProperty("spark.hadoop.fs." + LocalAsOtherFs.SCHEME + ".impl");
        }
    }
}
