package org.newsgraph.server;

import java.io.IOException;
import java.io.Reader;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The newsgraph dataset served by embedded Fuseki with its web UI.
 *
 * <p>Layout: UI at {@code /}; dataset {@code /news} with SPARQL query at {@code /news/sparql},
 * {@code /news/query} and {@code /news} itself, Graph Store reads at {@code /news/get}; server
 * status for the UI at {@code /$/server}, {@code /$/ping}, {@code /$/stats}. There is no admin
 * module, so no {@code /$/datasets} (no dataset create/delete) and nothing is written to disk.
 * Only with {@link ServerOptions#allowUpdate()} are {@code /news/update} (SPARQL Update) and
 * {@code /news/data} (Graph Store read-write) added, and they need HTTP Basic credentials of a
 * user in the password file; reads stay anonymous. The read-only explorer ({@link ExplorerServlet})
 * is at {@code /explore/}.
 */
public final class NewsServer implements AutoCloseable {

    public static final String DATASET = "/news";

    private final FusekiServer fuseki;
    private final String urlHost;
    private final DatasetGraph dataset;
    private CacheWarmer warmer;

    private NewsServer(FusekiServer fuseki, String urlHost, DatasetGraph dataset) {
        this.dataset = dataset;
        this.fuseki = fuseki;
        this.urlHost = urlHost;
    }

    /**
     * Starts serving {@code dsg} (not copied, not closed by the server).
     *
     * @throws IllegalArgumentException for a non-loopback host without {@code allowRemote}, an
     *         unknown host, or an unreadable/empty password file
     * @throws IllegalStateException when the server cannot start, e.g. the port is in use
     */
    public static NewsServer start(DatasetGraph dsg, ServerOptions opts) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(opts, "opts");
        InetAddress bindAddress = resolve(opts.host());
        boolean loopback = bindAddress.isLoopbackAddress();
        if (!loopback && !opts.allowRemote())
            throw new IllegalArgumentException("refusing to bind non-loopback host '" + opts.host()
                    + "': the SPARQL server would be reachable from the network; allow remote access explicitly"
                    + " (allowRemote) or bind 127.0.0.1");
        if (!loopback)
            System.err.println("WARNING: newsgraph server bound to " + opts.host() + ":" + opts.port()
                    + " is reachable from other machines" + (opts.allowUpdate() ? " (updates enabled)" : ""));

        FusekiServer.Builder builder = FusekiServer.create()
                .port(opts.port())
                .loopback(loopback)
                .fusekiModules(FusekiModules.create(FMod_UI.create()))
                // The UI module reads the server control object; constructing it writes nothing
                // (only setup() would create the run/ area, and we never call it).
                .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(null))
                .addServlet("/$/server", new ActionServerStatus())
                .enablePing(true)
                .enableStats(true)
                .addServlet(ExplorerServlet.PATH, new ExplorerServlet())
                .addServlet(ExplorerServlet.PATH + "/*", new ExplorerServlet())
                .add(DATASET, dataService(dsg, opts));
        if (opts.allowUpdate()) {
            // Authentication is only challenged where an endpoint's policy asks for a user:
            // the server-wide policy stays anonymous so reads need no credentials.
            builder.passwordFile(opts.passwordFile().toString())
                    .auth(AuthScheme.BASIC)
                    .serverAuthPolicy(Auth.ANY_ANON);
        }
        FusekiServer server = builder.build();
        Server jetty = server.getJettyServer();
        for (Connector c : jetty.getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(bindAddress.getHostAddress());
        limitRequestBodies(jetty, opts.maxRequestBytes());
        try {
            server.start();
        } catch (RuntimeException e) {
            try {
                server.stop();
            } catch (RuntimeException ignored) {
                // already failed to start; the start failure is the one to report
            }
            throw new IllegalStateException("cannot serve on " + opts.host() + ":" + opts.port() + ": " + rootMessage(e), e);
        }
        String urlHost = bindAddress.isAnyLocalAddress() ? "127.0.0.1"
                : bindAddress instanceof Inet6Address ? "[" + bindAddress.getHostAddress() + "]"
                : bindAddress.getHostAddress();
        return new NewsServer(server, urlHost, dsg);
    }

    private static DataService dataService(DatasetGraph dsg, ServerOptions opts) {
        // The timeout goes on the query endpoints' context (Fuseki merges it into each request's
        // context) rather than into the caller's dataset context or ARQ's global context.
        Context queryContext = new Context();
        queryContext.set(ARQ.queryTimeout, Long.toString(opts.queryTimeout().toMillis()));
        DataService.Builder ds = DataService.newBuilder(dsg)
                // The UI's query page uses the first query endpoint listed by /$/server: make it "sparql".
                .addEndpoint(endpoint(Operation.Query, "sparql", queryContext, null))
                .addEndpoint(endpoint(Operation.Query, "query", queryContext, null))
                .addEndpoint(endpoint(Operation.Query, "", queryContext, null))
                .addEndpoint(endpoint(Operation.GSP_R, "", null, null))
                .addEndpoint(endpoint(Operation.GSP_R, "get", null, null));
        if (opts.allowUpdate()) {
            AuthPolicy writers = Auth.policyAllowSpecific(passwordUsers(opts.passwordFile()));
            ds.addEndpoint(endpoint(Operation.Update, "update", null, writers))
              .addEndpoint(endpoint(Operation.GSP_RW, "data", null, writers));
        }
        return ds.build();
    }

    private static Endpoint endpoint(Operation op, String name, Context context, AuthPolicy policy) {
        Endpoint.Builder b = Endpoint.create().operation(op).endpointName(name).authPolicy(policy);
        if (context != null)
            b.context(context);
        return b.build();
    }

    /** User names of a Jetty realm file ("user: password[,role...]" lines, read like Jetty does). */
    static List<String> passwordUsers(Path passwordFile) {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(passwordFile, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read password file " + passwordFile + ": " + e.getMessage(), e);
        }
        List<String> users = props.stringPropertyNames().stream().filter(u -> !u.isBlank()).sorted().toList();
        if (users.isEmpty())
            throw new IllegalArgumentException("password file " + passwordFile + " lists no users ('user: password' lines)");
        return users;
    }

    /** Bodies over the limit get 413, whether announced by Content-Length or streamed. */
    private static void limitRequestBodies(Server jetty, long maxBytes) {
        Handler app = jetty.getHandler();
        jetty.setHandler(new RequestBodyLimit(maxBytes, app));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t)
            t = t.getCause();
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    private static InetAddress resolve(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "'", e);
        }
    }

    /** The actual port (useful when started with port 0). */
    public int port() {
        for (Connector c : fuseki.getJettyServer().getConnectors())
            if (c instanceof NetworkConnector nc && nc.getLocalPort() > 0)
                return nc.getLocalPort();
        return fuseki.getPort();
    }

    /** The web UI, e.g. {@code http://127.0.0.1:3030/}. */
    public String uiUrl() {
        return "http://" + urlHost + ":" + port() + "/";
    }

    /** The explorer, e.g. {@code http://127.0.0.1:3030/explore/}. */
    public String explorerUrl() {
        return uiUrl() + "explore/";
    }

    /** The SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/news/sparql}. */
    public String sparqlUrl() {
        return uiUrl() + "news/sparql";
    }

    /**
     * Runs the explorer's first queries once in the background so the first visitor finds warm
     * caches ({@link CacheWarmer}); {@link #close()} stops it.
     */
    public void warmUp() {
        if (warmer == null) warmer = CacheWarmer.start(dataset);
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        if (warmer != null) warmer.close();
        fuseki.stop();
    }
}
