package org.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The saved queries of {@code queries/}: each file opens with "# title:" and "# description:" lines.
 * They ship inside the jar (classpath {@code /queries/}); a {@code queries/} folder in the working
 * directory takes precedence so edited copies are picked up.
 */
public final class NamedQueries {
    private NamedQueries() {}

    /** A saved query. */
    public record SavedQuery(String name, String title, String description, String text) {}

    /** Resolves a query name ("people") or a path to an .rq file. */
    public static SavedQuery load(String nameOrFile) {
        Path p = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") && Files.isRegularFile(p)) return parse(stem(p), read(p));
        Path local = Path.of("queries", nameOrFile + ".rq");
        if (Files.isRegularFile(local)) return parse(nameOrFile, read(local));
        try (InputStream in = NamedQueries.class.getResourceAsStream("/queries/" + nameOrFile + ".rq")) {
            if (in != null) return parse(nameOrFile, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (nameOrFile.endsWith(".rq")) throw new IllegalArgumentException("query file not found: " + nameOrFile);
        throw new IllegalArgumentException("no saved query named '" + nameOrFile + "' (try `newsgraph query --list`)");
    }

    /** All queries bundled in the jar, sorted by name. */
    public static List<SavedQuery> bundled() {
        URL url = NamedQueries.class.getResource("/queries/");
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(fs.getPath("/queries"));
                }
            }
            return list(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list bundled queries: " + e.getMessage(), e);
        }
    }

    private static List<SavedQuery> list(Path dir) throws IOException {
        List<SavedQuery> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).toList()) out.add(parse(stem(p), read(p)));
        }
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return Collections.unmodifiableList(out);
    }

    static SavedQuery parse(String name, String text) {
        String title = header(text, "title");
        String description = header(text, "description");
        return new SavedQuery(name, title == null ? name : title, description == null ? "" : description, text);
    }

    private static String header(String text, String key) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) break;
            String body = l.substring(1).strip();
            if (body.startsWith(key + ":")) return body.substring(key.length() + 1).strip();
        }
        return null;
    }

    private static String stem(Path p) {
        String f = p.getFileName().toString();
        return f.endsWith(".rq") ? f.substring(0, f.length() - 3) : f;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }
}
