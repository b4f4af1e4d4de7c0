package org.newsgraph.cli;

import org.newsgraph.link.ChainedLinker;
import org.newsgraph.link.GazetteerLinker;
import org.newsgraph.link.Linker;
import org.newsgraph.link.OnlineLinker;
import org.newsgraph.pipeline.BuildListener;
import org.newsgraph.pipeline.BuildPipeline;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Options of commands that build articles (build, serve, eval, bench), turned into a {@link BuildPipeline}. */
public final class BuildOptions {
    @Option(names = "--threads", paramLabel = "N", description = "NLP worker threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-file-size", paramLabel = "MB", description = "largest input file in MB (default: ${DEFAULT-VALUE})",
            defaultValue = "5")
    double maxFileMb = 5;

    @Option(names = "--wikidata", paramLabel = "MODE",
            description = "Wikidata linking: offline (bundled verified gazetteer, default), online (also asks Wikidata; "
                    + "needs internet, responses cached), off", defaultValue = "offline")
    String wikidata = "offline";

    @Option(names = "--wikidata-cache", paramLabel = "DIR", description = "cache of Wikidata responses (default: ${DEFAULT-VALUE})",
            defaultValue = ".wikidata-cache")
    Path wikidataCache = Path.of(".wikidata-cache");

    @Option(names = "--strict", description = "exit with status 2 when any input file or record is rejected "
            + "(by default the rest is built and the status is 0)")
    boolean strict;

    /** The build these options describe. */
    BuildPipeline pipeline(String base, BuildListener listener) {
        return BuildPipeline.builder().base(base).linker(linker()).threads(threads)
                .maxFileBytes((long) (maxFileMb * 1024 * 1024)).listener(listener).build();
    }

    /** The one place a linker is chosen by name. */
    Linker linker() {
        return switch (wikidata.toLowerCase(Locale.ROOT)) {
            case "offline" -> new GazetteerLinker();
            case "online" -> new ChainedLinker(new GazetteerLinker(), OnlineLinker.wikidata(wikidataCache));
            case "off" -> candidates -> List.of();
            default -> throw new IllegalArgumentException("--wikidata must be offline, online or off, not " + wikidata);
        };
    }
}
