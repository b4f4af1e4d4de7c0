package org.newsgraph.extract;

/**
 * A causal or temporal link stated by the article between two of its events.
 *
 * @param from     key of the earlier / causing Event
 * @param to       key of the later / caused Event
 * @param kind     LED_TO (cause cue) or PRECEDES (sequence cue or known dates)
 * @param cue      the cue as written ("resulted in", "follows"), or "dates" when inferred from dates
 * @param evidence span of the text stating it, or null when inferred from dates
 */
public record EventLink(String from, String to, Kind kind, String cue, Span evidence) {
    public enum Kind { LED_TO, PRECEDES }
}
