package org.newsgraph.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An input file wherever it lives: a local path, or a URI of any Hadoop file system ({@code hdfs://},
 * {@code s3a://}, …) read elsewhere and handed over as bytes. Identity ({@link Origin}) is built from
 * it, so the same local file gives the same article whether it is named as a path or as a
 * {@code file:} URI.
 *
 * @param uri      where the file is: the file IRI of the absolute, normalised path for local files (as
 *                 {@link Path#toUri()} spells it), else the URI in ASCII form with {@code scheme://}
 * @param name     how messages and {@link Article#source()} name it (the path as given, or the URI)
 * @param segments the names on the way from the root to the file, the file name last
 */
public record InputFile(URI uri, String name, List<String> segments) {
    public InputFile {
        if (segments.isEmpty()) throw new IllegalArgumentException("an input file needs a file name: " + uri);
        segments = List.copyOf(segments);
    }

    /** A local file: its file IRI is that of its absolute, normalised path. */
    public static InputFile of(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<String> segments = new ArrayList<>();
        for (Path part : abs) segments.add(part.toString());
        return new InputFile(abs.toUri(), file.toString(), segments);
    }

    /**
     * A file named by URI. {@code file:} URIs are local paths (exactly as {@link #of(Path)}, whatever
     * spelling Hadoop gives them, e.g. {@code file:/a/b}); other schemes keep their authority and path.
     */
    public static InputFile of(URI uri) {
        if (uri.getScheme() == null || "file".equalsIgnoreCase(uri.getScheme())) {
            Path p = uri.getScheme() == null ? Path.of(uri.getPath())
                    : uri.getRawPath() == null ? Path.of(uri.getSchemeSpecificPart())   // file:relative/path
                    : Path.of(URI.create("file://" + uri.getRawPath()));
            Path abs = p.toAbsolutePath().normalize();
            InputFile local = of(abs);
            return new InputFile(local.uri(), abs.toString(), local.segments());
        }
        URI n = uri.normalize();
        List<String> segments = new ArrayList<>();
        for (String s : (n.getPath() == null ? "" : n.getPath()).split("/")) if (!s.isEmpty()) segments.add(s);
        String authority = n.getRawAuthority() == null ? "" : n.getRawAuthority();
        try {
            URI canonical = new URI(n.getScheme().toLowerCase(Locale.ROOT) + "://" + authority + n.getRawPath());
            return new InputFile(URI.create(canonical.toASCIIString()), canonical.toString(), segments);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file URI: " + uri, e);
        }
    }

    /** The file name, e.g. {@code story.html}. */
    public String fileName() { return segments.get(segments.size() - 1); }

    /** ".html" for "Page.HTML"; empty when there is none. */
    public String extension() {
        String n = fileName();
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? "" : n.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** The file name without its extension. */
    String stem() {
        String n = fileName();
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? n : n.substring(0, dot);
    }

    @Override public String toString() { return name; }
}
