package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newsgraph.query.NamedQueries;

/**
 * The read-only explorer: static pages from the classpath folder {@code /explore/} at
 * {@code /explore/}, plus {@code /explore/saved-queries.json} (title, description and text of every
 * saved query). The pages fetch all graph data themselves with SPARQL from {@code /news/sparql}.
 *
 * <p>Only GET and HEAD are served. Every response carries a Content-Security-Policy that allows
 * scripts, styles and connections from this server only (no inline script, no plugins, no framing),
 * so text from articles can never run as code even if a page rendered it as markup.
 */
final class ExplorerServlet extends HttpServlet {
    static final String PATH = "/explore";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** Where the explorer's files live on the class path. */
    static final String ROOT = "/explore/";
    private static final Pattern SAFE_PATH = Pattern.compile("([a-z0-9-]+/)*[a-z0-9-]+\\.(html|css|js|rq|svg|png)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "rq", "application/sparql-query; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "json", "application/json; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        secure(resp);
        String path = req.getPathInfo();
        if (path == null) { // "/explore" without the slash: relative links need the folder form
            resp.sendRedirect(req.getContextPath() + PATH + "/");
            return;
        }
        String file = path.equals("/") ? "index.html" : path.substring(1);
        if (file.equals("saved-queries.json")) {
            send(resp, "json", savedQueries().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!SAFE_PATH.matcher(file).matches()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ExplorerServlet.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(resp, file.substring(file.lastIndexOf('.') + 1), in.readAllBytes());
        }
    }

    private static void secure(HttpServletResponse resp) {
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("Cache-Control", "no-cache");
    }

    private static void send(HttpServletResponse resp, String ext, byte[] body) throws IOException {
        resp.setContentType(TYPES.get(ext));
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    /** The saved queries as JSON: [{name, title, description, query}]. */
    static String savedQueries() {
        JsonArray all = new JsonArray();
        for (NamedQueries.SavedQuery q : NamedQueries.bundled()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("title", q.title());
            o.put("description", q.description());
            o.put("query", q.text());
            all.add(o);
        }
        return all.toString();
    }
}
