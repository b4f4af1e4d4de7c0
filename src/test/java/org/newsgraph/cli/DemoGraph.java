package org.newsgraph.cli;

import org.newsgraph.pipeline.BuildPipeline;
import org.newsgraph.pipeline.BuildReport;
import org.newsgraph.store.GraphStore;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundled demo corpus built once per test JVM through the real pipeline (CoreNLP included), shared
 * by the end-to-end test classes so the models load and the corpus is analysed only once.
 */
public final class DemoGraph {
    public static final Path CORPUS = Path.of("src/main/resources/corpus");
    public static final Path GOLD = org.newsgraph.TestData.SEEDS_GOLD;
    public static final String BASE = "https://w3id.org/newsgraph/id/";
    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static Path dir;
    private static GraphStore store;
    private static BuildReport report;

    private DemoGraph() {}

    public static synchronized GraphStore store() {
        if (store == null) {
            try {
                dir = Files.createTempDirectory("ng-demo");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            store = GraphStore.open(dir);
            report = pipeline().build(store, List.of(CORPUS));
        }
        return store;
    }

    public static synchronized Path dir() {
        store();
        return dir;
    }

    public static synchronized BuildReport firstBuild() {
        store();
        return report;
    }

    /** The build as {@code newsgraph build} runs it by default (offline gazetteer, 5 MB files). */
    static BuildPipeline pipeline() {
        return BuildPipeline.builder().base(BASE).build();
    }
}
