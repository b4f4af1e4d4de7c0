package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.NamedQueries;

/** The explorer's static files over HTTP: headers, read-only, no path escapes. */
class ExplorerServletTest {
    @TempDir
    static Path dir;
    static DatasetGraph dsg;
    static NewsServer server;

    @BeforeAll
    static void start() {
        dsg = TestData.tdb2(dir.resolve("db"));
        TestData.fill(dsg, 1, 1);
        server = NewsServer.start(dsg, ServerOptions.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        dsg.close();
    }

    @Test
    void explorerUrlIsUnderTheUi() {
        assertEquals(server.uiUrl() + "explore/", server.explorerUrl());
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScript() {
        for (String path : List.of("", "index.html", "js/app.js", "explorer.css", "sparql/top-speakers.rq", "saved-queries.json")) {
            HttpResponse<String> r = Http.get(server.explorerUrl() + path);
            assertEquals(200, r.statusCode(), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
        assertTrue(Http.get(server.explorerUrl() + "js/app.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    }

    @Test
    void theIndexHasNoInlineScriptOrHandlers() {
        String html = Http.get(server.explorerUrl()).body();
        assertTrue(html.contains("<script type=\"module\" src=\"js/app.js\"></script>"), html);
        assertFalse(html.matches("(?s).*<script>.*") || html.matches("(?s).*\\son[a-z]+=.*"), html);
    }

    @Test
    void withoutTheSlashRedirectsToTheFolder() {
        HttpResponse<String> r = Http.get(server.uiUrl() + "explore");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/explore/"));
    }

    @Test
    void onlyFilesOfTheExplorerFolderAreServedAndNothingIsWritable() {
        for (String path : List.of("../news/sparql", "%2e%2e/queries/people.rq", "js/../../log4j2.properties", "nope.html", "index.html.bak"))
            assertTrue(List.of(400, 404).contains(Http.get(server.explorerUrl() + path).statusCode()), path);
        assertEquals(405, Http.postForm(server.explorerUrl() + "index.html", "a=b", null).statusCode());
    }

    @Test
    void withUpdatesEnabledTheExplorerStaysAnonymousAndReadOnly() throws Exception {
        Path passwords = dir.resolve("passwords");
        java.nio.file.Files.writeString(passwords, "editor: secret\n");
        try (NewsServer rw = NewsServer.start(dsg, ServerOptions.defaults().withPort(0).withUpdate(passwords))) {
            assertEquals(200, Http.get(rw.explorerUrl()).statusCode());
            assertEquals(200, Http.get(rw.explorerUrl() + "sparql/summary.rq").statusCode());
            assertEquals(405, Http.postForm(rw.explorerUrl() + "index.html", "a=b", "editor:secret").statusCode());
        }
    }

    @Test
    void savedQueriesListEveryBundledQueryWithItsText() {
        JsonArray list = JSON.parseAny(Http.get(server.explorerUrl() + "saved-queries.json").body()).getAsArray();
        List<NamedQueries.SavedQuery> bundled = NamedQueries.bundled();
        assertEquals(bundled.size(), list.size());
        for (int i = 0; i < list.size(); i++) {
            assertEquals(bundled.get(i).name(), list.get(i).getAsObject().getString("name"));
            assertEquals(bundled.get(i).title(), list.get(i).getAsObject().getString("title"));
            assertEquals(bundled.get(i).text(), list.get(i).getAsObject().getString("query"));
        }
    }
}
