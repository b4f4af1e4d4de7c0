package org.newsgraph.resolve;

import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.events.EventExtractor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-article event identity. Articles are resolved one after another; each article's events are
 * matched against the events seen so far: same type, compatible date (equal, or one unknown),
 * compatible places (overlap, or one unknown) and compatible participants and places (they share
 * one, or one side names none). The best-scoring match wins; two events of one article never
 * share an id (the article told them apart). Events of no specific type ("Event") merge only on a
 * shared participant, place or date.
 */
public final class EventResolver {
    /** An event known across articles; {@code actorIds} are global agent ids. */
    public record KnownEvent(String id, String type, LocalDate date, Set<String> actorIds, String name) {
        public KnownEvent {
            actorIds = Set.copyOf(actorIds);
        }
    }

    private static final String GENERIC = "Event";

    private static final class Cluster {
        String id, type, name;
        LocalDate date;
        int nameScore;
        final Set<String> actors = new LinkedHashSet<>();
        final Set<String> places = new LinkedHashSet<>();
        final Set<String> articles = new LinkedHashSet<>();
    }

    private final List<Cluster> clusters = new ArrayList<>();

    public EventResolver(Collection<KnownEvent> known) {
        for (KnownEvent k : known) {
            Cluster c = new Cluster();
            c.id = k.id();
            c.type = k.type();
            c.date = k.date();
            c.name = k.name();
            c.actors.addAll(k.actorIds());
            clusters.add(c);
        }
    }

    /** Event.key → global id ("event/meeting/1") for one article's events. */
    public synchronized Map<String, String> resolve(String articleStem, List<Event> events, Map<String, String> agentIds) {
        List<Event> ordered = new ArrayList<>(events);
        // events that say most about themselves choose first
        ordered.sort(Comparator.comparingInt((Event e) -> -(e.actors().size() + e.places().size() + (e.date() == null ? 0 : 1))));
        Map<String, String> out = new LinkedHashMap<>();
        Set<Cluster> taken = new HashSet<>();
        for (Event e : ordered) {
            Set<String> actors = new LinkedHashSet<>();
            for (String a : e.actors()) actors.add(agentIds.getOrDefault(a, a));
            Set<String> places = new LinkedHashSet<>();
            for (String p : e.places()) places.add(agentIds.getOrDefault(p, Ids.agent(AgentKind.PLACE, p)));
            Cluster best = null;
            int bestScore = -1;
            for (Cluster c : clusters) {
                if (!c.type.equals(e.type()) || taken.contains(c)) continue;
                int score = EventExtractor.compatibility(c.date, c.actors, c.places, e.date(), actors, places);
                if (score < 0 || score == 0 && e.type().equals(GENERIC)) continue;
                if (score > bestScore || score == bestScore && c.articles.size() > best.articles.size()) {
                    best = c;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new Cluster();
                best.type = e.type();
                best.id = "event/" + Ids.slug(e.type()) + "/" + (1 + clusters.stream().filter(c -> c.type.equals(e.type())).count());
                best.nameScore = -1;
                clusters.add(best);
            }
            taken.add(best);
            best.articles.add(articleStem);
            best.actors.addAll(actors);
            best.places.addAll(places);
            if (best.date == null) best.date = e.date();
            int nameScore = (e.places().isEmpty() ? 0 : 4) + (e.date() == null ? 0 : 2) + Math.min(e.actors().size(), 1);
            if (e.name() != null && nameScore > best.nameScore) {
                best.name = e.name();
                best.nameScore = nameScore;
            }
            out.put(e.key(), best.id);
        }
        return out;
    }

    /** Every event known so far, with what the articles resolved so far say about it. */
    public synchronized List<KnownEvent> known() {
        List<KnownEvent> out = new ArrayList<>();
        for (Cluster c : clusters) out.add(new KnownEvent(c.id, c.type, c.date, c.actors, c.name));
        return out;
    }

    /** Article stems that mention the event with this global id. */
    public synchronized Set<String> articlesOf(String id) {
        for (Cluster c : clusters) if (c.id.equals(id)) return Set.copyOf(c.articles);
        return Set.of();
    }
}
