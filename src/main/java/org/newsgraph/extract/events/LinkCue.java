package org.newsgraph.extract.events;

import org.newsgraph.extract.EventLink;

import java.util.List;

/**
 * A phrase that links two events named in one sentence.
 *
 * @param words   the cue's words, lower case ("resulted", "in")
 * @param forward true when the event before the cue is the earlier / causing one
 * @param direct  the cue must be the very preposition of the later event's phrase ("a row over the
 *                pause"), since the word has other senses ("over the weekend", "over 100 people")
 */
public record LinkCue(String text, List<String> words, EventLink.Kind kind, boolean forward, boolean direct) {
    public LinkCue {
        words = List.copyOf(words);
    }

    public LinkCue(String text, List<String> words, EventLink.Kind kind, boolean forward) {
        this(text, words, kind, forward, false);
    }
}
