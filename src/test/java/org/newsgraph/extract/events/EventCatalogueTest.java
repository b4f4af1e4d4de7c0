package org.newsgraph.extract.events;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.EventLink;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EventCatalogueTest {
    @Test
    void bundledCatalogueHasTheDesignTypes() {
        EventCatalogue c = EventCatalogue.load();
        for (String t : List.of("Meeting", "MilitaryAidSuspension", "IntelligenceSharingSuspension", "Resumption",
                "Letter", "Speech", "Agreement", "Negotiation", "Invasion")) assertNotNull(c.type(t), t);
        assertTrue(c.type("IntelligenceSharingSuspension").requiredArguments().contains("intelligence"));
        assertTrue(c.type("MilitaryAidSuspension").triggers().contains("cut off"));
        assertFalse(c.type("Meeting").requiresArguments());
        assertTrue(c.type("Meeting").reciprocal());
        assertTrue(c.anaphors().contains("move"));
        assertTrue(c.cues().stream().anyMatch(q -> q.text().equals("resulted in") && q.kind() == EventLink.Kind.LED_TO && q.forward()));
        assertTrue(c.cues().stream().anyMatch(q -> q.text().equals("follows") && q.kind() == EventLink.Kind.PRECEDES && !q.forward()));
        // longest cues are tried first
        assertTrue(c.cues().get(0).words().size() >= c.cues().get(c.cues().size() - 1).words().size());
    }

    @Test
    void aNewTypeIsDataOnly() {
        String ttl = """
                @prefix ng: <https://w3id.org/newsgraph/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
                ng:Event rdfs:subClassOf sem:Event .
                ng:Suspension rdfs:subClassOf ng:Event .
                ng:Election rdfs:subClassOf ng:Event ; rdfs:label "election"@en ; ng:triggerLemma "election", "vote" ;
                    ng:priority 2 ; ng:nameTemplate "{place} election | Election" .
                ng:SanctionsSuspension rdfs:subClassOf ng:Suspension ; ng:triggerLemma "lift" ; ng:requiresArgumentLemma "sanction" .
                """;
        List<EventType> types = EventCatalogue.parseTypes(new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("Election", "SanctionsSuspension", "Suspension"), types.stream().map(EventType::name).toList());
        EventType election = types.get(0);
        assertEquals(List.of("{place} election", "Election"), election.nameTemplates());
        assertEquals(2, election.priority());
        assertTrue(types.get(1).requiredArguments().contains("sanction"));
    }

    @Test
    void nameTemplates() {
        assertEquals("Oval Office meeting", EventNamer.fill("{place} meeting", "Oval Office", List.of(), null));
        assertNull(EventNamer.fill("{place} meeting", null, List.of("A", "B"), null));
        assertEquals("Meeting between A, B and C", EventNamer.fill("Meeting between {actors}", null, List.of("A", "B", "C"), null));
        assertNull(EventNamer.fill("Meeting between {actors}", null, List.of("A"), null));
    }

    @Test
    void datesAreDaysOnly() {
        java.time.LocalDate ref = java.time.LocalDate.of(2025, 3, 6);
        assertEquals(java.time.LocalDate.of(2025, 3, 5), EventDates.parseDate("2025-03-05", ref));
        assertEquals(java.time.LocalDate.of(2025, 2, 28), EventDates.parseDate("XXXX-02-28", ref));
        assertEquals(java.time.LocalDate.of(2024, 12, 20), EventDates.parseDate("XXXX-12-20", ref));
        assertNull(EventDates.parseDate("2025-W10", ref));
        assertNull(EventDates.parseDate("XXXX-WXX-3", ref));
        assertNull(EventDates.parseDate("2022", ref));
        assertNull(EventDates.parseDate("XXXX-02-28", null));
    }
}
