package org.newsgraph.extract.events;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventLink;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Event extraction on invented news texts about topics the demo corpus does not cover
 * (src/test/resources/heldout-events): types found, dates right or absent (never wrong), links found,
 * and planned or hypothetical events left out.
 */
class HeldoutEventsTest {
    static final Path DIR = Path.of("src/test/resources/heldout-events");
    static final Map<String, ArticleFacts> FACTS = new HashMap<>();

    @BeforeAll
    static void extract() throws Exception {
        Ingestor ingestor = new Ingestor();
        ArticleExtractor extractor = new ArticleExtractor();
        for (String name : List.of("factory-strike", "summit-trade", "ceasefire-attack", "delivery-pause",
                "election-protests", "court-appeal")) {
            Article a = ingestor.read(DIR.resolve(name + ".txt")).get(0);
            assertNotNull(a.datePublished(), name + ": the dateline gives the publication date");
            Document doc = NlpPipeline.shared().annotate(a.text(), a.datePublished());
            FACTS.put(name, extractor.extract(a, doc));
        }
    }

    static List<Event> ofType(String article, String type) {
        return FACTS.get(article).events().stream().filter(e -> e.type().equals(type)).toList();
    }

    static Event one(String article, String type) {
        List<Event> es = ofType(article, type);
        assertEquals(1, es.size(), article + " " + type + ": " + FACTS.get(article).events());
        return es.get(0);
    }

    static boolean linked(String article, Event from, Event to, Set<EventLink.Kind> kinds) {
        return FACTS.get(article).links().stream().anyMatch(l -> l.from().equals(from.key()) && l.to().equals(to.key())
                && kinds.contains(l.kind()));
    }

    static final Set<EventLink.Kind> ANY = Set.of(EventLink.Kind.LED_TO, EventLink.Kind.PRECEDES);

    /** The date is the expected one or absent, never another. */
    static void dateRightOrAbsent(Event e, LocalDate expected) {
        assertTrue(e.date() == null || e.date().equals(expected), e.type() + " dated " + e.date() + ", expected " + expected);
    }

    @Test
    void noEventIsDatedAfterItsArticle() {
        for (ArticleFacts f : FACTS.values()) {
            LocalDate published = f.article().datePublished();
            for (Event e : f.events()) {
                if (e.date() != null) assertFalse(e.date().isAfter(published), f.article().id() + ": " + e);
            }
        }
    }

    @Test
    void strikeLedToShutdown() {
        Event strike = ofType("factory-strike", "Strike").get(0);
        assertEquals(LocalDate.of(2025, 3, 3), strike.date(), "walked off the job on Monday (article of Thursday 6 March)");
        // "workers at the plant in Toledo": Toledo is where, not who
        assertTrue(strike.places().stream().anyMatch(p -> p.toLowerCase().contains("toledo")), strike.toString());
        assertTrue(strike.actors().stream().noneMatch(p -> p.toLowerCase().contains("toledo")), strike.toString());
        Event shutdown = one("factory-strike", "Shutdown");
        dateRightOrAbsent(shutdown, LocalDate.of(2025, 3, 4));
        assertTrue(linked("factory-strike", strike, shutdown, Set.of(EventLink.Kind.LED_TO)), FACTS.get("factory-strike").links().toString());
        // "would hold a meeting with union leaders next week" and "would not meet the criteria" are no meetings
        assertTrue(ofType("factory-strike", "Meeting").isEmpty());
    }

    @Test
    void summitFollowedByTradeAgreement() {
        Event summit = one("summit-trade", "Summit");
        Event deal = one("summit-trade", "Agreement");
        assertEquals(LocalDate.of(2025, 1, 16), deal.date(), "signed on Thursday (article of Friday 17 January)");
        assertTrue(linked("summit-trade", summit, deal, ANY));
        // "The summit was followed by a trade agreement": the passive does not reverse the order
        assertFalse(linked("summit-trade", deal, summit, ANY), FACTS.get("summit-trade").links().toString());
        Event met = one("summit-trade", "Meeting");
        assertEquals(LocalDate.of(2025, 1, 15), met.date());
        // the upcoming summit in Mexico City has not happened
        assertTrue(FACTS.get("summit-trade").events().stream().noneMatch(e -> e.places().stream().anyMatch(p -> p.contains("Mexico City"))));
    }

    @Test
    void ceasefireSuspendedAfterAttack() {
        Event suspension = one("ceasefire-attack", "CeasefireSuspension");
        assertEquals(LocalDate.of(2025, 1, 12), suspension.date(), "on Sunday (article of Monday 13 January)");
        Event attack = one("ceasefire-attack", "Attack");
        dateRightOrAbsent(attack, LocalDate.of(2025, 1, 10));
        assertTrue(linked("ceasefire-attack", attack, suspension, ANY));
        // food deliveries are supplies, not military aid
        Event food = one("ceasefire-attack", "SupplySuspension");
        assertTrue(ofType("ceasefire-attack", "MilitaryAidSuspension").isEmpty());
        assertTrue(linked("ceasefire-attack", suspension, food, Set.of(EventLink.Kind.LED_TO)));
        // "a regional summit ... is planned for next month", "wanted talks": not events
        assertTrue(ofType("ceasefire-attack", "Summit").isEmpty());
        assertTrue(ofType("ceasefire-attack", "Negotiation").isEmpty());
    }

    @Test
    void companyPausesDeliveriesAfterSupplierStrike() {
        Event pause = one("delivery-pause", "SupplySuspension");
        assertTrue(ofType("delivery-pause", "MilitaryAidSuspension").isEmpty());
        // "paused ... since last Friday, the company said on Tuesday": never the day it was said, nor the dateline
        dateRightOrAbsent(pause, LocalDate.of(2025, 5, 16));
        Event strike = one("delivery-pause", "Strike");
        // "a strike ... that ended on May 9": the end is not the strike's date
        assertNull(strike.date());
        assertTrue(linked("delivery-pause", strike, pause, ANY));
        // "deliveries would resume in June" has not happened
        assertTrue(ofType("delivery-pause", "Resumption").isEmpty());
    }

    @Test
    void electionFollowedByProtests() {
        Event election = one("election-protests", "Election");
        assertEquals(LocalDate.of(2024, 11, 5), election.date(), "the Nov. 5 mayoral election");
        Event protest = one("election-protests", "Protest");
        assertEquals(LocalDate.of(2024, 11, 12), protest.date(), "protested on Tuesday (article of Wednesday 13 November)");
        assertTrue(linked("election-protests", election, protest, ANY));
    }

    @Test
    void courtRulingPromptedAppeal() {
        Event ruling = one("court-appeal", "CourtRuling");
        assertEquals(LocalDate.of(2025, 2, 28), ruling.date(), "the Feb. 28 ruling");
        // one appeal: "Court of Appeals" and "appeals court" name a court, not an appeal
        Event appeal = one("court-appeal", "Appeal");
        dateRightOrAbsent(appeal, LocalDate.of(2025, 3, 3));
        assertTrue(linked("court-appeal", ruling, appeal, Set.of(EventLink.Kind.LED_TO)));
    }
}
