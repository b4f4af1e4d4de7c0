package org.newsgraph.extract.events;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventLink;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.Speaker;
import org.newsgraph.extract.StatementTopic;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Extraction on sentences written for these tests (not from the demo articles). */
class EventExtractorTest {
    private static final EventExtractor EXTRACTOR = new EventExtractor();

    private record Run(Document doc, List<Agent> agents, EventExtractor.EventExtraction result) {
        List<Event> ofType(String type) { return result.events().stream().filter(e -> e.type().equals(type)).toList(); }

        Set<String> actorNames(Event e) {
            return agents.stream().filter(a -> e.actors().contains(a.key())).map(Agent::name).collect(Collectors.toSet());
        }
    }

    private static Run run(String text, LocalDate ref) {
        Document doc = NlpPipeline.shared().annotate(text, ref);
        List<Agent> agents = SimpleAgents.persons(doc);
        return new Run(doc, agents, EXTRACTOR.extract(doc, agents));
    }

    @Test
    void argumentsTellSuspensionTypesApartAndAnaphoraGroupsMentions() {
        Run r = run("Germany halted weapons deliveries to Chad. The halt angered officials in N'Djamena, "
                + "who called the suspension a betrayal.", null);
        assertEquals(1, r.ofType("MilitaryAidSuspension").size(), r.result().toString());
        assertTrue(r.ofType("IntelligenceSharingSuspension").isEmpty());
        assertEquals(3, r.ofType("MilitaryAidSuspension").get(0).mentions().size());
    }

    @Test
    void coordinatedArgumentsGiveOneEventPerType() {
        Run r = run("Britain suspended intelligence sharing and military aid to the rebels.", null);
        assertEquals(1, r.ofType("IntelligenceSharingSuspension").size(), r.result().toString());
        assertEquals(1, r.ofType("MilitaryAidSuspension").size());
        assertTrue(r.ofType("IntelligenceSharingSuspension").get(0).name().contains("intelligence"));
    }

    @Test
    void compoundArgumentsCount() {
        Run r = run("Diplomats said the intelligence cut-off was a blow to Kenya. The intelligence pause lasted a week.", null);
        List<Event> intel = r.ofType("IntelligenceSharingSuspension");
        assertEquals(1, intel.size(), r.result().toString());
        assertEquals(2, intel.get(0).mentions().size());
    }

    @Test
    void meetingParticipantsAndPlace() {
        Run r = run("Chancellor Angela Merkel had a tense meeting with Emmanuel Macron and Pedro Sanchez in Berlin.", null);
        List<Event> meetings = r.ofType("Meeting");
        assertEquals(1, meetings.size(), r.result().toString());
        assertEquals(Set.of("Angela Merkel", "Emmanuel Macron", "Pedro Sanchez"), r.actorNames(meetings.get(0)));
        assertEquals(Set.of("Berlin"), meetings.get(0).places());
        assertEquals("Berlin meeting", meetings.get(0).name());
    }

    @Test
    void meetingBetweenPeopleIsNamedByThem() {
        Run r = run("A heated meeting between Senator John Carter and Governor Maria Lopez ended early.", null);
        Event m = r.ofType("Meeting").get(0);
        assertEquals(Set.of("John Carter", "Maria Lopez"), r.actorNames(m));
        assertTrue(m.name().startsWith("Meeting between "), m.name());
    }

    @Test
    void dateOnlyWhenAttachedToTheEvent() {
        Run dated = run("Canada froze military aid to the junta on Monday.", LocalDate.of(2024, 5, 15));
        assertEquals(LocalDate.of(2024, 5, 13), dated.ofType("MilitaryAidSuspension").get(0).date());
        // without a reference date a weekday is no date
        Run undated = run("Canada froze military aid to the junta on Monday.", null);
        assertNull(undated.ofType("MilitaryAidSuspension").get(0).date());
        // the date of the announcement is not the date of the event
        Run announced = run("Canada froze military aid to the junta. The minister announced the freeze on Monday.",
                LocalDate.of(2024, 5, 15));
        Event e = announced.ofType("MilitaryAidSuspension").get(0);
        assertEquals(2, e.mentions().size());
        assertNull(e.date());
        // "the March 3 meeting": year from the reference date
        Run meeting = run("Senator John Carter said the March 3 meeting with Governor Maria Lopez went well.",
                LocalDate.of(2021, 3, 10));
        assertEquals(LocalDate.of(2021, 3, 3), meeting.ofType("Meeting").get(0).date());
    }

    @Test
    void triggerWordsThatNameNoEvent() {
        for (String text : List.of(
                "There was a long pause in the conversation before she answered.",
                "Sales are meeting expectations this quarter.",
                "The new plan meets the criteria set by the board.",
                "She got a letter grade for the essay and followed the rules to the letter.",
                "Please send the form to my email address.",
                "The company will stop the production line for repairs.",
                "A meeting room was booked.")) {
            Run r = run(text, null);
            assertTrue(r.result().events().isEmpty(), text + " -> " + r.result().events());
        }
    }

    @Test
    void bareAnaphorWithoutAntecedentYieldsNothing() {
        Run r = run("The decision surprised everyone. The pause was unexpected.", null);
        assertTrue(r.result().events().isEmpty(), r.result().events().toString());
    }

    @Test
    void causeAndSequenceCues() {
        Run r = run("Senator John Carter had a heated meeting with Governor Maria Lopez, which resulted in a halt to "
                + "military aid to the province. The suspension of intelligence sharing follows the halt of military aid.", null);
        Event meeting = r.ofType("Meeting").get(0);
        Event aid = r.ofType("MilitaryAidSuspension").get(0);
        Event intel = r.ofType("IntelligenceSharingSuspension").get(0);
        List<EventLink> links = r.result().links();
        assertTrue(links.stream().anyMatch(l -> l.from().equals(meeting.key()) && l.to().equals(aid.key())
                && l.kind() == EventLink.Kind.LED_TO && l.cue().equals("resulted in") && l.evidence() != null), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.from().equals(aid.key()) && l.to().equals(intel.key())
                && l.kind() == EventLink.Kind.PRECEDES && l.cue().equals("follows")), links.toString());
        assertEquals(2, links.size(), links.toString());
    }

    @Test
    void sentenceInitialCueAndPossibilities() {
        Run r = run("After the meeting between Senator John Carter and Governor Maria Lopez, the state froze military aid "
                + "to the province.", null);
        Event meeting = r.ofType("Meeting").get(0);
        Event aid = r.ofType("MilitaryAidSuspension").get(0);
        assertTrue(r.result().links().stream().anyMatch(l -> l.from().equals(meeting.key()) && l.to().equals(aid.key())),
                r.result().links().toString());
        Run possible = run("Talks between Senator John Carter and Governor Maria Lopez could lead to the resumption of "
                + "military aid.", null);
        assertFalse(possible.ofType("Resumption").isEmpty(), possible.result().toString());
        assertTrue(possible.result().links().isEmpty(), possible.result().links().toString());
    }

    @Test
    void knownDatesOrderEvents() {
        Run r = run("Canada froze military aid to the junta on May 2, 2024. Canada suspended intelligence sharing with "
                + "the junta on May 9, 2024.", null);
        Event aid = r.ofType("MilitaryAidSuspension").get(0);
        Event intel = r.ofType("IntelligenceSharingSuspension").get(0);
        assertTrue(r.result().links().stream().anyMatch(l -> l.from().equals(aid.key()) && l.to().equals(intel.key())
                && l.cue().equals("dates") && l.evidence() == null), r.result().links().toString());
    }

    @Test
    void statementsAboutEvents() {
        String text = "Canada suspended intelligence sharing with Peru. \"The pause will go away,\" minister John Carter said. "
                + "\"Let's pause,\" he added. \"We love the weather,\" he said.";
        Document doc = NlpPipeline.shared().annotate(text, null);
        List<Agent> agents = SimpleAgents.persons(doc);
        EventExtractor.EventExtraction ex = EXTRACTOR.extract(doc, agents);
        Event intel = ex.events().stream().filter(e -> e.type().equals("IntelligenceSharingSuspension")).findFirst().orElseThrow();
        List<Statement> statements = List.of(quote(text, "The pause will go away"), quote(text, "Let's pause"),
                quote(text, "We love the weather"));
        List<StatementTopic> topics = new StatementTopics().about(doc, statements, ex.events());
        assertEquals(List.of(new StatementTopic(0, intel.key()), new StatementTopic(1, intel.key())), topics);
    }

    private static Statement quote(String text, String words) {
        int b = text.indexOf(words);
        return new Statement(Statement.Kind.DIRECT_QUOTE, words, new Span(b, b + words.length()),
                Speaker.anonymous("someone"), "say", null, null, new Span(b, b + words.length()), -1);
    }
}
