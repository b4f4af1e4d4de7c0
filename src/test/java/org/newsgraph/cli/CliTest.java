package org.newsgraph.cli;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.query.NamedQueries;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The commands as a user runs them, against the demo graph. */
class CliTest {
    static String db;

    @BeforeAll
    static void demo() {
        db = DemoGraph.dir().toString();
    }

    record Run(int status, String out, String err) {}

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static List<String> column(String json, String var) {
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(row -> out.add(row.contains(var) ? row.get(var).toString() : null));
        return out;
    }

    @Test
    void queryJsonIsStandardSparqlResults() {
        Run r = run("query", "--db", db, "people", "--format", "json");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"head\"") && r.out().contains("\"bindings\""));
        assertTrue(column(r.out(), "name").contains("John Ratcliffe"));
    }

    @Test
    void parametersAreBoundNotConcatenated() {
        Run waltz = run("query", "--db", db, "person-statements", "--param", "name=Mike Waltz", "--format", "json");
        assertEquals(0, waltz.status(), waltz.err());
        List<String> words = column(waltz.out(), "words");
        assertTrue(words.stream().anyMatch(w -> w.contains("taken a step back")), words.toString());
        assertFalse(words.stream().anyMatch(w -> w.contains("the pause will go away")), "Ratcliffe's words are not Waltz's");

        Run evil = run("query", "--db", db, "person-statements", "--param",
                "name=x\" } } SELECT * WHERE { ?s ?p ?o } #", "--format", "json");
        assertEquals(0, evil.status(), evil.err());
        assertTrue(column(evil.out(), "words").isEmpty(), "an injected pattern must match nothing");
    }

    @Test
    void everySavedQueryRunsOnTheDemoGraph() {
        List<NamedQueries.SavedQuery> all = NamedQueries.bundled();
        assertTrue(all.size() >= 13, "saved queries: " + all.size());
        for (NamedQueries.SavedQuery q : all) {
            assertFalse(q.title().equals(q.name()), q.name() + " lacks a # title: line");
            assertFalse(q.description().isBlank(), q.name() + " lacks a # description: line");
            if (q.text().contains("SERVICE <")) continue; // federated: needs internet
            Run r = run("query", "--db", db, q.name(), "--format", "json");
            assertEquals(0, r.status(), q.name() + ": " + r.err());
            assertFalse(column(r.out(), r.out().contains("\"vars\"") ? firstVar(r.out()) : "x").isEmpty(),
                    q.name() + " returned no rows on the demo graph");
        }
    }

    static String firstVar(String json) {
        int i = json.indexOf("\"vars\"");
        int q1 = json.indexOf('"', json.indexOf('[', i) + 1);
        return json.substring(q1 + 1, json.indexOf('"', q1 + 1));
    }

    @Test
    void unknownQueryFailsWithAReason() {
        Run r = run("query", "--db", db, "no-such-query");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("no saved query named 'no-such-query'"), r.err());
    }

    @Test
    void validateConforms() {
        Run r = run("validate", "--db", db);
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("conforms"));
    }

    @Test
    void exportWritesEveryFormatReadableByJena() throws Exception {
        Path dir = Files.createTempDirectory("ng-export");
        long expected = -1;
        for (String fmt : List.of("nq", "trig", "ttl", "nt", "jsonld")) {
            Path f = dir.resolve("graph." + fmt);
            Run r = run("export", "--db", db, "--format", fmt, "-o", f.toString());
            assertEquals(0, r.status(), fmt + ": " + r.err());
            DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(f.toString());
            long n = dsg.getDefaultGraph().size();
            for (var it = dsg.listGraphNodes(); it.hasNext(); ) n += dsg.getGraph(it.next()).size();
            assertTrue(n > 1000, fmt + " wrote only " + n + " triples");
            if (fmt.equals("nq")) expected = n;
            if (fmt.equals("trig")) assertEquals(expected, n, "TriG and N-Quads carry the same quads");
        }
    }

    @Test
    void entityCsvForOpenRefine() throws Exception {
        Run r = run("export", "--db", db, "--format", "csv", "--entities");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\r?\n");
        assertEquals("name,type,wikidata_id,alternate_names,mention_count", lines[0]);
        assertTrue(r.out().contains("Donald Trump,Person,Q22686,"), r.out());
        assertTrue(java.util.Arrays.stream(lines).anyMatch(l -> l.startsWith("Mick Mulroy,Person,,")), "unlinked people have an empty id");
    }

    // --- exit status of build (README "Exit status") ---

    @Test
    void aBuildWithSomeRejectedFilesExitsZeroAndNamesThem() throws Exception {
        Path in = Files.createTempDirectory("ng-exit");
        Files.writeString(in.resolve("good.txt"), "The mayor, Jane Hill, said on Monday that the bridge would reopen in May.");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Path dbDir = in.resolve("db");
        Run r = run("build", "--db", dbDir.toString(), "--wikidata", "off", "--threads", "1", in.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("empty.txt") && r.err().contains("empty file"), r.err());
        assertTrue(r.out().contains("1 article(s) built") && r.out().contains("1 problem(s)"), r.out());

        // Up to date + a rejected file is still 0; --strict makes any rejected input 2.
        Run again = run("build", "--db", dbDir.toString(), "--wikidata", "off", in.toString());
        assertEquals(0, again.status(), again.err());
        Run strict = run("build", "--db", dbDir.toString(), "--wikidata", "off", "--strict", in.toString());
        assertEquals(2, strict.status(), strict.err());
        assertTrue(strict.err().contains("--strict: 1 input(s) rejected"), strict.err());
    }

    @Test
    void aBuildThatBuildsNothingFailsWithOneClearLine() throws Exception {
        Path in = Files.createTempDirectory("ng-exit-none");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0});
        Run r = run("build", "--db", in.resolve("db").toString(), in.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("newsgraph: nothing built: every input was rejected (2 problem(s)"), r.err());
        Run none = run("build", "--db", in.resolve("db").toString(), Files.createDirectories(in.resolve("nothing")).toString());
        assertEquals(2, none.status(), none.err());
        assertTrue(none.err().contains("nothing built: no article found"), none.err());
    }
}
