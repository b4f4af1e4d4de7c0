package org.newsgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/** The demo articles shipped inside the jar (classpath /corpus/), copied out so the ingester can read them. */
final class BundledCorpus {
    private BundledCorpus() {}

    /** Copies the bundled articles into a new temporary folder and returns it. */
    static Path extract() throws IOException {
        URL url = BundledCorpus.class.getResource("/corpus/");
        if (url == null) throw new IOException("the bundled demo corpus is missing from the classpath");
        Path target = Files.createTempDirectory("newsgraph-corpus");
        target.toFile().deleteOnExit();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(fs.getPath("/corpus"), target);
                }
            } else {
                copy(Path.of(uri), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException("bad corpus location " + url, e);
        }
        return target;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Path dest = to.resolve(f.getFileName().toString());
                Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
                dest.toFile().deleteOnExit();
            }
        }
    }
}
