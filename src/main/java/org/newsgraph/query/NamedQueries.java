package org.newsgraph.query;

import org.newsgraph.text.ClassPathFolder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
        List<SavedQuery> out = new ArrayList<>();
        ClassPathFolder.files("/queries").forEach((file, bytes) -> {
            if (file.endsWith(".rq"))
                out.add(parse(file.substring(0, file.length() - 3), new String(bytes, StandardCharsets.UTF_8)));
        });
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
