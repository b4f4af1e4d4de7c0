package org.newsgraph.link;

/**
 * A link from one of our entities to a Wikidata item.
 *
 * @param entityId   our global id ("person/donald-trump")
 * @param qid        Wikidata item id ("Q22686")
 * @param confidence 0..1
 * @param method     "gazetteer" or "online"
 */
public record EntityLink(String entityId, String qid, double confidence, String method) {}
