package org.newsgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * A person, organisation or place named in one article, with all its mentions resolved
 * inside that article ("Waltz" and "Mike Waltz" are one Agent).
 *
 * @param key            article-local key, stable for the same text (e.g. "person:mike waltz")
 * @param name           canonical name: the fullest form the article gives
 * @param alternateNames other surface forms used in the article (without the canonical name)
 * @param jobTitles      titles the article gives the person, as stated ("CIA Director"); empty for non-people
 * @param mentions       every span where the article names it (name mentions, not pronouns)
 */
public record Agent(String key, AgentKind kind, String name, Set<String> alternateNames, Set<String> jobTitles,
                    List<Span> mentions) {
    public Agent {
        alternateNames = Set.copyOf(alternateNames);
        jobTitles = Set.copyOf(jobTitles);
        mentions = List.copyOf(mentions);
    }

    public boolean mentionedAt(Span span) {
        for (Span m : mentions) if (m.overlaps(span)) return true;
        return false;
    }

    /**
     * Whether the speaker's name is a mention of this agent. An organisation named after a person
     * ("the Clinton campaign", "the Obama administration") is not that person, nor one named after a
     * place ("Aurora police", "the Dusseldorf court") that place.
     */
    public boolean isSpeaker(Speaker speaker) {
        if (speaker == null || speaker.nameSpan() == null || !mentionedAt(speaker.nameSpan())) return false;
        if (kind == AgentKind.PLACE) return mentions.stream().anyMatch(m -> m.contains(speaker.nameSpan()));
        return !(speaker.kind() == Speaker.Kind.ORGANIZATION && kind == AgentKind.PERSON);
    }
}
