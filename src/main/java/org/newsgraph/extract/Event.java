package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An event as one article speaks of it, its mentions grouped.
 *
 * @param key      article-local key
 * @param type     catalogue type local name
 * @param name     a name a person would use ("Oval Office meeting")
 * @param actors   Agent keys
 * @param places   Agent keys of places, or place names
 * @param date     date given by the text, or null
 */
public record Event(String key, String type, String name, Set<String> actors, Set<String> places, LocalDate date,
                    List<EventMention> mentions) {
    public Event {
        actors = Set.copyOf(actors);
        places = Set.copyOf(places);
        mentions = List.copyOf(mentions);
    }
}
