package org.newsgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.bench.SyntheticCorpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failure safety with real processes: a build killed with SIGKILL leaves the database exactly as it was
 * before that build, and a second process opening a database in use gets a clear error, not a corrupt DB.
 */
class CrashSafetyTest {

    @Test
    void aBuildKilledMidwayLeavesTheDatabaseAsItWas(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Path before = tmp.resolve("before");
        SyntheticCorpus.write(before, 2, 1);
        Child first = Child.start(tmp, "build", "--db", db.toString(), before.toString());
        assertEquals(0, first.waitFor(300), "first build: " + first.output());
        TreeSet<String> held = snapshot(db);
        assertTrue(held.size() > 10, "the first build wrote the articles: " + held.size());

        // The same folder rewritten with other text (and more files): the killed build was replacing
        // synth-00000 and synth-00001 (same source files) when it was killed.
        SyntheticCorpus.write(before, 40, 2);
        Child second = Child.start(tmp, "build", "--db", db.toString(), before.toString());
        try {
            // Generous: on a loaded machine loading the models alone has taken two minutes.
            String line = second.await(l -> l.matches("\\[1\\] (re)?built .*"), 600);
            assertNotNull(line, "the build never reported its first article: " + second.output());
            assertTrue(second.process.isAlive(), "the build must still be running when it is killed");
            second.process.destroyForcibly();
            assertTrue(second.process.waitFor(30, TimeUnit.SECONDS));
        } finally {
            second.kill();
        }
        assertEquals(held, snapshot(db), "after kill -9 the database holds exactly what it held before that build");
    }

    @Test
    void aDatabaseInUseByAnotherProcessIsRefusedAndLeftIntact(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Node g = NodeFactory.createURI("https://example.org/article/a");
        try (GraphStore store = GraphStore.open(db)) {
            store.write(b -> b.replaceGraph(g, List.of(
                    Quad.create(g, g, NodeFactory.createURI("http://schema.org/headline"), NodeFactory.createLiteralString("A headline")),
                    Quad.create(g, g, NodeFactory.createURI("http://schema.org/identifier"), NodeFactory.createLiteralString("a")))));
        }
        TreeSet<String> held = snapshot(db);
        assertEquals(2, held.size());

        Child server = Child.start(tmp, "serve", "--db", db.toString(), "--port", "0");
        try {
            String line = server.await(l -> l.contains("serving"), 180);
            assertNotNull(line, "serve did not start: " + server.output());
            StoreException e = assertThrows(StoreException.class, () -> GraphStore.open(db).close());
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
        } finally {
            server.kill();
        }
        assertEquals(held, snapshot(db), "the database is intact once the other process has gone");
    }

    /** Every quad of the DB as a string, sorted: equal snapshots mean equal databases (no blank nodes). */
    private static TreeSet<String> snapshot(Path db) {
        try (GraphStore store = GraphStore.open(db)) {
            return Txn.calculateRead(store.datasetGraph(), () -> {
                TreeSet<String> out = new TreeSet<>();
                for (Iterator<Quad> it = store.datasetGraph().find(); it.hasNext(); ) {
                    Quad q = it.next();
                    assertFalse(q.getSubject().isBlank() || q.getObject().isBlank(), "no blank nodes: " + q);
                    out.add(q.toString());
                }
                return out;
            });
        }
    }

    /** newsgraph's CLI in a separate JVM with the test classpath; output (stdout+stderr) read line by line. */
    private static final class Child {
        final Process process;
        final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final List<String> seen = new ArrayList<>();

        private Child(Process p) {
            this.process = p;
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) lines.add(l);
                } catch (IOException ignored) {
                    // the process was killed
                }
            }, "child-output");
            t.setDaemon(true);
            t.start();
        }

        static Child start(Path workDir, String... args) throws IOException {
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx3g", "-cp", cp, "org.newsgraph.cli.Main"));
            cmd.addAll(List.of(args));
            return new Child(new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true).start());
        }

        /** The first output line matching {@code p} within {@code seconds}, or null. */
        String await(Predicate<String> p, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                String l = lines.poll(200, TimeUnit.MILLISECONDS);
                if (l == null) {
                    if (!process.isAlive() && lines.isEmpty()) return null;
                    continue;
                }
                seen.add(l);
                if (p.test(l)) return l;
            }
            return null;
        }

        int waitFor(int seconds) throws InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                kill();
                return -1;
            }
            return process.exitValue();
        }

        String output() {
            lines.drainTo(seen);
            int from = Math.max(0, seen.size() - 30);
            return String.join("\n", seen.subList(from, seen.size()));
        }

        void kill() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
