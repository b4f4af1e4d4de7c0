package org.newsgraph.pipeline;

import org.newsgraph.ingest.Article;
import org.newsgraph.store.ArticleIndex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every article of a build its readable identifier, unique in the database, so that no two
 * articles ever share an IRI. The same source (same {@link org.newsgraph.ingest.Origin#key}) keeps
 * the identifier it had; a different source takes the first of its readable names not in use
 * ("story", then "b/story", …, then "story-2").
 */
final class ArticleIds {

    /**
     * @param id        the identifier to build the article under
     * @param replaces  whether an article of that identifier is already stored (its graph is replaced)
     * @param renamedFrom the preferred name when it was taken by another source, else null
     * @param takenBy   that other source's identity, else null
     */
    record Decision(String id, boolean replaces, String renamedFrom, String takenBy) {}

    private final Map<String, String> idByKey = new HashMap<>();
    /** identifier → identity; a null identity is an article stored before identities were recorded. */
    private final Map<String, String> keyById = new HashMap<>();
    private final Map<String, Boolean> stored = new HashMap<>();
    private final Map<String, String> sourceThisBuild = new HashMap<>();

    ArticleIds(List<ArticleIndex.Entry> known) {
        for (ArticleIndex.Entry e : known) {
            keyById.put(e.id(), e.key());
            stored.put(e.id(), true);
            if (e.key() != null) idByKey.putIfAbsent(e.key(), e.id());
        }
    }

    /** The source built earlier in this build under the same identity, or null. */
    String earlierInThisBuild(Article a) {
        return sourceThisBuild.get(a.origin().key());
    }

    Decision assign(Article a) {
        String key = a.origin().key();
        sourceThisBuild.putIfAbsent(key, a.source());
        String id = idByKey.get(key);
        String renamedFrom = null, takenBy = null;
        if (id == null) {
            List<String> names = a.origin().names();
            for (String name : names) {
                if (free(name, key)) { id = name; break; }
            }
            for (int n = 2; id == null; n++) if (free(names.get(0) + "-" + n, key)) id = names.get(0) + "-" + n;
            if (!id.equals(names.get(0))) {
                renamedFrom = names.get(0);
                takenBy = String.valueOf(keyById.get(names.get(0)));
            }
        }
        idByKey.put(key, id);
        keyById.put(id, key);
        return new Decision(id, stored.containsKey(id), renamedFrom, takenBy);
    }

    /** Free for {@code key}: unused, or used by an article stored before identities were recorded. */
    private boolean free(String name, String key) {
        if (!keyById.containsKey(name)) return true;
        String owner = keyById.get(name);
        return owner == null || owner.equals(key);
    }
}
