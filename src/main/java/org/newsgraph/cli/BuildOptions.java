package org.newsgraph.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options of commands that build articles (build, serve, eval, bench). */
public final class BuildOptions {
    @Option(names = "--threads", paramLabel = "N", description = "NLP worker threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-file-size", paramLabel = "MB", description = "largest input file in MB (default: ${DEFAULT-VALUE})",
            defaultValue = "5")
    double maxFileMb;

    @Option(names = "--wikidata", paramLabel = "MODE",
            description = "Wikidata linking: offline (the bundled verified gazetteer and those imported with "
                    + "'gazetteer import', default), online (also asks Wikidata; needs internet, responses cached), off",
            defaultValue = "offline")
    String wikidata;

    @Option(names = "--wikidata-cache", paramLabel = "DIR", description = "cache of Wikidata responses (default: ${DEFAULT-VALUE})",
            defaultValue = ".wikidata-cache")
    Path wikidataCache;

    long maxFileBytes() { return (long) (maxFileMb * 1024 * 1024); }
}
