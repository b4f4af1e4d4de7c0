package org.newsgraph.ingest;

import org.newsgraph.text.Hashes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class IngestorTest {

    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private static final String STORY = "Harbour Plan Approved After Long Debate\n"
            + "The regional council approved the harbour plan on Thursday, officials said.\n"
            + "Work is expected to begin in the spring.\n";

    // --- listing ---

    @Test
    void listsSupportedFilesRecursivelySortedAndSkipsOthers() throws Exception {
        Path b = write("b.txt", STORY);
        Path a = write("sub/a.HTML", "<p>x</p>");
        Path c = write("sub/deeper/c.jsonl", "{}");
        Path d = write("d.json", "[]");
        Path e = write("e.htm", "<p>x</p>");
        write("notes.pdf", "x");
        write("README", "x");
        write(".hidden/f.txt", STORY);
        List<Path> files = ingestor.listFiles(List.of(dir, b));
        assertEquals(List.of(b, d, e, a, c).stream().sorted().toList(), files);
        assertEquals(5, files.size(), "named twice, listed once");
    }

    @Test
    void unsupportedNamedFileAndMissingPathAreErrors() throws Exception {
        Path pdf = write("report.pdf", "x");
        IngestException e = assertThrows(IngestException.class, () -> ingestor.listFiles(List.of(pdf)));
        assertEquals(pdf.toString(), e.file());
        assertTrue(e.reason().startsWith("unsupported file type \".pdf\""), e.reason());
        assertEquals(pdf + ": " + e.reason(), e.getMessage());
        Path missing = dir.resolve("nope.txt");
        IngestException m = assertThrows(IngestException.class, () -> ingestor.listFiles(List.of(missing)));
        assertEquals(missing.toString(), m.file());
        assertEquals("no such file or folder", m.reason());
    }

    // --- plain text ---

    @Test
    void plainTextFileGivesOneArticleWithStemIdAndPathSource() throws Exception {
        Path f = write("harbour-vote.txt", STORY);
        Article a = ingestor.read(f).get(0);
        assertEquals("harbour-vote", a.id());
        assertEquals(f.toString(), a.source());
        assertEquals("Harbour Plan Approved After Long Debate", a.headline());
        assertEquals(3, a.paragraphSpans().size());
        assertEquals(Hashes.sha256Hex(a.text()), a.contentHash());
        assertEquals(64, a.contentHash().length());
    }

    @Test
    void htmlCharacterReferencesLeftInPlainTextAreDecoded() throws Exception {
        String text = "Ministers Meet In Brussels\n\nJos&#233; Barroso met Procter &amp; Gamble&#x2019;s chief&nbsp;on Monday. "
                + "AT&T and R&D teams &c were not there.\n";
        Article a = ingestor.read(write("refs.txt", text)).get(0);
        assertTrue(a.text().contains("José Barroso met Procter & Gamble’s chief on Monday."), a.text());
        assertTrue(a.text().contains("AT&T and R&D teams &c were not there."), a.text());
    }

    @Test
    void encodingsAndLineEndingsGiveTheSameArticle() throws Exception {
        String text = "Café Owners Welcome “Harbour” Plan\r\nThe council\u00A0approved the plan on Thursday, officials said.\r\n"
                + "Résidents were \u0007pleased.\r\n";
        Article utf8 = ingestor.read(write("u8.txt", text)).get(0);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] u8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + u8.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(u8, 0, withBom, 3, u8.length);
        Article bomArticle = ingestor.read(write("bom.txt", withBom)).get(0);
        Article utf16 = ingestor.read(write("u16.txt", text.getBytes(StandardCharsets.UTF_16LE))).get(0);
        Article cp1252 = ingestor.read(write("cp.txt", text.getBytes(Charset.forName("windows-1252")))).get(0);
        String expected = "Café Owners Welcome “Harbour” Plan\n\nThe council approved the plan on Thursday, officials said.\n\n"
                + "Résidents were pleased.";
        for (Article a : List.of(utf8, bomArticle, utf16, cp1252)) {
            assertEquals(expected, a.text(), a.source());
            assertEquals(utf8.contentHash(), a.contentHash());
        }
    }

    // --- errors ---

    @Test
    void emptyBinaryAndOversizeFilesAreRejectedWithFileAndReason() throws Exception {
        Path empty = write("empty.txt", new byte[0]);
        Path binary = write("image.txt", new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0, 0, 1});
        Path big = write("big.txt", "word ".repeat(1024 * 1024 * 3 / 2)); // 7.5 MB
        IngestException e1 = assertThrows(IngestException.class, () -> ingestor.read(empty));
        assertEquals(empty.toString(), e1.file());
        assertEquals("empty file", e1.reason());
        assertEquals(empty + ": empty file", e1.getMessage());
        IngestException e2 = assertThrows(IngestException.class, () -> ingestor.read(binary));
        assertEquals("binary content (NUL bytes)", e2.reason());
        assertEquals(binary.toString(), e2.file());
        IngestException e3 = assertThrows(IngestException.class, () -> ingestor.read(big));
        assertEquals("file is 7.5 MB, over the 5 MB limit (raise with --max-file-size)", e3.reason());
        assertEquals(big.toString(), e3.file());
        // the limit is configurable both ways
        Path medium = write("medium.txt", "The council met on Monday and approved the plan.\n".repeat(6000)); // ~287 KB
        IngestException e4 = assertThrows(IngestException.class, () -> new Ingestor(256 * 1024).read(medium));
        assertEquals("file is 287.1 KB, over the 256 KB limit (raise with --max-file-size)", e4.reason());
        assertEquals(1, new Ingestor(512 * 1024).read(medium).size());
    }

    @Test
    void textThatCleansToNothingIsRejected() throws Exception {
        Path f = write("furniture.txt", "Advertisement\nShare this article\nJust In\n");
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(f));
        assertEquals("no article text after cleaning", e.reason());
        assertEquals(1, ingestor.readAll(f).problems().size());
    }

    // --- HTML ---

    static final String HTML = """
            <!DOCTYPE html>
            <html><head>
            <meta charset="utf-8">
            <title>Harbour Plan Approved After Long Debate | Coastal Courier</title>
            <meta property="og:title" content="Harbour Plan Approved After Long Debate">
            <meta property="og:site_name" content="Coastal Courier">
            <meta property="article:published_time" content="2025-03-06T09:30:00+00:00">
            <meta name="author" content="Jane Roe">
            <link rel="canonical" href="https://courier.example/news/harbour-plan">
            <script>var tracking = "Advertisement should never appear";</script>
            <style>p { color: red; }</style>
            </head><body>
            <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
            <div class="ad-slot">Buy cheap boats today</div>
            <article>
              <h1>Harbour Plan Approved After Long Debate</h1>
              <p class="lead-paragraph">The regional council approved the harbour plan on Thursday, officials said.</p>
              <div id="advert-1"><p>Sponsored: visit the boat show</p></div>
              <figure><img src="x.jpg"><figcaption>The harbour at dawn. Photo: J. Roe</figcaption></figure>
              <p>“This is a good day for the town,” the mayor said.</p>
              <h2>What happens next</h2>
              <ul><li>Contractors must file drawings by June.</li><li>Residents can object until May.</li></ul>
              <div class="newsletter-signup"><p>Sign up for our newsletter</p></div>
              <p>Read more</p>
              <aside class="related-stories"><p>Storm hits the coast again</p></aside>
            </article>
            <footer><p>© 2025 Coastal Courier</p></footer>
            </body></html>
            """;

    @Test
    void htmlBodyParagraphsAndMetadata() throws Exception {
        Path f = write("harbour.html", HTML);
        Article a = ingestor.read(f).get(0);
        assertEquals("Harbour Plan Approved After Long Debate", a.headline());
        assertEquals(LocalDate.of(2025, 3, 6), a.datePublished());
        assertEquals("Jane Roe", a.author());
        assertEquals("Coastal Courier", a.publisher());
        assertEquals("https://courier.example/news/harbour-plan", a.url());
        assertEquals("The regional council approved the harbour plan on Thursday, officials said.\n\n"
                + "“This is a good day for the town,” the mayor said.\n\n"
                + "What happens next\n\n"
                + "Contractors must file drawings by June.\n\n"
                + "Residents can object until May.", a.text());
        for (String gone : List.of("tracking", "color", "Home", "Buy cheap", "Sponsored", "harbour at dawn", "Sign up",
                "Read more", "Storm hits", "©")) {
            assertFalse(a.text().contains(gone), gone);
        }
    }

    @Test
    void htmlWithoutArticleUsesTheDensestParagraphBlockAndTitleFallbacks() throws Exception {
        String page = """
                <html><head><title>Council Backs Harbour Plan</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                 "datePublished":"2025-03-05","author":{"@type":"Person","name":"John Doe"},
                 "publisher":{"@type":"Organization","name":"Bay Times"}}</script></head>
                <body><div class="menu"><p>Home</p><p>Sport</p></div>
                <div class="content"><p>The council backed the harbour plan on Wednesday after a long debate in the chamber.</p>
                <p>Opponents said they would appeal against the decision in the courts.</p></div>
                <div class="sidebar"><p>Weather: sunny</p></div></body></html>
                """;
        Article a = ingestor.read(write("bay.htm", page)).get(0);
        assertEquals("Council Backs Harbour Plan", a.headline());
        assertEquals(LocalDate.of(2025, 3, 5), a.datePublished());
        assertEquals("John Doe", a.author());
        assertEquals("Bay Times", a.publisher());
        assertNull(a.url());
        assertEquals(2, a.paragraphSpans().size(), a.text());
        assertTrue(a.text().startsWith("The council backed"));
    }

    @Test
    void htmlDeclaredLatin1CharsetIsHonoured() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
                + "<body><p>The caf\u00e9 reopened on Monday after a long closure, its owner said.</p></body></html>";
        Article a = ingestor.read(write("cafe.html", page.getBytes(StandardCharsets.ISO_8859_1))).get(0);
        assertTrue(a.text().contains("café"), a.text());
        assertNull(a.headline());
        assertNull(a.datePublished());
        assertNull(a.author());
    }

    // --- JSON ---

    @Test
    void jsonArrayAndObject() throws Exception {
        Path arr = write("batch.json", """
                [{"id": "harbour-1", "text": "The council approved the harbour plan.\\nWork starts in spring.",
                  "headline": "Harbour Plan Approved", "datePublished": "2025-03-06T10:00:00Z",
                  "author": {"name": "Jane Roe"}, "publisher": "Coastal Courier", "url": "https://courier.example/1"},
                 {"text": "The mayor welcomed the decision.\\nAdvertisement\\nShe called it historic."}]
                """);
        List<Article> as = ingestor.read(arr);
        assertEquals(2, as.size());
        Article first = as.get(0), second = as.get(1);
        assertEquals("harbour-1", first.id());
        assertEquals(arr + "#1", first.source());
        assertEquals("Harbour Plan Approved", first.headline());
        assertEquals(LocalDate.of(2025, 3, 6), first.datePublished());
        assertEquals("Jane Roe", first.author());
        assertEquals("Coastal Courier", first.publisher());
        assertEquals("https://courier.example/1", first.url());
        assertEquals("The council approved the harbour plan.\n\nWork starts in spring.", first.text());
        assertEquals("batch-2", second.id());
        assertEquals(arr + "#2", second.source());
        assertEquals("The mayor welcomed the decision.\n\nShe called it historic.", second.text());
        assertNull(second.headline());
        assertNull(second.author());
        assertEquals(List.of("furniture: \"Advertisement\""), second.dropped());

        Path obj = write("single.json", "{\"text\": \"(Jane Roe, Bay Times) The council met on Monday.\"}");
        Article one = ingestor.read(obj).get(0);
        assertEquals("single", one.id());
        assertEquals(obj.toString(), one.source());
        assertEquals("Jane Roe", one.author(), "text rules apply when the record has no author field");
        assertEquals("Bay Times", one.publisher());
    }

    @Test
    void malformedJsonFileNamesTheLine() throws Exception {
        Path bad = write("bad.json", "[\n{\"text\": \"One.\"},\n{\"text\": \"Two.\" \"x\"}\n]");
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(bad));
        assertEquals(bad.toString(), e.file());
        assertTrue(e.reason().startsWith("malformed JSON at line 3: "), e.reason());
    }

    @Test
    void jsonLinesKeepsGoodLinesAndReportsBadOnes() throws Exception {
        Path f = write("feed.jsonl", """
                {"text": "The council approved the harbour plan on Thursday.", "headline": "Harbour Plan Approved"}

                {"text": "The mayor welcomed the decision.", "id": "mayor"
                {"headline": "No text here"}
                {"text": "Opponents vowed to appeal.", "author": "Jane Roe", "datePublished": "6 March 2025"}
                ["not", "an", "object"]
                """);
        Ingestor.ReadResult r = ingestor.readAll(f);
        assertEquals(2, r.articles().size());
        assertEquals("feed-1", r.articles().get(0).id());
        assertEquals(f + "#1", r.articles().get(0).source());
        assertEquals("Harbour Plan Approved", r.articles().get(0).headline());
        assertEquals("feed-5", r.articles().get(1).id());
        assertEquals(f + "#5", r.articles().get(1).source());
        assertEquals("Jane Roe", r.articles().get(1).author());
        assertEquals(LocalDate.of(2025, 3, 6), r.articles().get(1).datePublished());
        assertEquals(3, r.problems().size());
        assertTrue(r.problems().get(0).reason().startsWith("line 3 skipped: malformed JSON: "), r.problems().get(0).reason());
        assertEquals("line 4 skipped: no \"text\" field", r.problems().get(1).reason());
        assertEquals("line 6 skipped: not a JSON object", r.problems().get(2).reason());
        assertTrue(r.problems().stream().allMatch(p -> p.file().equals(f.toString())));
        assertEquals(2, ingestor.read(f).size(), "read returns the good ones");
    }

    @Test
    void jsonLinesWithNothingUsableThrows() throws Exception {
        Path f = write("broken.jsonl", "{oops\n");
        IngestException e = assertThrows(IngestException.class, () -> ingestor.read(f));
        assertTrue(e.reason().startsWith("line 1 skipped: malformed JSON: "), e.reason());
    }

    @Test
    void deeplyNestedJsonIsRefusedWithoutOverflowingTheStack() throws Exception {
        Path deep = write("deep.json", "[".repeat(200_000));
        Ingestor.ReadResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> ingestor.readAll(deep));
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).reason().contains("nested deeper than"), r.problems().get(0).reason());
        Path deepLine = write("deep.jsonl", "{\"text\": \"The mayor said the bridge would reopen.\"}\n" + "[".repeat(200_000) + "\n");
        Ingestor.ReadResult lines = ingestor.readAll(deepLine);
        assertEquals(1, lines.articles().size());
        assertTrue(lines.problems().get(0).reason().startsWith("line 2 skipped: malformed JSON: nested deeper than"),
                lines.problems().get(0).reason());
    }

    // --- identity ---

    @Test
    void anArticleKnowsItsIdentityAndItsReadableNames() throws Exception {
        Path story = write("a/story.txt", STORY);
        Article a = ingestor.read(story).get(0);
        assertEquals("story", a.id());
        assertEquals(story.toAbsolutePath().normalize().toUri().toString(), a.origin().key());
        assertEquals(a.origin().key(), a.origin().derivedFrom());
        assertEquals(List.of("story", "a/story"), a.origin().names().subList(0, 2));

        Path feed = write("feed.jsonl", "{\"url\": \"http://Example.org:80\", \"text\": \"The mayor said the bridge would reopen.\"}\n"
                + "{\"text\": \"The minister said the port would close.\"}\n");
        List<Article> records = ingestor.read(feed);
        assertEquals("http://example.org/", records.get(0).origin().key());
        assertEquals("http://example.org/", records.get(0).origin().derivedFrom());
        assertEquals(feed.toAbsolutePath().normalize().toUri() + "#2", records.get(1).origin().key());
        assertEquals(List.of("feed-1", "feed-2"), records.stream().map(Article::id).toList());
    }
}
