package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Files and folders to {@link Article}s: finds supported files ({@link SourceFinder}), reads each with
 * the {@link ArticleReader} registered for its extension ({@link ArticleReaders}), which hands the text
 * and the container's metadata to the {@link ArticleAssembler} (cleaning, metadata from the text).
 *
 * <p>Supported: {@code .txt} (one article), {@code .html}/{@code .htm} (one article), {@code .json}
 * (an object, or an array of objects), {@code .jsonl} (one object per line). A record has {@code text}
 * and optionally {@code headline}, {@code datePublished}, {@code publisher}, {@code author}, {@code url},
 * {@code id}. Problems are reported per file, and per record for JSON, so one bad line loses only itself;
 * whatever a reader throws (errors such as a stack overflow included) costs only its file.
 */
public final class Ingestor {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    /** Articles read, and what could not be read (whole files or single records). */
    public record ReadResult(List<Article> articles, List<IngestException> problems) {
        public ReadResult {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    private final long maxBytes;
    private final ArticleAssembler assembler = new ArticleAssembler();

    public Ingestor() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes files larger than this are refused (guards against dumps and binaries). */
    public Ingestor(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        this.maxBytes = maxBytes;
    }

    /**
     * The supported files under {@code roots}, sorted, each once. Folders are searched recursively and
     * skip other files and hidden entries; an explicitly named file must have a supported extension.
     */
    public List<Path> listFiles(List<Path> roots) throws IngestException {
        return SourceFinder.list(roots);
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
        InputFile in = InputFile.of(file);
        try {
            return parse(in, load(file));
        } catch (IngestException e) {
            return new ReadResult(List.of(), List.of(e));
        }
    }

    /** The bytes of a file read elsewhere (e.g. from a Hadoop file system). */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }

    /**
     * The articles of a file that is not on the local file system, by the rules of {@link #readAll(Path)}:
     * the reader of its extension, the size limit checked before {@code content} is read; never throws.
     *
     * @param size the file's length in bytes, as its file system states it
     */
    public ReadResult readAll(InputFile file, long size, Content content) {
        try {
            if (size > maxBytes) throw oversized(file, size);
            byte[] bytes;
            try {
                bytes = content.read();
            } catch (IOException | RuntimeException e) {
                throw new IngestException(file, "cannot read: " + e.getMessage(), e);
            }
            return parse(file, bytes);
        } catch (IngestException e) {
            return new ReadResult(List.of(), List.of(e));
        }
    }

    /** Whether a file of this name is an input (a supported extension; hidden entries are the lister's business). */
    public static boolean isSupported(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && ArticleReaders.forExtension(fileName.substring(dot).toLowerCase(Locale.ROOT)) != null;
    }

    private ReadResult parse(InputFile file, byte[] bytes) throws IngestException {
        try {
            ArticleReader reader = ArticleReaders.forExtension(file.extension());
            if (reader == null) {
                throw new IngestException(file, "unsupported file type \"" + file.extension() + "\" (supported: "
                        + String.join(" ", ArticleReaders.extensions()) + ")");
            }
            return reader.read(file, bytes, assembler);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A hostile file must cost only itself: whatever a parser throws, the file is skipped with a reason.
            return new ReadResult(List.of(), List.of(new IngestException(file, "cannot read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + TextCleaner.abbreviate(e.getMessage())) + ")", e)));
        }
    }

    /**
     * One article from a string, cleaned and with metadata read as for a {@code .txt} file.
     *
     * @throws IllegalArgumentException when nothing is left after cleaning
     */
    public Article fromText(String id, String source, String text) {
        try {
            return assembler.assemble(InputFile.of(Path.of(source)), Origin.ofName(id, source), source,
                    assembler.cleaner().clean(TextDecoder.normalize(text)), ArticleAssembler.Given.NONE, "");
        } catch (IngestException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private byte[] load(Path file) throws IngestException {
        try {
            if (Files.isDirectory(file)) throw new IngestException(file, "is a folder, not a file");
            long size = Files.size(file);
            if (size > maxBytes) throw oversized(InputFile.of(file), size);
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException(file, "no such file or folder", e);
        } catch (IOException e) {
            throw new IngestException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private IngestException oversized(InputFile file, long size) {
        return new IngestException(file, "file is " + size(size) + ", over the " + size(maxBytes)
                + " limit (raise with --max-file-size)");
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
}
