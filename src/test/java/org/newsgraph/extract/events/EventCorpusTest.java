package org.newsgraph.extract.events;

import org.newsgraph.text.NameFolding;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventLink;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.resolve.EventResolver;
import org.newsgraph.resolve.Ids;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Acceptance on the five bundled demo articles: extraction, per-article links, cross-article identity. */
class EventCorpusTest {
    private static final Path CORPUS = Path.of("src/main/resources/corpus");
    private static final Pattern DATELINE = Pattern.compile("\\b([A-Z][a-z]{2}) (\\d{2}), (\\d{4})\\b");

    /** article stem → its extraction and global ids. */
    private static final Map<String, EventExtractor.EventExtraction> extractions = new TreeMap<>();
    private static final Map<String, Map<String, String>> globalIds = new TreeMap<>();
    private static EventResolver resolver;

    @BeforeAll
    static void run() throws IOException {
        EventExtractor extractor = new EventExtractor();
        resolver = new EventResolver(List.of());
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, files.size());
        for (Path f : files) {
            String text = Files.readString(f);
            String stem = f.getFileName().toString().replace(".txt", "");
            Document doc = NlpPipeline.shared().annotate(text, dateline(text));
            List<Agent> agents = SimpleAgents.persons(doc);
            // stand-in for agent resolution: people are one id per surname across articles
            Map<String, String> agentIds = new HashMap<>();
            for (Agent a : agents) {
                String[] w = a.name().split("\\s+");
                agentIds.put(a.key(), "person/" + Ids.slug(NameFolding.person(w[w.length - 1])));
            }
            EventExtractor.EventExtraction ex = extractor.extract(doc, agents);
            extractions.put(stem, ex);
            globalIds.put(stem, resolver.resolve(stem, ex.events(), agentIds));
        }
        Map<String, Integer> perType = new TreeMap<>();
        for (EventResolver.KnownEvent k : resolver.known()) perType.merge(k.type(), 1, Integer::sum);
        System.out.println("events per type across the corpus: " + perType);
        for (EventResolver.KnownEvent k : resolver.known())
            System.out.println(k.id() + " '" + k.name() + "' date=" + k.date() + " actors=" + k.actorIds()
                    + " articles=" + resolver.articlesOf(k.id()));
    }

    /** The dateline date ("Mar 06, 2025") if the text has one near its top, else null. */
    static LocalDate dateline(String text) {
        Matcher m = DATELINE.matcher(text.substring(0, Math.min(400, text.length())));
        if (!m.find()) return null;
        return LocalDate.parse(m.group(1) + " " + m.group(2) + " " + m.group(3),
                DateTimeFormatter.ofPattern("MMM dd yyyy", Locale.ENGLISH));
    }

    private static List<EventResolver.KnownEvent> ofType(String type) {
        return resolver.known().stream().filter(k -> k.type().equals(type)).toList();
    }

    /** Global ids of the events of a type, over all articles. */
    private static Set<String> idsOfType(String type) {
        Set<String> ids = new HashSet<>();
        for (EventResolver.KnownEvent k : ofType(type)) ids.add(k.id());
        return ids;
    }

    @Test
    void oneMeetingOfTrumpZelenskyAndVance() {
        List<EventResolver.KnownEvent> withAll = ofType("Meeting").stream()
                .filter(k -> k.actorIds().containsAll(Set.of("person/trump", "person/zelensky", "person/vance")))
                .toList();
        assertEquals(1, withAll.size(), resolver.known().toString());
        // and no other meeting has Trump and Zelensky
        long trumpZelensky = ofType("Meeting").stream()
                .filter(k -> k.actorIds().containsAll(Set.of("person/trump", "person/zelensky"))).count();
        assertEquals(1, trumpZelensky);
        assertTrue(resolver.articlesOf(withAll.get(0).id()).size() >= 3);
    }

    @Test
    void oneMilitaryAidSuspensionAndOneIntelligenceSuspension() {
        assertEquals(1, ofType("MilitaryAidSuspension").size(), resolver.known().toString());
        List<EventResolver.KnownEvent> intel = ofType("IntelligenceSharingSuspension");
        assertEquals(1, intel.size());
        assertTrue(resolver.articlesOf(intel.get(0).id()).size() >= 4, resolver.articlesOf(intel.get(0).id()).toString());
        LocalDate d = intel.get(0).date();
        assertTrue(d == null || d.equals(LocalDate.of(2025, 3, 5)), "intelligence suspension dated " + d);
    }

    @Test
    void meetingLedToAidSuspensionWhichPrecededIntelligenceSuspension() {
        String meeting = ofType("Meeting").stream()
                .filter(k -> k.actorIds().containsAll(Set.of("person/trump", "person/zelensky"))).findFirst().orElseThrow().id();
        String aid = ofType("MilitaryAidSuspension").get(0).id();
        String intel = ofType("IntelligenceSharingSuspension").get(0).id();
        Set<String> ledTo = new HashSet<>();
        Set<String> precedes = new HashSet<>();
        for (String stem : extractions.keySet()) {
            Map<String, String> ids = globalIds.get(stem);
            for (EventLink l : extractions.get(stem).links()) {
                String edge = ids.get(l.from()) + ">" + ids.get(l.to());
                (l.kind() == EventLink.Kind.LED_TO ? ledTo : precedes).add(edge);
                assertNotNull(l.cue());
                if (!l.cue().equals("dates")) assertNotNull(l.evidence());
            }
        }
        assertTrue(ledTo.contains(meeting + ">" + aid), "links: " + ledTo + " " + precedes);
        assertTrue(ledTo.contains(aid + ">" + intel) || precedes.contains(aid + ">" + intel), "links: " + ledTo + " " + precedes);
        // nothing says the intelligence suspension came before the aid suspension or the meeting
        assertFalse(ledTo.contains(intel + ">" + aid) || precedes.contains(intel + ">" + aid));
        assertFalse(ledTo.contains(intel + ">" + meeting) || precedes.contains(intel + ">" + meeting));
    }

    @Test
    void noEventIsDatedByAnnouncementOrReport() {
        for (var e : extractions.entrySet()) {
            for (Event ev : e.getValue().events()) {
                if (ev.type().endsWith("Suspension")) assertTrue(ev.date() == null || ev.date().equals(LocalDate.of(2025, 3, 5)),
                        e.getKey() + " " + ev);
            }
        }
    }

    @Test
    void namesAreWhatAReaderWouldSay() {
        for (var e : extractions.entrySet()) {
            for (Event ev : e.getValue().events()) {
                assertNotNull(ev.name());
                assertFalse(ev.name().isBlank());
                if (ev.type().equals("IntelligenceSharingSuspension"))
                    assertTrue(ev.name().toLowerCase(Locale.ROOT).contains("intelligence"), ev.name());
                if (ev.type().equals("Meeting") && !ev.places().isEmpty())
                    assertTrue(ev.name().endsWith("meeting"), ev.name());
            }
        }
    }

    @Test
    void perTypeCountsReported() {
        Map<String, Integer> perArticle = new LinkedHashMap<>();
        for (var e : extractions.entrySet()) perArticle.put(e.getKey(), e.getValue().events().size());
        System.out.println("events per article: " + perArticle);
        assertTrue(perArticle.values().stream().allMatch(n -> n > 0));
        List<String> types = new ArrayList<>();
        for (EventResolver.KnownEvent k : resolver.known()) types.add(k.type());
        assertTrue(types.contains("Invasion"));
    }
}
