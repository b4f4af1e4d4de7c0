package org.newsgraph.cli;

import org.newsgraph.link.EntityCsv;
import org.newsgraph.link.EntityLink;
import org.newsgraph.store.GraphStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of {@code export --format csv --entities}: each entity with its link, evidence and candidates. */
final class EntityRows {
    private EntityRows() {}

    static List<EntityCsv.EntityRow> of(GraphStore store) {
        Map<String, EntityCsv.EntityRow> rows = new LinkedHashMap<>();
        store.select("""
                PREFIX schema: <http://schema.org/>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                SELECT ?e ?type (SAMPLE(?n) AS ?name) (SAMPLE(?wd) AS ?wikidata)
                       (GROUP_CONCAT(DISTINCT ?alt; separator="\\u001f") AS ?alts) (COUNT(DISTINCT ?article) AS ?mentions)
                       (SAMPLE(?conf) AS ?confidence) (SAMPLE(?method) AS ?how) (SAMPLE(?why) AS ?evidence)
                       (GROUP_CONCAT(DISTINCT ?cand; separator="\\u001f") AS ?cands)
                WHERE {
                  VALUES ?type { schema:Person schema:Organization schema:Place }
                  ?e a ?type ; schema:name ?n .
                  OPTIONAL { ?e schema:alternateName ?alt }
                  OPTIONAL { ?e owl:sameAs ?wd . FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/")) }
                  OPTIONAL { ?e ng:linkConfidence ?conf }
                  OPTIONAL { ?e ng:linkMethod ?method }
                  OPTIONAL { ?e ng:linkEvidence ?why }
                  OPTIONAL { ?e ng:candidate ?c . ?c ng:candidateItem ?ci ; ng:candidateScore ?cs .
                             BIND(CONCAT(STRAFTER(STR(?ci), "http://www.wikidata.org/entity/"), "=", STR(?cs)) AS ?cand) }
                  OPTIONAL { ?article schema:mentions ?e }
                }
                GROUP BY ?e ?type ORDER BY ?type ?name
                """, row -> {
            String id = row.getResource("e").getURI();
            String wd = row.contains("wikidata") ? row.getResource("wikidata").getURI().replaceAll("^.*/", "") : "";
            // An entity typed differently by two articles gets one row: a person first, then an organisation.
            EntityCsv.EntityRow prev = rows.get(id);
            if (prev != null && !"Person".equals(row.getResource("type").getLocalName())) return null;
            rows.put(id, new EntityCsv.EntityRow(row.getLiteral("name").getString(),
                    row.getResource("type").getLocalName(), wd, split(row.contains("alts") ? row.getLiteral("alts").getString() : ""),
                    row.getLiteral("mentions").getInt(), id,
                    wd.isEmpty() || !row.contains("confidence") ? "" : row.getLiteral("confidence").getLexicalForm(),
                    row.contains("how") ? row.getLiteral("how").getString() : "",
                    row.contains("evidence") ? row.getLiteral("evidence").getString() : "",
                    candidates(row.contains("cands") ? row.getLiteral("cands").getString() : "")));
            return null;
        });
        return new ArrayList<>(rows.values());
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(s.split("\u001f")));
    }

    private static List<EntityLink.Scored> candidates(String s) {
        List<EntityLink.Scored> out = new ArrayList<>();
        for (String c : split(s)) {
            int eq = c.indexOf('=');
            if (eq > 0) out.add(new EntityLink.Scored(c.substring(0, eq), Double.parseDouble(c.substring(eq + 1))));
        }
        out.sort(Comparator.comparingDouble(EntityLink.Scored::score).reversed().thenComparing(EntityLink.Scored::qid));
        return out;
    }
}
