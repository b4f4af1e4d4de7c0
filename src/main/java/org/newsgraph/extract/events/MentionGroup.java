package org.newsgraph.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The mentions of one article that speak of one event, with what they say about it together. */
final class MentionGroup {
    String key;
    EventType type;
    final List<Mention> mentions = new ArrayList<>();
    final LinkedHashSet<String> actors = new LinkedHashSet<>();
    final LinkedHashSet<String> agents = new LinkedHashSet<>();   // actors who do it (subject, by-phrase)
    final LinkedHashSet<String> places = new LinkedHashSet<>();
    final Map<String, String> placeNames = new LinkedHashMap<>();
    LocalDate date;
    int lastSeen;
    int salience;
}
