package org.newsgraph.cli;

import org.newsgraph.link.Linker;
import org.newsgraph.link.LinkerRegistry;
import org.newsgraph.pipeline.BuildListener;
import org.newsgraph.pipeline.BuildPipeline;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options of commands that build articles (build, serve, eval, bench), turned into a {@link BuildPipeline}. */
public final class BuildOptions {
    @Option(names = "--threads", paramLabel = "N", description = "NLP worker threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-file-size", paramLabel = "MB", description = "largest input file in MB (default: ${DEFAULT-VALUE})",
            defaultValue = "5")
    double maxFileMb = 5;

    @Option(names = "--wikidata", paramLabel = "MODE",
            description = "Wikidata linking: offline (the bundled verified gazetteer and those imported with "
                    + "'gazetteer import', default), online (also asks Wikidata; needs internet, responses cached), off",
            defaultValue = "offline")
    String wikidata = "offline";

    @Option(names = "--wikidata-cache", paramLabel = "DIR", description = "cache of Wikidata responses (default: ${DEFAULT-VALUE})",
            defaultValue = ".wikidata-cache")
    Path wikidataCache = Path.of(".wikidata-cache");

    @Option(names = "--strict", description = "exit with status 2 when any input file or record is rejected "
            + "(by default the rest is built and the status is 0)")
    boolean strict;

    /** The build these options describe, with the bundled gazetteer only (scratch and benchmark databases). */
    BuildPipeline pipeline(String base, BuildListener listener) {
        return pipeline(null, base, listener);
    }

    /** The build these options describe for database folder {@code db} (its gazetteers and reviewed links). */
    BuildPipeline pipeline(Path db, String base, BuildListener listener) {
        return BuildPipeline.builder().base(base).linker(linker(db)).threads(threads)
                .maxFileBytes((long) (maxFileMb * 1024 * 1024)).listener(listener).build();
    }

    /** The linker named by --wikidata, from the registry of linkers. */
    Linker linker(Path db) {
        return LinkerRegistry.create(wikidata, new LinkerRegistry.Settings(db, wikidataCache));
    }
}
