package org.newsgraph.cli;

import org.newsgraph.store.GraphStore;

/** Headline counts of what the database holds, for summaries. */
final class DatabaseCounts {
    private DatabaseCounts() {}

    /** articles, people, organisations, places, statements, events, quads. */
    static long[] of(GraphStore store) {
        String q = """
                PREFIX schema: <http://schema.org/>
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                SELECT
                  (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?p) AS ?people) (COUNT(DISTINCT ?o) AS ?orgs)
                  (COUNT(DISTINCT ?pl) AS ?places) (COUNT(DISTINCT ?s) AS ?statements) (COUNT(DISTINCT ?e) AS ?events)
                WHERE {
                  { ?a a schema:NewsArticle } UNION { ?p a schema:Person } UNION { ?o a schema:Organization }
                  UNION { ?pl a schema:Place } UNION { ?s a ng:Statement } UNION { ?e a ng:Event }
                }""";
        long[] out = new long[7];
        store.select(q, row -> {
            out[0] = row.getLiteral("articles").getLong();
            out[1] = row.getLiteral("people").getLong();
            out[2] = row.getLiteral("orgs").getLong();
            out[3] = row.getLiteral("places").getLong();
            out[4] = row.getLiteral("statements").getLong();
            out[5] = row.getLiteral("events").getLong();
            return null;
        });
        out[6] = store.quadCount();
        return out;
    }
}
