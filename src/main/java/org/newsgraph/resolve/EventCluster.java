package org.newsgraph.resolve;

import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventSimilarity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One event as the articles resolved so far report it: participants and places (global ids), the
 * date each article gives (the majority wins; a tie gives no date, since a wrong date is worse than
 * none), the names articles give it, when it was reported and the people and organisations of the
 * reporting articles (its story).
 */
final class EventCluster {
    /** Why an article's event is this one, and how strongly. */
    record Evidence(int score, String reason) {}

    /** A date disagreement is tolerated between reports sharing this many participants and this close. */
    static final int DATE_TOLERANCE_DAYS = 7;

    final String id, type;
    boolean seeded;
    /** Some report of it is more than a passing mention. */
    boolean anchored;
    final Set<String> actors = new LinkedHashSet<>();
    final Set<String> places = new LinkedHashSet<>();
    final Set<String> articles = new LinkedHashSet<>();
    final Set<String> story = new HashSet<>();
    private final Map<LocalDate, Integer> dateVotes = new HashMap<>();
    /** name → {quality, votes} */
    private final Map<String, int[]> names = new HashMap<>();
    private LocalDate firstReport, lastReport;

    EventCluster(String id, String type) {
        this.id = id;
        this.type = type;
    }

    void seed(LocalDate date, Collection<LocalDate> otherDates, Collection<String> actorIds, String name) {
        seeded = true;
        anchored = true;
        if (date != null) dateVotes.put(date, otherDates.size() + 1);
        for (LocalDate d : otherDates) dateVotes.merge(d, 1, Integer::sum);
        actors.addAll(actorIds);
        // what an earlier build kept of its story: its participants
        for (String a : actorIds) if (!a.startsWith("place/")) story.add(a);
        // the name an earlier build preferred keeps the event's name stable across builds
        if (name != null) names.put(name, new int[] {50, 1});
    }

    /** The date most articles give, or null (none, or a tie). */
    LocalDate date() {
        LocalDate best = null;
        int votes = 0;
        boolean tie = false;
        for (var e : dateVotes.entrySet()) {
            if (e.getValue() > votes) { best = e.getKey(); votes = e.getValue(); tie = false; }
            else if (e.getValue() == votes) tie = true;
        }
        return tie ? null : best;
    }

    /** Dates some article gives that are not the event's date, earliest first. */
    List<LocalDate> otherDates() {
        LocalDate d = date();
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate x : dateVotes.keySet()) if (!x.equals(d)) out.add(x);
        out.sort(null);
        return out;
    }

    String name() {
        String best = null;
        int[] bestScore = null;
        for (var e : names.entrySet()) {
            int[] s = e.getValue();
            if (best == null || s[0] > bestScore[0] || s[0] == bestScore[0] && (s[1] > bestScore[1]
                    || s[1] == bestScore[1] && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * The shared evidence that an article's event is this one, or null when it cannot be.
     *
     * @param story people and organisations the article names
     */
    Evidence evidence(LocalDate date, Set<String> eActors, Set<String> ePlaces, LocalDate reportDate,
                      Set<String> storyOf, boolean generic, boolean anchored) {
        EventSimilarity.Match m = EventSimilarity.compare(null, actors, places, null, eActors, ePlaces);
        if (!m.compatible()) return null;
        List<String> sharedAgents = new ArrayList<>(), sharedPlaces = new ArrayList<>();
        for (String s : m.shared()) (s.startsWith("place/") ? sharedPlaces : sharedAgents).add(s);
        LocalDate mine = date();
        // an article cannot report an event that happens after it
        if (mine != null && reportDate != null && mine.isAfter(reportDate)) return null;
        boolean sameDate = date != null && dateVotes.containsKey(date);
        boolean tolerated = false;
        if (date != null && mine != null && !date.equals(mine) && !sameDate) {
            if (sharedAgents.size() < 2 || Math.abs(ChronoUnit.DAYS.between(date, mine)) > DATE_TOLERANCE_DAYS) return null;
            tolerated = true;
        }
        // undated on one side: the reports must be close in time
        if ((date == null || mine == null) && reportDate != null && firstReport != null
                && (ChronoUnit.DAYS.between(lastReport, reportDate) > EventResolver.REPORT_WINDOW_DAYS
                    || ChronoUnit.DAYS.between(reportDate, firstReport) > EventResolver.REPORT_WINDOW_DAYS)) return null;
        List<String> sharedStory = new ArrayList<>();
        for (String s : storyOf) if (story.contains(s)) sharedStory.add(s);
        sharedStory.sort(null);
        List<String> why = new ArrayList<>();
        if (!sharedAgents.isEmpty()) why.add("shared participants: " + String.join(", ", sharedAgents));
        if (!sharedPlaces.isEmpty()) why.add("shared places: " + String.join(", ", sharedPlaces));
        if (sameDate) why.add("same date: " + date);
        if (tolerated) why.add("dates differ (" + date + " / " + mine + ") but " + sharedAgents.size() + " participants agree");
        boolean direct = !sharedAgents.isEmpty() || sameDate;
        if (!direct) {
            if (generic) return null;
            // only places (often metonyms: "aid to Kyiv") or nothing in common: the same story must carry it
            int needed = sharedPlaces.isEmpty() ? EventResolver.STORY_AGENTS : 1;
            if (sharedStory.size() < needed) return null;
            // with nothing in common but the story, a passing mention ("an assault", "a speech") is not
            // enough: the event must matter to its article or be the story's established one
            if (sharedPlaces.isEmpty() && !(anchored && this.anchored) && articles.size() < EventResolver.ESTABLISHED_ARTICLES)
                return null;
        }
        if (!sharedStory.isEmpty()) {
            List<String> shown = sharedStory.subList(0, Math.min(5, sharedStory.size()));
            why.add("same story (articles share " + String.join(", ", shown) + (sharedStory.size() > 5 ? ", …" : "") + ")");
        }
        int score = 10 * (sharedAgents.size() + (sameDate ? 1 : 0)) + 5 * sharedPlaces.size() + Math.min(sharedStory.size(), 9);
        return new Evidence(score, String.join("; ", why));
    }

    void add(String stem, LocalDate reportDate, Event e, Set<String> eActors, Set<String> ePlaces, Set<String> storyOf) {
        articles.add(stem);
        anchored |= e.anchored();
        actors.addAll(eActors);
        places.addAll(ePlaces);
        story.addAll(storyOf);
        if (e.date() != null) dateVotes.merge(e.date(), 1, Integer::sum);
        if (reportDate != null) {
            if (firstReport == null || reportDate.isBefore(firstReport)) firstReport = reportDate;
            if (lastReport == null || reportDate.isAfter(lastReport)) lastReport = reportDate;
        }
        if (e.name() != null && !e.name().isBlank()) {
            int[] s = names.computeIfAbsent(e.name(), k -> new int[] {quality(e), 0});
            s[0] = Math.max(s[0], quality(e));
            s[1]++;
        }
    }

    /**
     * How much a name says: more words (the place, the participants, what was paused) up to nine,
     * beyond which a name runs on; a name the extractor gave without a mention (a seed) is kept.
     */
    static int quality(Event e) {
        int words = e.name().trim().split("\\s+").length;
        return words <= 9 ? words : 9 - 2 * (words - 9);
    }
}
