package org.newsgraph.ingest;

import org.newsgraph.text.Hashes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part every reader shares: decoding, cleaning ({@link TextCleaner}), and completing an
 * {@link Article} from the paragraphs a reader found. Metadata the container states ({@link Given})
 * comes first; the rest is read from the text ({@link MetadataExtractor}), and datelines are dropped.
 */
public final class ArticleAssembler {
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("(?is).*<(p|div|br|h[1-6]|article|li)\\b[^>]*>.*");

    private final TextCleaner cleaner = new TextCleaner();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final HtmlReader html = new HtmlReader();

    /** Metadata the container states; it takes precedence over what is read from the text. */
    public record Given(String headline, LocalDate date, String author, String publisher, String url) {
        public static final Given NONE = new Given(null, null, null, null, null);
    }

    TextCleaner cleaner() { return cleaner; }

    /** Paragraphs of a record's text field, which may be plain text or an HTML fragment. */
    List<String> paragraphs(String text) {
        return LOOKS_LIKE_HTML.matcher(text).matches() ? html.fragmentParagraphs(text) : TextCleaner.split(text);
    }

    /** Text from bytes: HTML honours its declared charset; anything that is not text is refused. */
    static String decode(InputFile file, byte[] bytes, boolean isHtml) throws IngestException {
        try {
            return isHtml ? TextDecoder.decode(bytes, HtmlReader.declaredCharset(bytes)) : TextDecoder.decode(bytes);
        } catch (TextDecoder.NotText e) {
            throw new IngestException(file, e.getMessage());
        }
    }

    /**
     * The article from cleaned paragraphs.
     *
     * @param where prefix of problem reasons, e.g. "line 3 skipped: " (empty for a whole file)
     */
    Article assemble(InputFile file, Origin origin, String source, TextCleaner.Result cleaned, Given given, String where)
            throws IngestException {
        MetadataExtractor.Metadata md = metadata.extract(cleaned.paragraphs());
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>(cleaned.dropped());
        for (int i = 0; i < cleaned.paragraphs().size(); i++) {
            String p = cleaned.paragraphs().get(i);
            if (md.datelines().contains(i)) dropped.add("dateline: \"" + TextCleaner.abbreviate(p) + "\"");
            else kept.add(p);
        }
        if (kept.isEmpty()) throw new IngestException(file, where + "no article text after cleaning");
        String text = String.join("\n\n", kept);
        return new Article(origin.names().get(0), source, text,
                firstNonNull(given.headline(), md.headline()),
                firstNonNull(given.date(), md.datePublished()),
                firstNonNull(given.author(), md.author()),
                firstNonNull(given.publisher(), md.publisher()),
                given.url(),
                Hashes.sha256Hex(text),
                dropped,
                origin);
    }

    @SafeVarargs
    static <T> T firstNonNull(T... values) {
        for (T v : values) if (v != null) return v;
        return null;
    }
}
