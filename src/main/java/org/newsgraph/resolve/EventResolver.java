package org.newsgraph.resolve;

import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventSimilarity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-article event identity. Articles are resolved one after another; each article's events are
 * matched against the events seen so far ({@link EventCluster}): same type, compatible time,
 * compatible places and participants ({@link EventSimilarity}), and shared evidence — a shared
 * participant or place, the same date, or (when one side names no participant) the same story: the
 * two articles share at least two people or organisations, and the event is more than a passing
 * mention ({@link Event#anchored()}) or the story's established event (three reports). Two events of one article never share an
 * id (the article told them apart). Events of no specific type ("Event") merge only on direct evidence.
 * Why an article's event joined a node is kept ({@link Resolution#reasons()}) so a user can audit it.
 *
 * <p>Ids are derived from content: type plus the founding event's date, key participants and place
 * (or its name), plus a hash when that is taken — never a counter.
 */
public final class EventResolver {
    /** An event known across articles; {@code actorIds} are global agent ids. */
    public record KnownEvent(String id, String type, LocalDate date, Set<String> actorIds, String name, List<LocalDate> otherDates)
            implements java.io.Serializable {
        public KnownEvent {
            actorIds = Set.copyOf(actorIds);
            otherDates = List.copyOf(otherDates);
        }

        public KnownEvent(String id, String type, LocalDate date, Set<String> actorIds, String name) {
            this(id, type, date, actorIds, name, List.of());
        }
    }

    /**
     * One article's events resolved.
     *
     * @param ids     Event.key → global id
     * @param reasons Event.key → why it joined an event other articles had reported (absent for a new event)
     */
    public record Resolution(Map<String, String> ids, Map<String, String> reasons) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        public Resolution {
            ids = Map.copyOf(ids);
            reasons = Map.copyOf(reasons);
        }
    }

    static final String GENERIC = "Event";
    /** An undated event is one node only with reports at most this many days apart. */
    static final int REPORT_WINDOW_DAYS = 14;
    /** Shared people/organisations that make two articles one story. */
    static final int STORY_AGENTS = 2;
    /** Reports that make an event the story's established one, which a passing mention may refer to. */
    static final int ESTABLISHED_ARTICLES = 3;

    private final List<EventCluster> clusters = new ArrayList<>();
    private final Map<String, EventCluster> byId = new LinkedHashMap<>();

    public EventResolver(Collection<KnownEvent> known) {
        for (KnownEvent k : known) {
            EventCluster c = new EventCluster(k.id(), k.type());
            c.seed(k.date(), k.otherDates(), k.actorIds(), k.name());
            clusters.add(c);
            byId.put(c.id, c);
        }
    }

    /** Event.key → global id for one article's events (report date unknown). */
    public synchronized Map<String, String> resolve(String articleStem, List<Event> events, Map<String, String> agentIds) {
        return resolve(articleStem, null, events, agentIds).ids();
    }

    /**
     * @param reportDate the article's date, or null
     * @param agentIds   Agent.key → global id for every agent the article names (its story context)
     */
    public synchronized Resolution resolve(String articleStem, LocalDate reportDate, List<Event> events,
                                           Map<String, String> agentIds) {
        List<Event> ordered = new ArrayList<>(events);
        // events that say most about themselves choose first; then by key, so the order is the article's
        ordered.sort(Comparator.comparingInt((Event e) -> -(e.actors().size() + e.places().size() + (e.date() == null ? 0 : 1)))
                .thenComparing(Event::key));
        Set<String> story = new HashSet<>();
        for (String id : agentIds.values()) if (!id.startsWith("place/")) story.add(id);
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        Set<EventCluster> taken = new HashSet<>();
        for (Event e : ordered) {
            Set<String> actors = new HashSet<>();
            for (String a : e.actors()) actors.add(agentIds.getOrDefault(a, a));
            Set<String> places = new HashSet<>();
            for (String p : e.places()) places.add(agentIds.getOrDefault(p, Ids.agent(AgentKind.PLACE, p)));
            EventCluster best = null;
            EventCluster.Evidence bestEvidence = null;
            for (EventCluster c : clusters) {
                if (!c.type.equals(e.type()) || taken.contains(c)) continue;
                EventCluster.Evidence ev = c.evidence(e.date(), actors, places, reportDate, story, e.type().equals(GENERIC),
                        e.anchored());
                if (ev == null) continue;
                if (bestEvidence == null || ev.score() > bestEvidence.score()
                        || ev.score() == bestEvidence.score() && c.articles.size() > best.articles.size()) {
                    best = c;
                    bestEvidence = ev;
                }
            }
            if (best == null) {
                best = new EventCluster(newId(e, actors, places, articleStem), e.type());
                clusters.add(best);
                byId.put(best.id, best);
            } else if (!best.articles.isEmpty() || best.seeded) {
                reasons.put(e.key(), bestEvidence.reason());
            }
            taken.add(best);
            best.add(articleStem, reportDate, e, actors, places, story);
            ids.put(e.key(), best.id);
        }
        return new Resolution(ids, reasons);
    }

    /** "event/meeting/2025-02-28-donald-trump-volodymyr-zelensky", "event/militaryaidsuspension/pause-of-military-aid". */
    private String newId(Event e, Set<String> actors, Set<String> places, String articleStem) {
        List<String> parts = new ArrayList<>();
        if (e.date() != null) parts.add(e.date().toString());
        List<String> who = new ArrayList<>();
        for (String a : actors) if (!a.startsWith("place/")) who.add(a.substring(a.indexOf('/') + 1));
        who.sort(null);
        parts.addAll(who.subList(0, Math.min(2, who.size())));
        List<String> where = new ArrayList<>();
        for (String p : places) where.add(p.substring(p.indexOf('/') + 1));
        where.sort(null);
        if (!where.isEmpty()) parts.add(where.get(0));
        if (parts.isEmpty() && e.name() != null) parts.add(Ids.slug(e.name()));
        if (parts.isEmpty()) parts.add("unnamed");
        String base = "event/" + Ids.slug(e.type()) + "/" + Ids.slug(String.join(" ", parts));
        if (!byId.containsKey(base)) return base;
        // the same signature for another event: told apart by where it was first reported
        String hashed = base + "-" + Integer.toHexString((articleStem + "#" + e.key()).hashCode() & 0xfffff);
        for (int n = 2; byId.containsKey(hashed); n++) hashed = base + "-" + Integer.toHexString((articleStem + "#" + e.key() + n).hashCode() & 0xfffff);
        return hashed;
    }

    /** Every event known so far, with what the articles resolved so far say about it. */
    public synchronized List<KnownEvent> known() {
        List<KnownEvent> out = new ArrayList<>();
        for (EventCluster c : clusters) out.add(new KnownEvent(c.id, c.type, c.date(), c.actors, c.name(), c.otherDates()));
        return out;
    }

    /** Article stems that mention the event with this global id. */
    public synchronized Set<String> articlesOf(String id) {
        EventCluster c = byId.get(id);
        return c == null ? Set.of() : Set.copyOf(c.articles);
    }
}
