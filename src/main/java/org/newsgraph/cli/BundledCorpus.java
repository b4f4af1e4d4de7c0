package org.newsgraph.cli;

import org.newsgraph.text.ClassPathFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The demo articles shipped inside the jar (classpath /corpus/), copied out so the ingester can read them. */
final class BundledCorpus {
    private BundledCorpus() {}

    /** Copies the bundled articles into a new temporary folder and returns it. */
    static Path extract() throws IOException {
        Path target = Files.createTempDirectory("newsgraph-corpus");
        target.toFile().deleteOnExit();
        for (Map.Entry<String, byte[]> f : ClassPathFolder.files("/corpus").entrySet()) {
            Path dest = target.resolve(f.getKey());
            Files.write(dest, f.getValue());
            dest.toFile().deleteOnExit();
        }
        return target;
    }
}
