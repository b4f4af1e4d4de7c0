package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Updates enabled: writes need a user from the password file, reads stay anonymous. */
class NewsServerAuthTest {
    @TempDir
    static Path dir;
    static DatasetGraph dsg;
    static NewsServer server;
    static String base;

    @BeforeAll
    static void startServer() throws Exception {
        dsg = TestData.tdb2(dir.resolve("db"));
        TestData.fill(dsg, 1, 2);
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "# newsgraph editors\neditor: s3cret\nreviewer: other-pw\n");
        server = NewsServer.start(dsg, ServerOptions.defaults().withPort(0).withUpdate(passwd));
        base = server.uiUrl();
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.close();
        if (dsg != null)
            dsg.close();
    }

    static boolean ask(String pattern) {
        HttpResponse<String> r = Http.send(Http.req(server.sparqlUrl() + "?query=" + Http.enc("ASK { " + pattern + " }"))
                .header("Accept", "application/sparql-results+json").GET().build());
        assertEquals(200, r.statusCode(), "anonymous read: " + r.body());
        return r.body().contains("true");
    }

    static String insert(String name) {
        return "INSERT DATA { GRAPH <urn:x-test:edits> { <urn:x-test:" + name + "> <urn:x-test:p> \"v\" } }";
    }

    @Test
    void readsNeedNoCredentials() {
        assertTrue(ask("?s a <" + TestData.SCHEMA + "NewsArticle>"));
        assertEquals(200, Http.get(base).statusCode());
        assertEquals(200, Http.get(base + "$/ping").statusCode());
    }

    @Test
    void listedUserCanUpdate() {
        HttpResponse<String> r = Http.postForm(base + "news/update", "update=" + Http.enc(insert("byEditor")), "editor:s3cret");
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        assertTrue(ask("<urn:x-test:byEditor> <urn:x-test:p> \"v\""));

        HttpResponse<String> other = Http.sendBody("POST", base + "news/update", "application/sparql-update",
                insert("byReviewer"), "reviewer:other-pw");
        assertTrue(other.statusCode() / 100 == 2, other.statusCode() + " " + other.body());
        assertTrue(ask("<urn:x-test:byReviewer> ?p ?o"));
    }

    @Test
    void listedUserCanWriteGraphsOverGraphStoreProtocol() {
        String g = "urn:x-test:uploaded";
        HttpResponse<String> put = Http.sendBody("PUT", base + "news/data?graph=" + Http.enc(g), "text/turtle",
                "<urn:x-test:up> <urn:x-test:p> 42 .", "editor:s3cret");
        assertTrue(put.statusCode() / 100 == 2, put.statusCode() + " " + put.body());
        assertTrue(ask("GRAPH <" + g + "> { <urn:x-test:up> <urn:x-test:p> 42 }"));
    }

    @Test
    void wrongOrMissingCredentialsAreRefused() {
        List<String> bad = java.util.Arrays.asList(null, "editor:wrong", "intruder:s3cret", "editor:", "reviewer:s3cret");
        int n = 0;
        for (String cred : bad) {
            String name = "bad" + (n++);
            HttpResponse<String> up = Http.postForm(base + "news/update", "update=" + Http.enc(insert(name)), cred);
            assertEquals(401, up.statusCode(), "update with " + cred + ": " + up.body());
            HttpResponse<String> put = Http.sendBody("PUT", base + "news/data?graph=" + Http.enc("urn:x-test:" + name),
                    "text/turtle", "<urn:x-test:" + name + "> <urn:x-test:p> 1 .", cred);
            assertEquals(401, put.statusCode(), "GSP PUT with " + cred);
            assertFalse(ask("<urn:x-test:" + name + "> ?p ?o"), "nothing written for " + cred);
        }
    }

    @Test
    void queryEndpointsStayReadOnlyEvenWithCredentials() {
        for (String ep : List.of("news/sparql", "news/query", "news/get")) {
            HttpResponse<String> r = Http.sendBody("POST", base + ep, "application/sparql-update", insert("viaQuery"),
                    "editor:s3cret");
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, ep + " -> " + r.statusCode());
        }
        assertFalse(ask("<urn:x-test:viaQuery> ?p ?o"));
    }

    @Test
    void serverStatusShowsTheWriteEndpoints() {
        String body = Http.get(base + "$/server").body();
        assertTrue(body.contains("\"update\"") && body.contains("\"data\""), body);
    }
}
