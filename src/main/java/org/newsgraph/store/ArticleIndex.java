package org.newsgraph.store;

import java.util.HashMap;
import java.util.Map;

/** What the store already holds about articles, read before a build to skip unchanged ones before NLP. */
public final class ArticleIndex {
    private ArticleIndex() {}

    /** Article identifier → content hash of every article in the store. */
    public static Map<String, String> hashesById(GraphStore store) {
        Map<String, String> out = new HashMap<>();
        store.select("""
                PREFIX schema: <http://schema.org/>
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                SELECT ?id ?hash WHERE { GRAPH ?a { ?a a schema:NewsArticle ; schema:identifier ?id ; ng:contentHash ?hash } }
                """, row -> out.put(row.getLiteral("id").getString(), row.getLiteral("hash").getString()));
        return out;
    }
}
