package org.newsgraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Files named by path or by file-system URI get build's identity; files read elsewhere follow build's rules. */
class InputFileTest {

    @Test
    void aLocalFileHasOneIdentityWhicheverWayItIsNamed(@TempDir Path dir) {
        Path f = dir.resolve("wire desk").resolve("story.txt");
        InputFile byPath = InputFile.of(f);
        assertEquals(f.toAbsolutePath().normalize().toUri(), byPath.uri());
        for (String uri : List.of(byPath.uri().toString(), "file:" + f.toAbsolutePath().toUri().getRawPath())) {
            InputFile byUri = InputFile.of(URI.create(uri));
            assertEquals(byPath.uri(), byUri.uri(), uri);
            assertEquals(byPath.segments(), byUri.segments(), uri);
            assertEquals(Origin.of(f, 2, null, null), Origin.of(byUri, 2, null, null), uri);
        }
    }

    @Test
    void aFileOnAnotherFileSystemIsKnownByItsUri() {
        InputFile f = InputFile.of(URI.create("HDFS://namenode:8020/news/2025/../2025/harbour%20strike.json"));
        assertEquals("hdfs://namenode:8020/news/2025/harbour%20strike.json", f.uri().toString());
        assertEquals(".json", f.extension());
        Origin record = Origin.of(f, 3, null, null);
        assertEquals("hdfs://namenode:8020/news/2025/harbour%20strike.json#3", record.key());
        assertEquals("hdfs://namenode:8020/news/2025/harbour%20strike.json", record.derivedFrom());
        assertEquals(List.of("harbour strike-3", "2025/harbour strike-3", "news/2025/harbour strike-3"), record.names());
        assertEquals("https://example.com/a", Origin.of(f, 1, "x", "https://EXAMPLE.com:443/a").key(), "a URL comes first");
        assertEquals("id:x", Origin.of(f, 1, "x", null).key(), "then the id");
    }

    @Test
    void filesReadElsewhereAreCheckedAndReadByBuildsRules(@TempDir Path dir) throws IOException {
        Ingestor ingestor = new Ingestor(1024);
        InputFile big = InputFile.of(URI.create("s3a://bucket/news/big.txt"));
        Ingestor.ReadResult tooBig = ingestor.readAll(big, 4096, () -> { throw new AssertionError("an oversized file is not read"); });
        assertEquals(List.of("s3a://bucket/news/big.txt: file is 4 KB, over the 1 KB limit (raise with --max-file-size)"),
                tooBig.problems().stream().map(Exception::getMessage).toList());
        Ingestor.ReadResult failed = ingestor.readAll(InputFile.of(URI.create("s3a://bucket/news/gone.txt")), 10,
                () -> { throw new IOException("connection reset"); });
        assertEquals("cannot read: connection reset", failed.problems().get(0).reason());

        String lines = "{\"text\": \"Dock workers in Felixstowe ended their strike on Monday, union leader Maria Lopez said.\"}\n{bad\n";
        Path local = Files.writeString(dir.resolve("feed.jsonl"), lines);
        Ingestor.ReadResult fromPath = ingestor.readAll(local);
        Ingestor.ReadResult fromUri = ingestor.readAll(InputFile.of(URI.create("file://" + local.toAbsolutePath())),
                Files.size(local), () -> lines.getBytes(StandardCharsets.UTF_8));
        assertEquals(fromPath.articles().get(0).origin(), fromUri.articles().get(0).origin());
        assertEquals(fromPath.articles().get(0).text(), fromUri.articles().get(0).text());
        assertEquals(1, fromUri.problems().size());
        assertTrue(fromUri.problems().get(0).reason().startsWith("line 2 skipped: malformed JSON"), fromUri.problems().get(0).reason());
    }
}
