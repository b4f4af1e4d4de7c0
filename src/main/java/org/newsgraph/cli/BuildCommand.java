package org.newsgraph.cli;

import org.newsgraph.pipeline.BuildListener;
import org.newsgraph.pipeline.BuildReport;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Ingests article files and folders (.txt, .html, .json, .jsonl), extracts who said what, "
                + "people, organisations, places and events, links them to Wikidata and loads them into the database.",
                "Exit status: 0 when at least one article was built or is already up to date (rejected inputs are "
                        + "named on stderr and counted); 2 when nothing could be built, or with --strict when any input "
                        + "was rejected; 1 fatal error (nothing of this build is kept)."})
public final class BuildCommand implements Callable<Integer> {
    @Mixin DbOptions db;
    @Mixin BaseOption base;
    @Mixin BuildOptions build;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders (searched recursively)")
    List<Path> paths;

    @Override public Integer call() {
        try (GraphStore store = GraphStore.open(db.db)) {
            BuildReport report = build.pipeline(base.base, BuildListener.printingTo(System.err)).build(store, paths);
            return Summary.print(report, store, build.strict);
        }
    }
}
