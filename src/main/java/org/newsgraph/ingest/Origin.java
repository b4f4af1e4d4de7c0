package org.newsgraph.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who an article is and where it came from, decided by the reader that knows the container.
 *
 * <p>Identity ({@link #key}) is what a user would call "the same article": the record's URL
 * (normalised) when the input gives one, else its id, else the source file's normalised absolute
 * path (plus the record number inside a JSON file without ids). Rebuilding the same key replaces
 * that article; a different key never overwrites it.
 *
 * @param key         identity: a normalised URL, {@code "id:" + id}, or a file IRI (with {@code #n} for
 *                    the n-th record of a JSON file)
 * @param derivedFrom IRI of the source, for {@code prov:wasDerivedFrom}: the URL, else the file IRI
 * @param names       readable identifiers to try, shortest first (file stem, then {@code parent/stem},
 *                    {@code grandparent/parent/stem}, …); the build takes the first one not in use
 */
public record Origin(String key, String derivedFrom, List<String> names) {
    public Origin {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("empty origin key");
        if (names.isEmpty()) throw new IllegalArgumentException("an origin needs at least one readable name");
        names = List.copyOf(names);
    }

    /**
     * The origin of an article read from {@code file}.
     *
     * @param record  1-based record number inside a multi-record file, or 0 for a whole-file article
     * @param id      the id the record states, or null
     * @param url     the URL the input states, or null
     */
    public static Origin of(Path file, int record, String id, String url) {
        return of(InputFile.of(file), record, id, url);
    }

    /** The origin of an article read from {@code file} (local or on any Hadoop file system); as {@link #of(Path, int, String, String)}. */
    public static Origin of(InputFile file, int record, String id, String url) {
        String fileIri = file.uri().toString();
        String normalUrl = normalizeUrl(url);
        String suffix = record > 0 ? "-" + record : "";
        String key = normalUrl != null ? normalUrl
                : id != null && !id.isBlank() ? "id:" + id.strip()
                : fileIri + (record > 0 ? "#" + record : "");
        List<String> names = new ArrayList<>();
        if (id != null && !id.isBlank()) names.add(id.strip());
        else names.addAll(pathNames(file.segments(), file.stem() + suffix));
        return new Origin(key, normalUrl != null ? normalUrl : fileIri, names);
    }

    /** An article made from a string (tests, tools): identity is the given source name. */
    public static Origin ofName(String id, String source) {
        return new Origin(source == null || source.isBlank() ? "id:" + id : source, null, List.of(id));
    }

    /** "story", "a/story", "t/a/story", … up to the file system root ({@code segments} end with the file name). */
    static List<String> pathNames(List<String> segments, String leaf) {
        List<String> out = new ArrayList<>();
        out.add(leaf);
        String name = leaf;
        for (int i = segments.size() - 2; i >= 0; i--) {
            name = segments.get(i) + "/" + name;
            out.add(name);
        }
        return out;
    }

    /**
     * An http(s) URL in one spelling: scheme and host lower-cased, default port, fragment and dot
     * segments removed, an empty path written "/". Null when {@code url} is not an absolute http(s) URL.
     */
    public static String normalizeUrl(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            URI u = new URI(url.strip()).normalize();
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || u.getHost() == null) return null;
            int port = u.getPort();
            if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) port = -1;
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return scheme + "://" + (u.getRawUserInfo() == null ? "" : u.getRawUserInfo() + "@")
                    + u.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port) + path
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
