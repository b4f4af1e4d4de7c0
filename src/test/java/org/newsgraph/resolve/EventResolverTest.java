package org.newsgraph.resolve;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class EventResolverTest {
    private static Event ev(String key, String type, Set<String> actors, Set<String> places, LocalDate date) {
        return new Event(key, type, type + " " + key, actors, places, date, List.of());
    }

    private static final Map<String, String> AGENTS = Map.of("a", "person/ann", "b", "person/bob", "c", "person/cy",
            "d", "person/dee");

    @Test
    void sameMeetingAcrossArticlesByParticipants() {
        EventResolver r = new EventResolver(List.of());
        String m1 = r.resolve("x", List.of(ev("e1", "Meeting", Set.of("a", "b"), Set.of(), null)), AGENTS).get("e1");
        Event withPlace = new Event("e1", "Meeting", "Oval Office meeting", Set.of("a", "b", "c"), Set.of("Oval Office"), null, List.of());
        String m2 = r.resolve("y", List.of(withPlace), AGENTS).get("e1");
        assertEquals(m1, m2);
        assertTrue(m1.startsWith("event/meeting/"));
        // the name that says most (the place) becomes the event's name
        assertEquals("Oval Office meeting", r.known().get(0).name());
        assertEquals(Set.of("person/ann", "person/bob", "person/cy"), r.known().get(0).actorIds());
    }

    @Test
    void differentParticipantsPlacesOrDatesAreDifferentEvents() {
        EventResolver r = new EventResolver(List.of());
        String m1 = r.resolve("x", List.of(ev("e1", "Meeting", Set.of("a", "b"), Set.of(), LocalDate.of(2025, 2, 28))), AGENTS).get("e1");
        Map<String, String> y = r.resolve("y", List.of(
                ev("e1", "Meeting", Set.of("c", "d"), Set.of(), null),
                ev("e2", "Meeting", Set.of("a"), Set.of(), LocalDate.of(2025, 3, 1)),
                ev("e3", "Meeting", Set.of(), Set.of("Paris"), null)), AGENTS);
        assertNotEquals(m1, y.get("e1"));
        assertNotEquals(m1, y.get("e2"));
        assertNotEquals(m1, y.get("e3"));
        assertEquals(3, Set.copyOf(y.values()).size());
    }

    @Test
    void placesNamedAsParticipantsDoNotTellEventsApart() {
        EventResolver r = new EventResolver(List.of());
        Map<String, String> agents = Map.of("k", "place/kyiv", "u", "place/ukraine", "a", "person/ann", "b", "person/bob");
        String toCapital = r.resolve("x", List.of(ev("e1", "MilitaryAidSuspension", Set.of("k"), Set.of(), null)), agents).get("e1");
        String toCountry = r.resolve("y", List.of(ev("e1", "MilitaryAidSuspension", Set.of("u"), Set.of(), null)), agents).get("e1");
        assertEquals(toCapital, toCountry, "'aid to Kyiv' and 'aid to Ukraine' are one halt");
        String m1 = r.resolve("z", List.of(ev("e2", "Meeting", Set.of("a", "k"), Set.of(), null)), agents).get("e2");
        String m2 = r.resolve("w", List.of(ev("e2", "Meeting", Set.of("b", "u"), Set.of(), null)), agents).get("e2");
        assertNotEquals(m1, m2, "different people still tell meetings apart");
    }

    @Test
    void suspensionsWithoutParticipantsMergeByType() {
        EventResolver r = new EventResolver(List.of());
        String a = r.resolve("x", List.of(ev("e1", "IntelligenceSharingSuspension", Set.of(), Set.of(), null)), AGENTS).get("e1");
        String b = r.resolve("y", List.of(ev("e4", "IntelligenceSharingSuspension", Set.of("a"), Set.of(), LocalDate.of(2025, 3, 5))), AGENTS).get("e4");
        String c = r.resolve("z", List.of(ev("e2", "MilitaryAidSuspension", Set.of(), Set.of(), null)), AGENTS).get("e2");
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(LocalDate.of(2025, 3, 5), r.known().get(0).date());
        assertEquals(Set.of("x", "y"), r.articlesOf(a));
    }

    @Test
    void twoEventsOfOneArticleNeverShareAnId() {
        EventResolver r = new EventResolver(List.of());
        Map<String, String> x = r.resolve("x", List.of(ev("e1", "Resumption", Set.of(), Set.of(), null),
                ev("e2", "Resumption", Set.of(), Set.of(), null)), AGENTS);
        assertNotEquals(x.get("e1"), x.get("e2"));
    }

    @Test
    void genericEventsDoNotAllMerge() {
        EventResolver r = new EventResolver(List.of());
        String a = r.resolve("x", List.of(ev("e1", "Event", Set.of(), Set.of(), null)), AGENTS).get("e1");
        String b = r.resolve("y", List.of(ev("e1", "Event", Set.of(), Set.of(), null)), AGENTS).get("e1");
        String c = r.resolve("z", List.of(ev("e1", "Event", Set.of("a"), Set.of(), null)), AGENTS).get("e1");
        String d = r.resolve("w", List.of(ev("e1", "Event", Set.of("a"), Set.of(), null)), AGENTS).get("e1");
        assertNotEquals(a, b);
        assertEquals(c, d);
    }

    @Test
    void startsFromKnownEvents() {
        EventResolver r = new EventResolver(List.of(new EventResolver.KnownEvent("event/meeting/7", "Meeting",
                LocalDate.of(2025, 2, 28), Set.of("person/ann"), "Oval Office meeting")));
        assertEquals("event/meeting/7", r.resolve("x", List.of(ev("e1", "Meeting", Set.of("a"), Set.of(), null)), AGENTS).get("e1"));
        assertNotEquals("event/meeting/7", r.resolve("y", List.of(ev("e1", "Meeting", Set.of("a"), Set.of(), LocalDate.of(2025, 3, 1))), AGENTS).get("e1"));
    }
}
