package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One news article after ingestion: the cleaned text that every later offset refers to,
 * and the metadata the text (or its container format) states. Unknown metadata is null.
 *
 * @param id            readable identifier: file stem, the id a JSON record gives, or a longer path such as
 *                      {@code a/story} when a stem is taken; the build makes it unique in the database
 * @param source        where it came from (a path, or path#line for JSON Lines), for messages
 * @param text          cleaned text; paragraphs are separated by exactly one blank line ("\n\n")
 * @param headline      title line, or null
 * @param datePublished dateline date, or null
 * @param author        byline person, or null
 * @param publisher     byline/footer outlet, or null
 * @param url           canonical URL when the input gives one, or null
 * @param contentHash   SHA-256 hex of {@code text}; equal text is built once
 * @param dropped       human-readable notes of what cleaning removed (for the build log)
 * @param origin        identity and provenance ({@link Origin})
 */
public record Article(String id, String source, String text, String headline, LocalDate datePublished,
                      String author, String publisher, String url, String contentHash, List<String> dropped,
                      Origin origin) {
    public Article {
        dropped = List.copyOf(dropped);
        if (origin == null) origin = Origin.ofName(id, source);
    }

    /** An article without a known origin (made from a string): its identity is its source name. */
    public Article(String id, String source, String text, String headline, LocalDate datePublished,
                   String author, String publisher, String url, String contentHash, List<String> dropped) {
        this(id, source, text, headline, datePublished, author, publisher, url, contentHash, dropped, null);
    }

    /** The same article under another readable identifier (the build's choice when the first is taken). */
    public Article withId(String newId) {
        return new Article(newId, source, text, headline, datePublished, author, publisher, url, contentHash, dropped,
                origin);
    }

    /** Paragraph spans [begin,end) in {@link #text()}, split on blank lines. */
    public List<int[]> paragraphSpans() {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int sep = text.indexOf("\n\n", start);
            int end = sep < 0 ? text.length() : sep;
            if (end > start) spans.add(new int[] {start, end});
            if (sep < 0) break;
            start = sep + 2;
        }
        return spans;
    }
}
