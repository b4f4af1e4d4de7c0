package org.newsgraph.ingest;

import org.newsgraph.text.Hashes;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files and folders to {@link Article}s: finds supported files, detects their encoding, extracts the
 * article body (HTML, JSON records), cleans it ({@link TextCleaner}) and reads the metadata it states
 * ({@link MetadataExtractor}; for HTML and JSON the container's own fields come first).
 *
 * <p>Supported: {@code .txt} (one article), {@code .html}/{@code .htm} (one article), {@code .json}
 * (an object, or an array of objects), {@code .jsonl} (one object per line). A record has {@code text}
 * and optionally {@code headline}, {@code datePublished}, {@code publisher}, {@code author}, {@code url},
 * {@code id}. Problems are reported per file, and per record for JSON, so one bad line loses only itself.
 */
public final class Ingestor {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".json", ".jsonl");

    /** Articles read, and what could not be read (whole files or single records). */
    public record ReadResult(List<Article> articles, List<IngestException> problems) {
        public ReadResult {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("(?is).*<(p|div|br|h[1-6]|article|li)\\b[^>]*>.*");

    private final long maxBytes;
    private final TextCleaner cleaner = new TextCleaner();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final HtmlReader html = new HtmlReader();

    public Ingestor() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes files larger than this are refused (guards against dumps and binaries). */
    public Ingestor(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        this.maxBytes = maxBytes;
    }

    // --- finding files --------------------------------------------------------------------------

    /**
     * The supported files under {@code roots}, sorted, each once. Folders are searched recursively and
     * skip other files and hidden entries; an explicitly named file must have a supported extension.
     */
    public List<Path> listFiles(List<Path> roots) throws IngestException {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) throw new IngestException(root, "no such file or folder");
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : (Iterable<Path>) walk::iterator) {
                        if (Files.isRegularFile(p) && isSupported(p) && !isHidden(root, p)
                                && seen.add(p.toAbsolutePath().normalize())) out.add(p);
                    }
                } catch (IOException | RuntimeException e) {
                    throw new IngestException(root, "cannot read folder: " + e.getMessage(), e);
                }
            } else {
                if (!isSupported(root)) {
                    String ext = extension(root);
                    throw new IngestException(root, (ext.isEmpty() ? "no file extension" : "unsupported file type \"" + ext + "\"")
                            + " (supported: " + String.join(" ", EXTENSIONS) + ")");
                }
                if (seen.add(root.toAbsolutePath().normalize())) out.add(root);
            }
        }
        out.sort(null);
        return out;
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
        return false;
    }

    static boolean isSupported(Path p) {
        return EXTENSIONS.contains(extension(p));
    }

    static String extension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    // --- reading ---------------------------------------------------------------------------------

    /**
     * Lists, reads and de-duplicates: a text seen before (same content hash) is reported and skipped;
     * an id seen before with different text gets a numeric suffix ("-2").
     *
     * @throws IngestException when a root is missing or an explicitly named file is unsupported
     */
    public ReadResult ingest(List<Path> roots) throws IngestException {
        List<Article> articles = new ArrayList<>();
        List<IngestException> problems = new ArrayList<>();
        Map<String, String> byHash = new HashMap<>();
        Map<String, Integer> idCount = new HashMap<>();
        for (Path file : listFiles(roots)) {
            ReadResult r = readAll(file);
            problems.addAll(r.problems());
            for (Article a : r.articles()) {
                String earlier = byHash.putIfAbsent(a.contentHash(), a.source());
                if (earlier != null) {
                    problems.add(new IngestException(file, "same text as " + earlier + ", skipped"));
                    continue;
                }
                int n = idCount.merge(a.id(), 1, Integer::sum);
                if (n > 1) {
                    a = new Article(a.id() + "-" + n, a.source(), a.text(), a.headline(), a.datePublished(),
                            a.author(), a.publisher(), a.url(), a.contentHash(), a.dropped());
                }
                articles.add(a);
            }
        }
        return new ReadResult(articles, problems);
    }

    /** The articles of one file; throws when none is usable. Use {@link #readAll} to see skipped records too. */
    public List<Article> read(Path file) throws IngestException {
        ReadResult r = readAll(file);
        if (!r.articles().isEmpty()) return r.articles();
        if (r.problems().size() == 1) throw r.problems().get(0);
        if (r.problems().isEmpty()) throw new IngestException(file, "no article text after cleaning");
        throw new IngestException(file, "no usable records (" + r.problems().size() + " problems; first: "
                + r.problems().get(0).reason() + ")");
    }

    /** The articles of one file and the problems met; never throws. */
    public ReadResult readAll(Path file) {
        try {
            byte[] bytes = load(file);
            return switch (extension(file)) {
                case ".txt" -> new ReadResult(List.of(fromPlainText(file, decode(file, bytes, false))), List.of());
                case ".html", ".htm" -> new ReadResult(List.of(fromHtml(file, bytes)), List.of());
                case ".json" -> readJson(file, decode(file, bytes, false));
                case ".jsonl" -> readJsonLines(file, decode(file, bytes, false));
                default -> throw new IngestException(file, "unsupported file type \"" + extension(file) + "\" (supported: "
                        + String.join(" ", EXTENSIONS) + ")");
            };
        } catch (IngestException e) {
            return new ReadResult(List.of(), List.of(e));
        }
    }

    /**
     * One article from a string, cleaned and with metadata read as for a {@code .txt} file.
     *
     * @throws IllegalArgumentException when nothing is left after cleaning
     */
    public Article fromText(String id, String source, String text) {
        try {
            return build(Path.of(source), id, source, cleaner.clean(TextDecoder.normalize(text)), Given.NONE, "");
        } catch (IngestException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private byte[] load(Path file) throws IngestException {
        try {
            if (Files.isDirectory(file)) throw new IngestException(file, "is a folder, not a file");
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new IngestException(file, "file is " + size(size) + ", over the " + size(maxBytes)
                        + " limit (raise with --max-file-size)");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException(file, "no such file or folder", e);
        } catch (IOException e) {
            throw new IngestException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** "7.2 MB", "5 MB", "300 KB", "12 bytes". */
    static String size(long bytes) {
        double mb = bytes / (1024.0 * 1024.0), kb = bytes / 1024.0;
        if (mb >= 1) return oneDecimal(mb) + " MB";
        if (kb >= 1) return oneDecimal(kb) + " KB";
        return bytes + " bytes";
    }

    private static String oneDecimal(double v) {
        String s = String.format(Locale.ROOT, "%.1f", Math.floor(v * 10) / 10);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static String decode(Path file, byte[] bytes, boolean isHtml) throws IngestException {
        try {
            return isHtml ? TextDecoder.decode(bytes, HtmlReader.declaredCharset(bytes)) : TextDecoder.decode(bytes);
        } catch (TextDecoder.NotText e) {
            throw new IngestException(file, e.getMessage());
        }
    }

    private Article fromPlainText(Path file, String text) throws IngestException {
        return build(file, stem(file), file.toString(), cleaner.clean(text), Given.NONE, "");
    }

    private Article fromHtml(Path file, byte[] bytes) throws IngestException {
        String text = decode(file, bytes, true);
        HtmlReader.Page page = html.read(text, file.toUri().toString());
        Given given = new Given(page.headline(), page.datePublished(), page.author(), page.publisher(), page.url());
        return build(file, stem(file), file.toString(), cleaner.cleanParagraphs(page.paragraphs()), given, "");
    }

    // --- JSON ------------------------------------------------------------------------------------

    private ReadResult readJson(Path file, String text) throws IngestException {
        JsonValue root;
        try {
            root = JsonRecords.parse(text);
        } catch (JsonRecords.Malformed e) {
            throw new IngestException(file, "malformed JSON" + (e.line > 0 ? " at line " + e.line : "") + ": " + e.getMessage(), e);
        }
        List<JsonValue> records = new ArrayList<>();
        boolean single = false;
        if (root.isArray()) {
            root.getAsArray().forEach(records::add);
        } else if (root.isObject() && JsonRecords.text(root.getAsObject()) != null) {
            records.add(root);
            single = true;
        } else if (root.isObject()) {
            // A wrapper such as {"articles": [...]}: the first array of objects it holds.
            root.getAsObject().entrySet().stream().map(java.util.Map.Entry::getValue).filter(JsonRecords::isArrayOfObjects)
                    .findFirst().ifPresent(v -> v.getAsArray().forEach(records::add));
            if (records.isEmpty()) throw new IngestException(file, "JSON object has no \"text\" field and no list of articles");
        } else {
            throw new IngestException(file, "JSON holds neither an article object nor an array of them");
        }
        List<Article> articles = new ArrayList<>();
        List<IngestException> problems = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            int n = i + 1;
            String where = single ? "" : "record " + n + ": ";
            try {
                if (!records.get(i).isObject()) throw new IngestException(file, where + "not a JSON object");
                articles.add(fromRecord(file, records.get(i).getAsObject(), single ? stem(file) : stem(file) + "-" + n,
                        single ? file.toString() : file + "#" + n, where));
            } catch (IngestException e) {
                problems.add(e);
            }
        }
        return new ReadResult(articles, problems);
    }

    private ReadResult readJsonLines(Path file, String text) {
        List<Article> articles = new ArrayList<>();
        List<IngestException> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String where = "line " + n + ": ";
            try {
                JsonValue v;
                try {
                    v = JsonRecords.parse(line);
                } catch (JsonRecords.Malformed e) {
                    throw new IngestException(file, "malformed JSON at line " + n + ": " + e.getMessage(), e);
                }
                if (!v.isObject()) throw new IngestException(file, where + "not a JSON object");
                JsonObject o = v.getAsObject();
                articles.add(fromRecord(file, o, stem(file) + "-" + n, file + "#" + n, where));
            } catch (IngestException e) {
                problems.add(e);
            }
        }
        if (articles.isEmpty() && problems.isEmpty()) problems.add(new IngestException(file, TextDecoder.EMPTY));
        return new ReadResult(articles, problems);
    }

    private Article fromRecord(Path file, JsonObject o, String defaultId, String source, String where) throws IngestException {
        String text = JsonRecords.text(o);
        if (text == null) throw new IngestException(file, where + "no \"text\" field");
        text = TextDecoder.normalize(text);
        List<String> paragraphs = LOOKS_LIKE_HTML.matcher(text).matches()
                ? html.fragmentParagraphs(text) : TextCleaner.split(text);
        String id = JsonRecords.string(o, "id");
        String date = firstNonNull(JsonRecords.string(o, "datePublished"), JsonRecords.string(o, "date"),
                JsonRecords.string(o, "published"));
        Given given = new Given(
                clean(firstNonNull(JsonRecords.string(o, "headline"), JsonRecords.string(o, "title"))),
                MetadataExtractor.firstDate(date),
                clean(JsonRecords.name(o.get("author"))),
                clean(JsonRecords.name(o.get("publisher"))),
                clean(JsonRecords.string(o, "url")));
        return build(file, id == null ? defaultId : id.strip(), source, cleaner.cleanParagraphs(paragraphs), given, where);
    }

    private static String clean(String s) {
        return s == null ? null : TextDecoder.normalize(s).strip();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) if (v != null) return v;
        return null;
    }

    // --- assembling -------------------------------------------------------------------------------

    /** Metadata the container states; it takes precedence over what is read from the text. */
    private record Given(String headline, LocalDate date, String author, String publisher, String url) {
        static final Given NONE = new Given(null, null, null, null, null);
    }

    private Article build(Path file, String id, String source, TextCleaner.Result cleaned, Given given, String where)
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
        return new Article(id, source, text,
                firstNonNull(given.headline(), md.headline()),
                firstNonNull(given.date(), md.datePublished()),
                firstNonNull(given.author(), md.author()),
                firstNonNull(given.publisher(), md.publisher()),
                given.url(),
                Hashes.sha256Hex(text),
                dropped);
    }
}
