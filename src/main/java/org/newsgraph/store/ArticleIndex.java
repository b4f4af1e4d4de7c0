package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;

/** What the store already holds about articles, read before a build to skip unchanged ones before NLP. */
public final class ArticleIndex {
    private ArticleIndex() {}

    /**
     * One stored article.
     *
     * @param id   its readable identifier ({@code schema:identifier})
     * @param hash its content hash
     * @param key  its identity ({@code ng:sourceKey}), or null for articles built before keys were recorded
     */
    public record Entry(String id, String hash, String key) {}

    /** Every article in the store. */
    public static List<Entry> entries(GraphStore store) {
        List<Entry> out = new ArrayList<>();
        store.select("""
                PREFIX schema: <http://schema.org/>
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                SELECT ?id ?hash ?key WHERE { GRAPH ?a {
                  ?a a schema:NewsArticle ; schema:identifier ?id ; ng:contentHash ?hash
                  OPTIONAL { ?a ng:sourceKey ?key } } }
                """, row -> out.add(new Entry(row.getLiteral("id").getString(), row.getLiteral("hash").getString(),
                row.contains("key") ? row.getLiteral("key").getString() : null)));
        return out;
    }
}
