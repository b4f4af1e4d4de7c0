package org.newsgraph.extract.events;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventLink;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds events in one article: trigger words from the catalogue ({@link TriggerMatcher}), what each
 * names ({@link MentionFinder}: realis, type by arguments, participants, place and date through
 * {@link RealisFilter}, {@link ArgumentRoles} and {@link EventDates}), mentions of one event grouped
 * ({@link MentionGrouper}), one readable name each ({@link EventNamer}), and the causal / temporal
 * links the article states between them ({@link EventLinker}).
 */
public final class EventExtractor {
    public record EventExtraction(List<Event> events, List<EventLink> links) {
        public EventExtraction {
            events = List.copyOf(events);
            links = List.copyOf(links);
        }
    }

    private final TriggerMatcher triggers;
    private final MentionFinder finder;
    private final EventNamer namer = new EventNamer();
    private final EventLinker linker;

    public EventExtractor() { this(EventCatalogue.load()); }

    public EventExtractor(EventCatalogue catalogue) {
        this.triggers = new TriggerMatcher(catalogue);
        CueMatcher cues = new CueMatcher(catalogue);
        this.finder = new MentionFinder(catalogue, triggers, cues);
        this.linker = new EventLinker(catalogue, cues);
    }

    public EventExtraction extract(Document doc, List<Agent> agents) {
        ArticleContext cx = new ArticleContext(doc, agents);
        for (Sentence s : doc.sentences()) {
            for (TriggerMatcher.Match m : triggers.matches(s)) {
                for (Mention mention : finder.mentionsAt(cx, s, m)) MentionGrouper.place(cx, mention);
            }
        }
        List<Event> events = new ArrayList<>();
        for (MentionGroup g : cx.groups) events.add(MentionGrouper.toEvent(cx, g, namer));
        return new EventExtraction(events, linker.links(cx));
    }
}
