package org.newsgraph.resolve;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.ArticleFacts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The frozen outcome of a build's resolution pass ({@link CorpusResolver#index}): for every article
 * of the build its ids, and corpus-wide the one name of every entity an article graph names, the
 * surname decisions and the events. Pass 2 resolves each article against it alone
 * ({@link #resolve}), in any order and on any machine (it is {@link Serializable}, for a Spark
 * broadcast).
 *
 * @param articles   article id (stem) → its ids
 * @param names      global id → its canonical name (agents: fullest form; other named nodes such as
 *                   publishers: the fullest form the build gives), for every id an article graph names
 * @param firstSeen  global id of an agent or event → the smallest article id mentioning it in this
 *                   build: the one article whose context links it to Wikidata, whatever the order
 * @param surnames   surname-only people resolved to a full-named person, with why
 * @param events     every event known after the build, for the resolution graph
 */
public record ResolutionIndex(Map<String, ArticleIds> articles, Map<String, String> names,
                              Map<String, String> firstSeen, List<AgentResolver.Resolution> surnames,
                              List<EventResolver.KnownEvent> events) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ResolutionIndex {
        articles = Map.copyOf(articles);
        names = Map.copyOf(names);
        firstSeen = Map.copyOf(firstSeen);
        // sorted: the lists say the same whatever order resolution's groups were taken in
        surnames = surnames.stream().sorted(java.util.Comparator.comparing(AgentResolver.Resolution::fromId)
                .thenComparing(AgentResolver.Resolution::toId).thenComparing(AgentResolver.Resolution::note)).toList();
        events = events.stream().sorted(java.util.Comparator.comparing(EventResolver.KnownEvent::id)).toList();
    }

    /** One article's ids, as in {@link ResolvedArticle}. */
    public record ArticleIds(Map<String, String> agentIds, List<String> speakerIds, List<String> statementIds,
                             Map<String, String> eventIds, Map<String, String> eventReasons) implements Serializable {
        private static final long serialVersionUID = 1L;

        public ArticleIds {
            agentIds = Map.copyOf(agentIds);
            speakerIds = java.util.Collections.unmodifiableList(new ArrayList<>(speakerIds));
            statementIds = List.copyOf(statementIds);
            eventIds = Map.copyOf(eventIds);
            eventReasons = Map.copyOf(eventReasons);
        }
    }

    /** Whether the article (by id) was part of the resolution pass. */
    public boolean covers(String articleStem) { return articles.containsKey(articleStem); }

    /** The article with its ids and the canonical names of the entities it names. */
    public ResolvedArticle resolve(ArticleFacts facts) {
        ArticleIds ids = articles.get(facts.article().id());
        if (ids == null) throw new IllegalArgumentException("article " + facts.article().id() + " was not in the resolution pass");
        Set<String> named = new LinkedHashSet<>(ids.agentIds().values());
        for (String s : ids.speakerIds()) if (s != null) named.add(s);
        named.addAll(NamedNodes.of(facts, ids.agentIds()).keySet());
        Map<String, String> own = new HashMap<>();
        for (String id : named) {
            String n = names.get(id);
            if (n != null) own.put(id, n);
        }
        return new ResolvedArticle(facts, Ids.article(facts.article().id()), ids.agentIds(), ids.speakerIds(),
                ids.statementIds(), ids.eventIds(), ids.eventReasons(), own);
    }

    /** Ids of this article that another article of the build mentions first: they are linked there. */
    public Set<String> linkedElsewhere(ResolvedArticle ra) {
        String stem = ra.facts().article().id();
        Set<String> out = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>(ra.agentIds().values());
        ids.addAll(ra.eventIds().values());
        for (String id : ids) {
            String first = firstSeen.get(id);
            if (first != null && !first.equals(stem)) out.add(id);
        }
        return out;
    }

    /** The agent as linking sees it: named by its canonical name, the article's own name an alternate. */
    public static Agent withCorpusName(Agent a, String canonical) {
        if (canonical == null || canonical.equals(a.name()) || canonical.length() <= a.name().length()) return a;
        Set<String> alts = new LinkedHashSet<>(a.alternateNames());
        alts.add(a.name());
        alts.remove(canonical);
        return new Agent(a.key(), a.kind(), canonical, alts, a.jobTitles(), a.mentions());
    }
}
