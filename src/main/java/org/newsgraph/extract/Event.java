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
 * @param anchored more than a passing mention: mentioned twice, dated, or typed by what it acts on
 *                 ("the pause of military aid"); a bare "an assault" or "a speech" is not, and only
 *                 shared participants, places or dates can make it an event other articles report
 */
public record Event(String key, String type, String name, Set<String> actors, Set<String> places, LocalDate date,
                    List<EventMention> mentions, boolean anchored) {
    public Event {
        actors = Set.copyOf(actors);
        places = Set.copyOf(places);
        mentions = List.copyOf(mentions);
    }

    /** An event whose anchoring is judged from its mentions and date alone. */
    public Event(String key, String type, String name, Set<String> actors, Set<String> places, LocalDate date,
                 List<EventMention> mentions) {
        this(key, type, name, actors, places, date, mentions, mentions.size() >= 2 || date != null);
    }
}
