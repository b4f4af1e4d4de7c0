package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the input files under the paths a user gives: supported extensions, no hidden entries, each once. */
final class SourceFinder {
    private SourceFinder() {}

    /**
     * The supported files under {@code roots}, sorted, each once. Folders are searched recursively and
     * skip other files and hidden entries; an explicitly named file must have a supported extension.
     */
    static List<Path> list(List<Path> roots) throws IngestException {
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
                            + " (supported: " + String.join(" ", ArticleReaders.extensions()) + ")");
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
        return ArticleReaders.forExtension(extension(p)) != null;
    }

    /** ".html" for "a/Page.HTML"; empty when there is none. */
    static String extension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
