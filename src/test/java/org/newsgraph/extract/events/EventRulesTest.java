package org.newsgraph.extract.events;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventLink;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The rules added for unseen news: unrealised events, noun-only triggers, argument exclusions, names of
 * organisations, passive cues, and the date audit (dates attach only to the event itself, relative
 * dates are read against the article's date, the announcement's or dateline's date is never the event's).
 * Sentences written for these tests.
 */
class EventRulesTest {
    private static final EventExtractor EXTRACTOR = new EventExtractor();
    private static final LocalDate THURSDAY = LocalDate.of(2025, 3, 6);

    private record Run(EventExtractor.EventExtraction result) {
        List<Event> ofType(String type) { return result.events().stream().filter(e -> e.type().equals(type)).toList(); }

        Event one(String type) {
            List<Event> es = ofType(type);
            assertEquals(1, es.size(), type + " in " + result.events());
            return es.get(0);
        }

        boolean linked(Event from, Event to, EventLink.Kind kind) {
            return result.links().stream().anyMatch(l -> l.from().equals(from.key()) && l.to().equals(to.key()) && l.kind() == kind);
        }
    }

    private static Run run(String text, LocalDate ref) {
        Document doc = NlpPipeline.shared().annotate(text, ref);
        List<Agent> agents = SimpleAgents.persons(doc);
        return new Run(EXTRACTOR.extract(doc, agents));
    }

    @Test
    void plannedPossibleAndDeniedEventsAreNotEvents() {
        for (String text : List.of(
                "Senator John Carter announced a forthcoming meeting with Governor Maria Lopez.",
                "Senator John Carter will meet Governor Maria Lopez in Lima.",
                "Senator John Carter and Governor Maria Lopez are expected to meet in Lima.",
                "Senator John Carter refused to meet Governor Maria Lopez.",
                "Senator John Carter did not meet Governor Maria Lopez.",
                "Governor Maria Lopez would hold a meeting with Senator John Carter.",
                "Governor Maria Lopez is calling a meeting with Senator John Carter in Lima next week.",
                "A summit of regional leaders is planned for next month in Lima.",
                "The company said deliveries of its trucks would resume in June.",
                "The rebels said they wanted talks with the government.")) {
            for (LocalDate ref : new LocalDate[] {THURSDAY, null}) {
                Run r = run(text, ref);
                assertTrue(r.result().events().isEmpty(), text + " (ref " + ref + ") -> " + r.result().events());
            }
        }
        // the same events reported as having happened are events
        Event met = run("Senator John Carter met Governor Maria Lopez in Lima on Tuesday.", THURSDAY).one("Meeting");
        assertEquals(LocalDate.of(2025, 3, 4), met.date());
        run("Governor Maria Lopez held a meeting with Senator John Carter last week.", THURSDAY).one("Meeting");
    }

    @Test
    void nounOnlyTriggersIgnoreTheirVerbs() {
        for (String text : List.of(
                "The union struck a deal with the company on Monday.",
                "Critics attacked the plan on Monday.",
                "The ruling party lost two seats.",
                "Senator John Carter appealed to voters for calm.")) {
            Run r = run(text, THURSDAY);
            assertTrue(r.ofType("Strike").isEmpty() && r.ofType("Attack").isEmpty() && r.ofType("CourtRuling").isEmpty()
                    && r.ofType("Appeal").isEmpty(), text + " -> " + r.result().events());
        }
        assertEquals(LocalDate.of(2025, 3, 3),
                run("Dock workers in Rotterdam went on strike on Monday.", THURSDAY).one("Strike").date());
        run("A drone attack on a fuel depot near Odesa killed two guards.", THURSDAY).one("Attack");
    }

    @Test
    void argumentsExcludeLookalikes() {
        for (String text : List.of(
                "He suffered a heart attack at the airport on Friday.",
                "The mayor issued an appeal for calm on Sunday.",
                "Artillery strikes hit the town overnight.",
                "She works as a clerk at the Court of Appeals in Denver.")) {
            Run r = run(text, THURSDAY);
            assertTrue(r.ofType("Attack").isEmpty() && r.ofType("Appeal").isEmpty() && r.ofType("Strike").isEmpty(),
                    text + " -> " + r.result().events());
        }
        // what was paused tells the type: humanitarian aid and goods are no military aid
        Run food = run("The agency halted humanitarian aid to the region.", THURSDAY);
        assertTrue(food.ofType("MilitaryAidSuspension").isEmpty(), food.result().events().toString());
        Run trucks = run("The carmaker paused deliveries of its electric trucks on Monday.", THURSDAY);
        assertEquals(LocalDate.of(2025, 3, 3), trucks.one("SupplySuspension").date());
        assertTrue(trucks.ofType("MilitaryAidSuspension").isEmpty());
        run("Canada halted weapons deliveries to the junta.", THURSDAY).one("MilitaryAidSuspension");
        run("The army suspended the ceasefire with the rebels.", THURSDAY).one("CeasefireSuspension");
    }

    @Test
    void passiveCuesKeepTheOrderOfEvents() {
        Run r = run("The election in Lima on Sunday was followed by protests in the capital on Monday.", THURSDAY);
        Event election = r.one("Election"), protest = r.one("Protest");
        assertEquals(LocalDate.of(2025, 3, 2), election.date());
        assertTrue(r.linked(election, protest, EventLink.Kind.PRECEDES), r.result().links().toString());
        assertFalse(r.linked(protest, election, EventLink.Kind.PRECEDES), r.result().links().toString());
        Run caused = run("The shutdown of the plant was caused by a strike at its main supplier.", null);
        Event shutdown = caused.one("Shutdown"), strike = caused.one("Strike");
        assertTrue(caused.linked(strike, shutdown, EventLink.Kind.LED_TO), caused.result().links().toString());
        assertFalse(caused.linked(shutdown, strike, EventLink.Kind.LED_TO));
    }

    // ------------------------------------------------------------ date audit

    @Test
    void relativeDatesAreReadAgainstThePublicationDate() {
        Run friday = run("Canada froze military aid to the junta last Friday.", THURSDAY);
        assertEquals(LocalDate.of(2025, 2, 28), friday.one("MilitaryAidSuspension").date());
        Run wednesday = run("Canada froze military aid to the junta on Wednesday.", THURSDAY);
        assertEquals(LocalDate.of(2025, 3, 5), wednesday.one("MilitaryAidSuspension").date());
        Run feb = run("The Feb. 28 meeting between Senator John Carter and Governor Maria Lopez went badly.", THURSDAY);
        assertEquals(LocalDate.of(2025, 2, 28), feb.one("Meeting").date());
        // a day-month well after the article's date is last year's
        Run january = run("The Feb. 28 meeting between Senator John Carter and Governor Maria Lopez went badly.",
                LocalDate.of(2025, 1, 10));
        assertEquals(LocalDate.of(2024, 2, 28), january.one("Meeting").date());
        // no article date: a weekday is no date
        assertNull(run("Canada froze military aid to the junta last Friday.", null).one("MilitaryAidSuspension").date());
    }

    @Test
    void theDateOfTheAnnouncementOrOfTheDatelineIsNotTheEventsDate() {
        for (String text : List.of(
                "On Wednesday, Senator John Carter said the state had paused military aid to the province.",
                "The state has paused military aid to the province, Senator John Carter said on Wednesday.",
                "Senator John Carter confirmed on Wednesday that the state had paused military aid to the province.",
                "LIMA, Peru, March 5, 2025 — The state has paused military aid to the province, officials said.")) {
            Event e = run(text, THURSDAY).one("MilitaryAidSuspension");
            assertNull(e.date(), text);
        }
        // a date inside a clause about something else is not the event's: the strike did not happen on May 9
        Run ended = run("Deliveries resumed after a strike at the plant that ended on May 9.", LocalDate.of(2025, 5, 21));
        assertNull(ended.one("Strike").date());
    }

    @Test
    void aSupportVerbsDateIsTheEventsDate() {
        Run held = run("Governor Maria Lopez held talks with Senator John Carter on Tuesday.", THURSDAY);
        assertEquals(LocalDate.of(2025, 3, 4), held.one("Negotiation").date());
        Run signed = run("The two countries reached a trade agreement signed on Wednesday in Lima.", THURSDAY);
        assertEquals(LocalDate.of(2025, 3, 5), signed.one("Agreement").date());
    }

    @Test
    void futureDatesAreRecognised() {
        assertTrue(EventDates.isFuture("2025-W11", THURSDAY));
        assertFalse(EventDates.isFuture("2025-W10", THURSDAY));
        assertTrue(EventDates.isFuture("2025-04", THURSDAY));
        assertFalse(EventDates.isFuture("2025-03", THURSDAY));
        assertTrue(EventDates.isFuture("2025-03-07", THURSDAY));
        assertFalse(EventDates.isFuture("2025-03-06", THURSDAY));
        assertTrue(EventDates.isFuture("THIS P1W OFFSET P1W", null));
        assertFalse(EventDates.isFuture("THIS P1W OFFSET P-1W", null));
        assertFalse(EventDates.isFuture("XXXX-WXX-2", null));
        // a reported event is not dated after its report
        assertEquals(LocalDate.of(2024, 2, 28), EventDates.notAfter(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 1, 10)));
        assertNull(EventDates.notAfter(LocalDate.of(2025, 3, 7), THURSDAY));
        assertEquals(LocalDate.of(2025, 3, 5), EventDates.notAfter(LocalDate.of(2025, 3, 5), THURSDAY));
    }
}
