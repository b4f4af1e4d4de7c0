package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerOptionsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreSafe() {
        ServerOptions o = ServerOptions.defaults();
        assertEquals("127.0.0.1", o.host());
        assertEquals(3030, o.port());
        assertEquals(Duration.ofSeconds(30), o.queryTimeout());
        assertFalse(o.allowUpdate());
        assertFalse(o.allowRemote());
        assertNull(o.passwordFile());
        assertTrue(o.maxRequestBytes() > 0);
    }

    @Test
    void updatesNeedAPasswordFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ServerOptions("127.0.0.1", 0, Duration.ofSeconds(5), true, null, false, 1000));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.defaults().withPort(70000));
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.defaults().withQueryTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.defaults().withMaxRequestBytes(0));
    }

    @Test
    void nonLoopbackHostNeedsAllowRemote() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NewsServer.start(dsg, ServerOptions.defaults().withPort(0).withHost("0.0.0.0")));
        assertTrue(e.getMessage().contains("non-loopback") && e.getMessage().contains("allowRemote"), e.getMessage());
    }

    @Test
    void localhostIsLoopback() {
        try (NewsServer s = NewsServer.start(DatasetGraphFactory.createTxnMem(),
                ServerOptions.defaults().withPort(0).withHost("localhost"))) {
            assertEquals(200, Http.get(s.uiUrl() + "$/ping").statusCode());
            assertTrue(s.uiUrl().startsWith("http://127.0.0.1:"), s.uiUrl());
        }
    }

    @Test
    void portInUseIsAClearError() {
        try (NewsServer first = NewsServer.start(DatasetGraphFactory.createTxnMem(), ServerOptions.defaults().withPort(0))) {
            int port = first.port();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> NewsServer.start(DatasetGraphFactory.createTxnMem(), ServerOptions.defaults().withPort(port)));
            assertTrue(e.getMessage().contains(":" + port), e.getMessage());
            assertEquals(200, Http.get(first.uiUrl() + "$/ping").statusCode(), "first server unaffected");
        }
    }

    @Test
    void remoteBindingWarns() {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (NewsServer s = NewsServer.start(DatasetGraphFactory.createTxnMem(),
                ServerOptions.defaults().withPort(0).withHost("0.0.0.0").withAllowRemote(true))) {
            // Traffic only over loopback: the wildcard bind also listens there.
            assertEquals(200, Http.get(s.uiUrl() + "$/ping").statusCode());
        } finally {
            System.setErr(old);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("WARNING"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unreadableOrEmptyPasswordFileIsRefused() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Path missing = dir.resolve("missing");
        assertThrows(IllegalArgumentException.class,
                () -> NewsServer.start(dsg, ServerOptions.defaults().withPort(0).withUpdate(missing)));
        Path empty = Files.writeString(dir.resolve("empty"), "# nobody\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NewsServer.start(dsg, ServerOptions.defaults().withPort(0).withUpdate(empty)));
        assertTrue(e.getMessage().contains("no users"), e.getMessage());
    }
}
