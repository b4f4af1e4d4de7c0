package org.newsgraph.extract.events;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventLink;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.NlpPipeline;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The rules for real news stories (issue 11), on short texts written for these tests and read by the
 * whole extraction stage (real agents): one event per real event within an article, one readable name,
 * links from the cue forms news writing uses, and dates read against the article's date.
 */
class EventStoryRulesTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    private static ArticleFacts read(String text, LocalDate date) {
        Article a = new Article("t", "t.txt", text, null, date, null, null, null, Integer.toHexString(text.hashCode()), List.of());
        return EXTRACTOR.extract(a, NlpPipeline.shared().annotate(text, date));
    }

    private static List<Event> ofType(ArticleFacts f, String type) {
        return f.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    private static Event one(ArticleFacts f, String type) {
        List<Event> es = ofType(f, type);
        assertEquals(1, es.size(), type + " in " + f.events());
        return es.get(0);
    }

    private static boolean linked(ArticleFacts f, Event from, Event to, EventLink.Kind kind) {
        return f.links().stream().anyMatch(l -> l.from().equals(from.key()) && l.to().equals(to.key()) && l.kind() == kind);
    }

    @Test
    void mentionsOfOneMeetingInOneArticleAreOneEvent() {
        ArticleFacts f = read("President Ann Carter met Prime Minister Tom Reed in the Oval Office on Friday. "
                + "The Oval Office meeting with Reed ended early. Friday's White House meeting was the first between the two leaders. "
                + "Aides said the shouting match with Reed surprised them.", MONDAY);
        Event m = one(f, "Meeting");
        assertTrue(m.mentions().size() >= 3, m.toString());
        assertEquals(LocalDate.of(2025, 2, 28), m.date());
    }

    @Test
    void oneReadableNamePerEventNeitherCutNorRunOnNorTheAudience() {
        ArticleFacts f = read("The United States paused military aid to Ukraine on Monday, days after a tense meeting "
                + "between President Ann Carter and Prime Minister Tom Reed. On Tuesday, Carter gave a speech to Congress.", MONDAY);
        assertEquals("Pause of military aid to Ukraine", one(f, "MilitaryAidSuspension").name());
        assertEquals("Meeting between Ann Carter and Tom Reed", one(f, "Meeting").name());
        String speech = one(f, "Speech").name();
        assertFalse(speech.contains("Congress"), "the audience is no speaker: " + speech);
        // three equal participants: none is named rather than two of them
        ArticleFacts three = read("Ann Carter held talks with Tom Reed and Lena Fischer in Geneva on Friday.", MONDAY);
        for (Event e : three.events()) assertFalse(e.name().matches(".*between \\w+ \\w+ and \\w+ \\w+$"), e.name());
    }

    @Test
    void linksFromTheCueFormsOfNewsWriting() {
        String meeting = "the meeting between President Ann Carter and Prime Minister Tom Reed";
        for (String[] c : new String[][] {
                {"The pause of military aid to Ukraine comes days after " + meeting + ".", "PRECEDES"},
                {"The suspension of military aid to Ukraine follows " + meeting + ".", "PRECEDES"},
                {"In the wake of " + meeting + ", the United States suspended military aid to Ukraine.", "LED_TO"},
                {"The halt to military aid to Ukraine was prompted by " + meeting + ".", "LED_TO"},
                {"The United States suspended military aid to Ukraine in response to " + meeting + ".", "LED_TO"}}) {
            ArticleFacts f = read(c[0], MONDAY);
            Event m = one(f, "Meeting"), aid = one(f, "MilitaryAidSuspension");
            assertTrue(linked(f, m, aid, EventLink.Kind.valueOf(c[1])), c[0] + " -> " + f.links());
            assertFalse(linked(f, aid, m, EventLink.Kind.PRECEDES) || linked(f, aid, m, EventLink.Kind.LED_TO), c[0]);
            // each link keeps its cue and the sentence stating it
            for (EventLink l : f.links()) if (!l.cue().equals("dates")) assertNotNull(l.evidence());
        }
        // a possibility is no link, and one event is never linked to itself
        ArticleFacts f = read("The suspension of military aid could lead to " + meeting + ". The meeting ended after the meeting.", MONDAY);
        assertTrue(f.links().stream().noneMatch(l -> l.kind() == EventLink.Kind.LED_TO), f.links().toString());
        assertTrue(f.links().stream().noneMatch(l -> l.from().equals(l.to())), f.links().toString());
    }

    @Test
    void relativeDatesAreReadAgainstTheArticleDateAndNeverAfterIt() {
        assertEquals(LocalDate.of(2025, 2, 28), one(read("Ann Carter met Tom Reed on Friday.", MONDAY), "Meeting").date());
        assertEquals(LocalDate.of(2025, 2, 28), one(read("Friday's meeting between Ann Carter and Tom Reed went badly.", MONDAY), "Meeting").date());
        // a weekday of the coming days names last week's day when the event is reported as past
        assertEquals(LocalDate.of(2025, 2, 28), one(read("Ann Carter met Tom Reed on Friday.", LocalDate.of(2025, 3, 5)), "Meeting").date());
        // only the day an expression states: a week or a month is no date, and an unknown article date gives none
        assertNull(one(read("Ann Carter met Tom Reed last week.", MONDAY), "Meeting").date());
        assertNull(one(read("Ann Carter met Tom Reed on Friday.", null), "Meeting").date());
        for (Event e : read("Ann Carter met Tom Reed on Friday.", MONDAY).events()) assertFalse(e.date() != null && e.date().isAfter(MONDAY));
    }
}
