package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One place where an article speaks of an event.
 *
 * @param type      event type local name from the catalogue ("Meeting", "IntelligenceSharingSuspension", "Event")
 * @param trigger   trigger lemma ("pause", "meeting")
 * @param span      the event phrase ("a contentious meeting with President Donald Trump")
 * @param evidence  the sentence carrying it
 * @param actors    keys of Agents of this article taking part
 * @param place     key of an Agent (PLACE) or a place phrase key, or null
 * @param date      date the text gives for the event, or null (never guessed)
 */
public record EventMention(String type, String trigger, Span span, Span evidence, List<String> actors, String place,
                           LocalDate date) {
    public EventMention {
        actors = List.copyOf(actors);
    }
}
