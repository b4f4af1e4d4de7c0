package org.newsgraph.cli;

import org.newsgraph.server.NewsServer;
import org.newsgraph.server.ServerOptions;
import org.newsgraph.pipeline.BuildListener;
import org.newsgraph.pipeline.BuildReport;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds PATHs (or the bundled demo corpus when the database is empty), then serves the graph "
                + "with the read-only explorer at /explore/, the Fuseki UI and SPARQL endpoints /news/sparql, /news/query, /news/get.",
                "Safe defaults: loopback only, read-only, query timeout."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin DbOptions db;
    @Mixin BaseOption base;
    @Mixin BuildOptions build;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--allow-remote", description = "required to bind an address other than loopback")
    boolean allowRemote;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "query timeout (default: ${DEFAULT-VALUE} s)")
    double timeoutSeconds;

    @Option(names = "--allow-update", description = "enables /news/update and /news/data for the users of --password-file (HTTP Basic)")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE", description = "users allowed to update, one 'user: password' per line")
    Path passwordFile;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "article files or folders to build before serving")
    List<Path> paths = new ArrayList<>();

    @Override public Integer call() throws Exception {
        if (allowUpdate && passwordFile == null)
            throw new IllegalArgumentException("--allow-update needs --password-file");
        GraphStore store = GraphStore.open(db.db);
        try {
            List<Path> toBuild = new ArrayList<>(paths);
            if (toBuild.isEmpty() && store.isEmpty()) {
                System.err.println("database " + db.db + " is empty: building the bundled demo corpus");
                toBuild.add(BundledCorpus.extract());
            }
            if (!toBuild.isEmpty()) {
                BuildReport report = build.pipeline(db.db, base.base, BuildListener.printingTo(System.err)).build(store, toBuild);
                int status = Summary.print(report, store, build.strict);
                if (status != 0 && (build.strict || store.isEmpty())) return status;
            }
            ServerOptions opts = new ServerOptions(host, port, Duration.ofMillis((long) (timeoutSeconds * 1000)),
                    allowUpdate, passwordFile, allowRemote, ServerOptions.defaults().maxRequestBytes());
            try (NewsServer server = NewsServer.start(store.datasetGraph(), opts)) {
                server.warmUp();
                System.out.println("newsgraph explorer: " + server.explorerUrl());
                System.out.println("newsgraph is serving " + db.db + " at " + server.uiUrl()
                        + "  (SPARQL: " + server.sparqlUrl() + ")  Ctrl-C to stop");
                System.out.flush();
                server.join();
            }
        } finally {
            store.close();
        }
        return 0;
    }
}
