package org.newsgraph.resolve;

import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Statement;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rounds of a build's resolution after the agents ({@link AgentRounds}), each as work per key that
 * needs nothing of other keys, so {@code build} (in memory) and {@code spark-build} (keyed stages on the
 * executors) run the same functions and get the same ids:
 * <ul>
 * <li>statements by speaker id ({@link #speakerKey}): {@link StatementResolver} only merges statements
 *     of one speaker, and new ids hash the speaker in;</li>
 * <li>events by type ({@link #eventKey}): {@link EventResolver} only joins events of one type, and new
 *     ids start with the type;</li>
 * <li>names and first mentions by entity id ({@link #canonicalName}, and the smallest article id).</li>
 * </ul>
 * Each key's articles are taken in build order ({@link AgentRounds#order}), as one resolver takes them.
 */
public final class ResolutionRounds {
    private ResolutionRounds() {}

    /** What one event type's round gave: per article order its events' ids and reasons, and the events. */
    public record EventOutcome(Map<String, EventResolver.Resolution> articles, List<EventResolver.KnownEvent> events)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The speaker id of each of the article's statements (null: unknown speaker), as the article graph has them. */
    public static List<String> speakerIds(ArticleFacts f, Map<String, String> agentIds) {
        return CorpusResolver.speakerIds(f, agentIds);
    }

    /** The key of a statement's round: its speaker id; statements of unknown speakers stay in their article. */
    public static String speakerKey(ArticleFacts f, String speakerId) {
        return speakerId == null || speakerId.isEmpty() ? "\u0000" + AgentRounds.order(f) : speakerId;
    }

    /** Positions of the article's statements per {@link #speakerKey}, in the article's order. */
    public static Map<String, List<Integer>> statementKeys(ArticleFacts f, List<String> speakerIds) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < f.statements().size(); i++)
            out.computeIfAbsent(speakerKey(f, speakerIds.get(i)), k -> new ArrayList<>()).add(i);
        return out;
    }

    /** The article with only the statements at these positions. */
    public static ArticleFacts statementSlice(ArticleFacts f, List<Integer> positions) {
        List<Statement> st = new ArrayList<>();
        for (int i : positions) st.add(f.statements().get(i));
        return new ArticleFacts(f.article(), List.of(), st, List.of(), List.of(), List.of());
    }

    /**
     * One speaker's round: its statements' ids in each article.
     *
     * @param known      the speaker's statements of earlier builds, in the store's order
     * @param slices     the speaker's statements of each article ({@link #statementSlice}), in build order
     * @param speakerIds article order → the slice's speaker ids (same positions)
     * @return article order → the slice's statement ids (same positions)
     */
    public static Map<String, List<String>> statements(Collection<StatementResolver.KnownStatement> known,
                                                       List<ArticleFacts> slices, Map<String, List<String>> speakerIds) {
        StatementResolver r = new StatementResolver(known);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ArticleFacts s : slices)
            out.put(AgentRounds.order(s), r.resolve(s.article().id(), s.statements(), speakerIds.get(AgentRounds.order(s))));
        return out;
    }

    /** The key of an event's round: its type as the id writes it. */
    public static String eventKey(String type) {
        return Ids.slug(type);
    }

    /** The article's events per {@link #eventKey}, as article slices (no agents, no statements). */
    public static Map<String, ArticleFacts> eventSlices(ArticleFacts f) {
        Map<String, List<Event>> byType = new LinkedHashMap<>();
        for (Event e : f.events()) byType.computeIfAbsent(eventKey(e.type()), k -> new ArrayList<>()).add(e);
        Map<String, ArticleFacts> out = new LinkedHashMap<>();
        for (var e : byType.entrySet())
            out.put(e.getKey(), new ArticleFacts(f.article(), List.of(), List.of(), e.getValue(), List.of(), List.of()));
        return out;
    }

    /**
     * One event type's round.
     *
     * @param known    the type's events of earlier builds, in the store's order
     * @param slices   the type's events of each article ({@link #eventSlices}), in build order
     * @param agentIds article order → the whole article's agent ids (its story)
     */
    public static EventOutcome events(Collection<EventResolver.KnownEvent> known, List<ArticleFacts> slices,
                                      Map<String, Map<String, String>> agentIds) {
        EventResolver r = new EventResolver(known);
        Map<String, EventResolver.Resolution> out = new LinkedHashMap<>();
        for (ArticleFacts s : slices)
            out.put(AgentRounds.order(s), r.resolve(s.article().id(), s.article().datePublished(), s.events(),
                    agentIds.get(AgentRounds.order(s))));
        return new EventOutcome(out, r.known());
    }

    /** Id → the article's forms of its name, for every node its graph names. */
    public static Map<String, Set<String>> namedNodes(ArticleFacts f, Map<String, String> agentIds) {
        return NamedNodes.of(f, agentIds);
    }

    /**
     * An entity's one name: the canonical name agent resolution gave it, else the fullest of the forms
     * the build's articles give it (form → number of articles).
     */
    public static String canonicalName(String agentName, Map<String, Integer> forms) {
        return agentName != null ? agentName : CorpusResolver.fullest(forms);
    }
}
