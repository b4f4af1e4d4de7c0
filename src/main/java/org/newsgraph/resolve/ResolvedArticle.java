package org.newsgraph.resolve;

import org.newsgraph.extract.ArticleFacts;

import java.util.List;
import java.util.Map;

/**
 * One article's facts with their corpus-wide identities. Ids are IRI path segments relative
 * to the data base IRI (e.g. "person/donald-trump", "statement/…", "event/…"); the rdf stage
 * turns them into IRIs.
 *
 * @param articleId    id of the article ("article/&lt;stem&gt;")
 * @param agentIds     Agent.key → global id
 * @param speakerIds   one per statement (same order): the global id of its speaker (a person,
 *                     organisation, or an anonymous source of this article), or null for a
 *                     quotation whose speaker the text does not resolve
 * @param statementIds one per statement: the global statement id (shared across articles that
 *                     report the same statement)
 * @param eventIds     Event.key → global event id (shared across articles)
 * @param eventReasons Event.key → why it is an event other articles reported too (the shared
 *                     evidence), absent when the article is the first to report it
 * @param names        global id → the entity's one canonical name, for the ids this article names; the
 *                     article graph writes a form of the article as schema:name only when it is this
 *                     name, other forms as schema:alternateName (the resolution graph carries the name)
 */
public record ResolvedArticle(ArticleFacts facts, String articleId, Map<String, String> agentIds,
                              List<String> speakerIds, List<String> statementIds, Map<String, String> eventIds,
                              Map<String, String> eventReasons, Map<String, String> names) {
    public ResolvedArticle {
        names = Map.copyOf(names);
        eventReasons = Map.copyOf(eventReasons);
        agentIds = Map.copyOf(agentIds);
        speakerIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(speakerIds));
        statementIds = List.copyOf(statementIds);
        eventIds = Map.copyOf(eventIds);
    }

    public ResolvedArticle(ArticleFacts facts, String articleId, Map<String, String> agentIds,
                           List<String> speakerIds, List<String> statementIds, Map<String, String> eventIds,
                           Map<String, String> eventReasons) {
        this(facts, articleId, agentIds, speakerIds, statementIds, eventIds, eventReasons, Map.of());
    }

    public ResolvedArticle(ArticleFacts facts, String articleId, Map<String, String> agentIds,
                           List<String> speakerIds, List<String> statementIds, Map<String, String> eventIds) {
        this(facts, articleId, agentIds, speakerIds, statementIds, eventIds, Map.of(), Map.of());
    }

    /** The agent as linking sees it: its canonical name when that is fuller, the article's name then an alternate. */
    public org.newsgraph.extract.Agent corpusAgent(org.newsgraph.extract.Agent a) {
        String id = agentIds.get(a.key());
        return ResolutionIndex.withCorpusName(a, id == null ? null : names.get(id));
    }
}
