package org.newsgraph.link;

import java.util.List;

/**
 * What the linker decided for one of our entities: a link to a Wikidata item, or no link with the
 * candidates it weighed (precision first: two candidates of equal evidence link none).
 *
 * @param entityId   our global id ("person/donald-trump")
 * @param qid        Wikidata item id ("Q22686"), or null when the entity stays unlinked
 * @param confidence 0..1 (0 when unlinked)
 * @param method     "gazetteer", "online" or "review"
 * @param evidence   what decided it, readable ("name 'Amy Klobuchar' = label; held 'Senate' on 2016-03-01")
 * @param candidates the items weighed, best first, with their scores (the linked one included)
 */
public record EntityLink(String entityId, String qid, double confidence, String method, String evidence,
                         List<Scored> candidates) {
    public EntityLink {
        evidence = evidence == null ? "" : evidence;
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** A plain link without recorded evidence. */
    public EntityLink(String entityId, String qid, double confidence, String method) {
        this(entityId, qid, confidence, method, "", List.of());
    }

    public boolean linked() {
        return qid != null;
    }

    /** One item the linker weighed, with its score. */
    public record Scored(String qid, double score) {}
}
