package org.newsgraph.cli;

import org.junit.jupiter.api.Test;
import org.newsgraph.link.GazetteerEntry;
import org.newsgraph.link.GazetteerLinker;
import org.newsgraph.store.GraphStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue acceptance on the demo graph: every verified person, organisation and place the corpus names
 * (by the item's label or one of its listed aliases) is linked to exactly its id, and no entity is
 * linked to an id outside the verified gazetteer or to two ids.
 */
class DemoWikidataLinksTest {

    @Test
    void everyVerifiedEntityTheCorpusNamesIsLinkedToExactlyItsId() throws Exception {
        GraphStore store = DemoGraph.store();
        StringBuilder corpus = new StringBuilder();
        try (Stream<Path> files = Files.list(DemoGraph.CORPUS)) {
            for (Path f : files.sorted().toList()) corpus.append(Files.readString(f)).append('\n');
        }
        Map<String, Set<String>> linksByEntity = new HashMap<>();
        Map<String, Set<String>> entitiesByQid = new HashMap<>();
        store.select("""
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?e ?wd WHERE { ?e owl:sameAs ?wd }
                """, row -> {
            String e = row.getResource("e").getURI();
            String q = row.getResource("wd").getURI().replace("http://www.wikidata.org/entity/", "");
            linksByEntity.computeIfAbsent(e, k -> new HashSet<>()).add(q);
            entitiesByQid.computeIfAbsent(q, k -> new HashSet<>()).add(e);
            return null;
        });
        linksByEntity.forEach((e, qs) -> assertEquals(1, qs.size(), e + " is linked to several items: " + qs));

        List<String> missing = new ArrayList<>();
        Set<String> verified = new HashSet<>();
        for (GazetteerEntry entry : new GazetteerLinker().entries()) {
            verified.add(entry.qid());
            if (entry.kind().equals("event")) continue;
            List<String> forms = new ArrayList<>(entry.aliases());
            forms.add(entry.label());
            boolean named = forms.stream().anyMatch(f -> f.length() > 2
                    && Pattern.compile("\\b" + Pattern.quote(f) + "\\b").matcher(corpus).find());
            if (named && !entitiesByQid.containsKey(entry.qid())) missing.add(entry.label() + " " + entry.qid());
        }
        assertTrue(missing.isEmpty(), "named in the corpus but not linked: " + missing);
        for (String q : entitiesByQid.keySet()) assertTrue(verified.contains(q), q + " is not a verified id");
    }
}
