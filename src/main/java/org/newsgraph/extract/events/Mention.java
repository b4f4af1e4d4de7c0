package org.newsgraph.extract.events;

import java.time.LocalDate;
import java.util.LinkedHashSet;

/** One place where a trigger names an event of one type (mutable while the article is read). */
final class Mention {
    EventType type;
    String trigger;
    int sentence, head, first, last;
    final LinkedHashSet<String> actors = new LinkedHashSet<>();
    final LinkedHashSet<String> agents = new LinkedHashSet<>();   // actors who do it (subject, by-phrase)
    String place;          // agent key or place name
    String placeName;
    LocalDate date;
    String argument;       // the "what" phrase ("intelligence sharing with Ukraine")
    boolean anaphoric;
    MentionGroup group;
}
