package org.newsgraph.extract.events;

import org.newsgraph.extract.EventLink;

import java.util.List;

/**
 * A phrase that links two events named in one sentence.
 *
 * @param words   the cue's words, lower case ("resulted", "in")
 * @param forward true when the event before the cue is the earlier / causing one
 */
public record LinkCue(String text, List<String> words, EventLink.Kind kind, boolean forward) {
    public LinkCue {
        words = List.copyOf(words);
    }
}
