package org.newsgraph.link;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The gazetteer queries for the Wikidata Query Service parse and give the columns the wdqs importer reads. */
class WikidataQueriesTest {
    @Test
    void everyQueryParsesAndProjectsTheImportedColumns() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries/wikidata"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertEquals(6, files.size(), files.toString());
        for (Path f : files) {
            String text = Files.readString(f);
            assertTrue(text.startsWith("# title:") && text.contains("\n# description:"), f + " needs title and description");
            Query q = QueryFactory.create(text);
            List<String> vars = q.getResultVars();
            assertTrue(vars.containsAll(List.of("item", "label", "aliases", "type")), f + ": " + vars);
            if (text.contains("P39"))
                assertTrue(vars.containsAll(List.of("positionLabel", "start", "end", "partyLabel", "areaLabel")), f + ": " + vars);
        }
    }
}
