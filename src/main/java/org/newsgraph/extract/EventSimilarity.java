package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether two descriptions of an event (two mentions in one article, or an article's event and one
 * known across articles) can be one event, and on what shared evidence. Used within an article
 * (extract) and across articles (resolve); ids are opaque strings to it (agent keys or global ids),
 * places are told apart from people and organisations by a "place/" or "place:" prefix when given so.
 */
public final class EventSimilarity {
    private EventSimilarity() {}

    /**
     * @param score  -1 when the two cannot be one event, else the number of shared participants,
     *               places and dates
     * @param shared the shared participants and places (ids as given)
     * @param sameDate whether both give the same date
     */
    public record Match(int score, List<String> shared, boolean sameDate) {
        public Match {
            shared = List.copyOf(shared);
        }

        public boolean compatible() { return score >= 0; }

        static final Match NONE = new Match(-1, List.of(), false);
    }

    /**
     * Dates must agree when both are known; places must overlap when both are known; and when both
     * sides name participants or places, they must share one.
     */
    public static Match compare(LocalDate d1, Set<String> actors1, Set<String> places1,
                                LocalDate d2, Set<String> actors2, Set<String> places2) {
        if (d1 != null && d2 != null && !d1.equals(d2)) return Match.NONE;
        boolean sameDate = d1 != null && d1.equals(d2);
        Set<String> id1 = new HashSet<>(actors1);
        id1.addAll(places1);
        Set<String> id2 = new HashSet<>(actors2);
        id2.addAll(places2);
        List<String> shared = new ArrayList<>();
        for (String x : id1) if (id2.contains(x)) shared.add(x);
        shared.sort(null);
        // two places for one event are often a room and its building ("the Oval Office meeting", "Friday's
        // White House meeting"): different places part events unless the same day or a shared person or
        // organisation joins them
        boolean sharedAgent = shared.stream().anyMatch(x -> !isPlace(x) && !places1.contains(x) && !places2.contains(x));
        if (!places1.isEmpty() && !places2.isEmpty() && places1.stream().noneMatch(places2::contains)
                && !sameDate && !sharedAgent) return Match.NONE;
        // Only people and organisations tell two events apart: places named as participants are often
        // metonyms that differ between reports of one event ("aid to Kyiv" / "aid to Ukraine").
        // On the same day, a side naming only where it happened can still be the other's event.
        if (shared.isEmpty() && distinguishes(actors1, places1) && distinguishes(actors2, places2)
                && !(sameDate && (!namesAgents(actors1, places1) || !namesAgents(actors2, places2)))) return Match.NONE;
        return new Match(shared.size() + (sameDate ? 1 : 0), shared, sameDate);
    }

    /** {@link #compare} as a number: -1 when incompatible, else the shared evidence count. */
    public static int compatibility(LocalDate d1, Set<String> actors1, Set<String> places1,
                                    LocalDate d2, Set<String> actors2, Set<String> places2) {
        return compare(d1, actors1, places1, d2, actors2, places2).score();
    }

    private static boolean distinguishes(Set<String> actors, Set<String> places) {
        if (!places.isEmpty()) return true;
        for (String a : actors) if (!isPlace(a)) return true;
        return false;
    }

    private static boolean namesAgents(Set<String> actors, Set<String> places) {
        for (String a : actors) if (!isPlace(a) && !places.contains(a)) return true;
        return false;
    }

    private static boolean isPlace(String id) { return id.startsWith("place/") || id.startsWith("place:"); }
}
