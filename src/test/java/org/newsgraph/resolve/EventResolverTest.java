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
        // suspensions are typed by what they stop, so the extractor marks them anchored
        return new Event(key, type, type + " " + key, actors, places, date, List.of(),
                date != null || type.endsWith("Suspension"));
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

    private static Event named(String key, String type, String name, Set<String> actors, Set<String> places, LocalDate date,
                               boolean anchored) {
        return new Event(key, type, name, actors, places, date, List.of(), anchored);
    }

    private static final Map<String, String> UKRAINE = Map.of("t", "person/donald-trump", "z", "person/volodymyr-zelensky",
            "v", "person/jd-vance", "w", "person/mike-waltz", "oo", "place/oval-office", "wh", "place/white-house");
    private static final Map<String, String> FOOTBALL = Map.of("c", "person/carlo-ancelotti", "r", "organization/real-madrid",
            "f", "organization/uefa", "m", "place/madrid");
    private static final LocalDate FEB28 = LocalDate.of(2025, 2, 28), MAR3 = LocalDate.of(2025, 3, 3);

    @Test
    void mentionsOfOneMeetingInOneStoryAreOneNodeWithTheSharedEvidenceRecorded() {
        EventResolver r = new EventResolver(List.of());
        var a = r.resolve("a", MAR3, List.of(named("e1", "Meeting", "Oval Office meeting between Trump and Zelensky",
                Set.of("t", "z"), Set.of("oo"), null, true)), UKRAINE);
        // another outlet: "Friday's White House meeting" with Trump
        var b = r.resolve("b", MAR3, List.of(named("e1", "Meeting", "White House meeting", Set.of("t"), Set.of("wh"), FEB28, true)), UKRAINE);
        assertEquals(a.ids().get("e1"), b.ids().get("e1"));
        assertTrue(a.reasons().isEmpty(), "the first report founds the node");
        assertTrue(b.reasons().get("e1").contains("shared participants: person/donald-trump"), b.reasons().toString());
        assertEquals(FEB28, r.known().get(0).date());
        assertEquals("Oval Office meeting between Trump and Zelensky", r.known().get(0).name(), "the name that says most");
    }

    @Test
    void unrelatedStoriesNeverMergeEvenWithoutParticipants() {
        EventResolver r = new EventResolver(List.of());
        // a strike in a political story and one in a football story, neither naming who struck
        String political = r.resolve("p", MAR3, List.of(named("e1", "Strike", "Strike", Set.of(), Set.of(), null, true)), UKRAINE).ids().get("e1");
        String sports = r.resolve("s", MAR3, List.of(named("e1", "Strike", "Strike", Set.of(), Set.of(), null, true)), FOOTBALL).ids().get("e1");
        assertNotEquals(political, sports);
        // nor with participants of their own
        String s2 = r.resolve("s2", MAR3, List.of(named("e1", "Strike", "Strike by Real Madrid", Set.of("r"), Set.of(), null, true)), FOOTBALL).ids().get("e1");
        assertNotEquals(political, s2);
    }

    @Test
    void aPassingMentionJoinsTheStoryOnlyOnSharedEvidence() {
        EventResolver r = new EventResolver(List.of());
        String bombing = r.resolve("a", MAR3, List.of(named("e1", "Attack", "Attack in Kharkiv", Set.of(), Set.of("Kharkiv"), null, false)), UKRAINE).ids().get("e1");
        String assault = r.resolve("b", MAR3, List.of(named("e1", "Attack", "Attack", Set.of(), Set.of(), null, false)), UKRAINE).ids().get("e1");
        assertNotEquals(bombing, assault, "same story, but nothing says the passing 'an assault' is that attack");
        // nor the other way round: a passing "a speech" founds no node that a later story's speech joins
        String passing = r.resolve("c", MAR3, List.of(named("e1", "Speech", "Speech", Set.of(), Set.of(), null, false)), UKRAINE).ids().get("e1");
        String acceptance = r.resolve("d", MAR3, List.of(named("e1", "Speech", "Acceptance speech by Donald Trump", Set.of("t"), Set.of(), null, true)), UKRAINE).ids().get("e1");
        assertNotEquals(passing, acceptance);
    }

    @Test
    void incompatibleTimesPartEvents() {
        EventResolver r = new EventResolver(List.of());
        String dated = r.resolve("a", LocalDate.of(2025, 3, 6), List.of(named("e1", "IntelligenceSharingSuspension", "Pause of intelligence sharing",
                Set.of("t"), Set.of(), LocalDate.of(2025, 3, 5), true)), UKRAINE).ids().get("e1");
        // an article of 1 March cannot report a pause of 5 March
        String earlier = r.resolve("b", LocalDate.of(2025, 3, 1), List.of(named("e1", "IntelligenceSharingSuspension", "Pause",
                Set.of("t"), Set.of(), null, true)), UKRAINE).ids().get("e1");
        assertNotEquals(dated, earlier);
        // undated reports two months apart are not one event
        String later = r.resolve("c", LocalDate.of(2025, 5, 10), List.of(named("e1", "IntelligenceSharingSuspension", "Pause",
                Set.of("t"), Set.of(), null, true)), UKRAINE).ids().get("e1");
        assertNotEquals(earlier, later);
    }

    @Test
    void theMajorityDateWinsAndTheOthersAreKept() {
        EventResolver r = new EventResolver(List.of());
        for (String[] art : new String[][] {{"a", "2025-02-28"}, {"b", "2025-02-28"}, {"c", "2025-03-01"}})
            r.resolve(art[0], MAR3, List.of(named("e1", "Meeting", "Meeting", Set.of("t", "z"), Set.of(), LocalDate.parse(art[1]), true)), UKRAINE);
        assertEquals(1, r.known().size(), "close dates with the same two participants are one meeting");
        assertEquals(FEB28, r.known().get(0).date());
        assertEquals(List.of(LocalDate.of(2025, 3, 1)), r.known().get(0).otherDates());
        // a tie gives no date: a wrong date is worse than none
        EventResolver tie = new EventResolver(List.of());
        for (String[] art : new String[][] {{"a", "2025-02-28"}, {"b", "2025-03-01"}})
            tie.resolve(art[0], MAR3, List.of(named("e1", "Meeting", "Meeting", Set.of("t", "z"), Set.of(), LocalDate.parse(art[1]), true)), UKRAINE);
        assertNull(tie.known().get(0).date());
        assertEquals(2, tie.known().get(0).otherDates().size());
    }

    @Test
    void idsComeFromContentNotFromInputOrder() {
        List<Event> x = List.of(named("e1", "Meeting", "Meeting", Set.of("t", "z"), Set.of(), FEB28, true));
        List<Event> y = List.of(named("e1", "MilitaryAidSuspension", "Pause of military aid", Set.of(), Set.of(), null, true));
        EventResolver one = new EventResolver(List.of()), two = new EventResolver(List.of());
        String m1 = one.resolve("x", MAR3, x, UKRAINE).ids().get("e1"), a1 = one.resolve("y", MAR3, y, FOOTBALL).ids().get("e1");
        String a2 = two.resolve("y", MAR3, y, FOOTBALL).ids().get("e1"), m2 = two.resolve("x", MAR3, x, UKRAINE).ids().get("e1");
        assertEquals(m1, m2);
        assertEquals(a1, a2);
        assertEquals("event/meeting/2025-02-28-donald-trump-volodymyr-zelensky", m1);
        assertEquals("event/militaryaidsuspension/pause-of-military-aid", a1);
    }
}
