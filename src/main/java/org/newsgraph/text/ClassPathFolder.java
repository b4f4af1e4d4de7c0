package org.newsgraph.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The one way to list a folder of resources, whether the classes run from target/classes or from
 * the packaged jar (bundled corpus, saved queries).
 */
public final class ClassPathFolder {
    private ClassPathFolder() {}

    /** File name → bytes of every regular file directly inside {@code folder} (e.g. "/queries"), sorted by name. */
    public static SortedMap<String, byte[]> files(String folder) {
        String dir = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        URL url = ClassPathFolder.class.getResource(dir + "/");
        if (url == null) throw new IllegalStateException("missing resource folder " + dir);
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(fs.getPath(dir));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource location " + url, e);
        }
    }

    private static SortedMap<String, byte[]> read(Path dir) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
