package org.newsgraph.cli;

import org.newsgraph.rdf.Iris;
import org.newsgraph.store.BulkLoader;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-loads N-Quads files (.nq, .nq.gz; folders searched recursively), such as the output of "
                + "spark-build or export --format nq, into the database with Jena's TDB2 bulk loaders: the parallel "
                + "loader into an empty database, the phased loader into one that holds data.",
                "A later build of the same articles skips them as unchanged; serve works as usual."})
public final class LoadCommand implements Callable<Integer> {
    @Mixin DbOptions db;
    @Mixin BaseOption base;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "N-Quads files or folders of them")
    List<Path> paths;

    @Override public Integer call() {
        try (GraphStore store = GraphStore.open(db.db)) {
            BulkLoader.Report r = BulkLoader.load(store, paths, System.err, new Iris(base.base));
            System.out.printf("loaded %,d quads from %d file(s) in %.1f s (%,.0f quads/s, %s loader); the database holds %,d quads%n",
                    r.quadsLoaded(), r.files(), r.millis() / 1000.0, r.quadsPerSecond(), r.loader(), store.quadCount());
            return 0;
        }
    }
}
