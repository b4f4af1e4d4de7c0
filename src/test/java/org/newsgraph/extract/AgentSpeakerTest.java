package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which agent of the article a speaker's name stands for. */
class AgentSpeakerTest {
    // "Aurora police said …, Aurora …": the place is named at 0–6 and again at 40–46
    private static final Agent AURORA = new Agent("place:aurora", AgentKind.PLACE, "Aurora", Set.of(), Set.of(),
            List.of(new Span(0, 6), new Span(40, 46)));
    private static final Agent OKAFOR = new Agent("person:ada okafor", AgentKind.PERSON, "Ada Okafor", Set.of(), Set.of(),
            List.of(new Span(60, 70)));

    @Test
    void anOrganisationNamedAfterAPlaceIsNotThatPlace() {
        assertFalse(AURORA.isSpeaker(Speaker.named(Speaker.Kind.ORGANIZATION, new Span(0, 13), "Aurora police")));
        assertTrue(AURORA.isSpeaker(Speaker.named(Speaker.Kind.ORGANIZATION, new Span(40, 46), "Aurora")));
    }

    @Test
    void anOrganisationNamedAfterAPersonIsNotThatPerson() {
        assertFalse(OKAFOR.isSpeaker(Speaker.named(Speaker.Kind.ORGANIZATION, new Span(60, 79), "Ada Okafor campaign")));
        assertTrue(OKAFOR.isSpeaker(Speaker.named(Speaker.Kind.PERSON, new Span(64, 70), "Okafor")));
    }
}
