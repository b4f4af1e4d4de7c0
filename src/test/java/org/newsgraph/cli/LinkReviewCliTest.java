package org.newsgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.ReviewedLinks;
import org.newsgraph.store.GraphStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The review loop through the command line on an invented article and gazetteer: import, build,
 * export the entity table, correct one link and reject another, apply, then change the article and
 * rebuild: the reviewed links stay as decided and the graph still conforms to the shapes.
 */
class LinkReviewCliTest {
    static final String ARTICLE = """
            Senator Daniel Whitford said on Tuesday that the harbour budget would pass before the summer recess.

            "We have the votes," Whitford told reporters in the capital.

            Helen Marsh, the state treasurer, said she disagreed with the senator's figures.
            """;

    @TempDir Path dir;

    @Test
    void aReviewedCorrectionSurvivesARebuild() throws Exception {
        Path db = dir.resolve("db"), articles = dir.resolve("articles"), gaz = dir.resolve("people.tsv");
        Files.createDirectories(articles);
        Files.writeString(articles.resolve("budget.txt"), ARTICLE);
        Files.writeString(gaz, "qid\tkind\tlabel\taliases\nQ900501\tperson\tDaniel Whitford\t\nQ900502\tperson\tHelen Marsh\t\n");

        assertEquals(0, CliTest.run("gazetteer", "import", "--db", db.toString(), "--format", "tsv", gaz.toString()).status());
        CliTest.Run list = CliTest.run("gazetteer", "list", "--db", db.toString());
        assertTrue(list.out().contains("people") && list.out().contains("verified"), list.out());
        CliTest.Run built = CliTest.run("build", "--db", db.toString(), "--threads", "1", articles.toString());
        assertEquals(0, built.status(), built.err());
        assertEquals(Map.of("Daniel Whitford", "Q900501", "Helen Marsh", "Q900502"), links(db));

        Path csv = dir.resolve("entities.csv");
        assertEquals(0, CliTest.run("export", "--db", db.toString(), "--format", "csv", "--entities", "-o", csv.toString()).status());
        List<String> rows = Files.readAllLines(csv);
        assertTrue(rows.get(0).endsWith("entity,confidence,method,evidence,candidates,review"), rows.get(0));
        StringBuilder reviewed = new StringBuilder();
        for (String row : rows) {
            if (row.startsWith("Daniel Whitford,")) {
                assertTrue(row.contains(",gazetteer,") && row.contains("Q900501="), row);
                row = row + "Q900599";                    // the researcher corrects this link
            } else if (row.startsWith("Helen Marsh,")) row = row + "reject";
            reviewed.append(row).append("\r\n");
        }
        Path reviewFile = dir.resolve("reviewed.csv");
        Files.writeString(reviewFile, reviewed);
        CliTest.Run applied = CliTest.run("link", "apply", "--db", db.toString(), reviewFile.toString());
        assertEquals(0, applied.status(), applied.err());
        assertTrue(Files.isRegularFile(db.resolve(ReviewedLinks.FILE)));
        assertEquals(Map.of("Daniel Whitford", "Q900599"), links(db));

        // The article changes: it is rebuilt and its entities offered to the linker again.
        Files.writeString(articles.resolve("budget.txt"), ARTICLE + "\nMarsh said the figures would be published on Friday.\n");
        built = CliTest.run("build", "--db", db.toString(), "--threads", "1", articles.toString());
        assertEquals(0, built.status(), built.err());
        assertEquals(Map.of("Daniel Whitford", "Q900599"), links(db), "reviewed links are kept by the rebuild");
        CliTest.Run valid = CliTest.run("validate", "--db", db.toString());
        assertEquals(0, valid.status(), valid.out() + valid.err());
    }

    /** Person name -> linked item (fails on an entity with two links). */
    static Map<String, String> links(Path db) {
        Map<String, String> out = new HashMap<>();
        try (GraphStore store = GraphStore.open(db)) {
            store.select("""
                    PREFIX owl: <http://www.w3.org/2002/07/owl#>
                    PREFIX schema: <http://schema.org/>
                    SELECT ?name ?wd WHERE { ?e a schema:Person ; schema:name ?name ; owl:sameAs ?wd }
                    """, row -> {
                String prev = out.put(row.getLiteral("name").getString(),
                        row.getResource("wd").getURI().replace("http://www.wikidata.org/entity/", ""));
                assertNull(prev, "two links for " + row.getLiteral("name").getString() + ": " + new TreeSet<>(out.values()));
                return null;
            });
        }
        return out;
    }
}
