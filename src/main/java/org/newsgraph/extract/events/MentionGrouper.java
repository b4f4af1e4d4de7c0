package org.newsgraph.extract.events;

import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventMention;
import org.newsgraph.extract.EventSimilarity;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups an article's mentions into events: a mention joins the group of its type it is most
 * compatible with ({@link EventSimilarity}: same date when both have one, a shared participant or
 * place when both name some), ties to the group mentioned most; an anaphoric mention already knows
 * its group. Salience (how much an event is the article's topic) decides what "the move" refers to.
 */
final class MentionGrouper {
    private MentionGrouper() {}

    /** The most salient group so far among the given type names (any type when null). */
    static MentionGroup salient(ArticleContext cx, Set<String> typeNames) {
        MentionGroup best = null;
        for (MentionGroup g : cx.groups) {
            if (typeNames != null && !typeNames.contains(g.type.name())) continue;
            if (best == null || g.salience > best.salience || g.salience == best.salience && g.lastSeen > best.lastSeen) best = g;
        }
        return best;
    }

    static void place(ArticleContext cx, Mention m) {
        cx.counter++;
        MentionGroup target = m.group;
        if (target == null) {
            int bestScore = -1;
            for (MentionGroup g : cx.groups) {
                if (!g.type.name().equals(m.type.name())) continue;
                int score = EventSimilarity.compatibility(g.date, g.actors, g.places, m.date, m.actors,
                        m.place == null ? Set.of() : Set.of(m.place));
                if (score < 0) continue;
                score = score * 1000 + g.mentions.size();
                if (score > bestScore) { bestScore = score; target = g; }
            }
        }
        if (target == null) {
            target = new MentionGroup();
            target.type = m.type;
            target.key = "event" + (cx.groups.size() + 1);
            cx.groups.add(target);
        }
        m.group = target;
        target.mentions.add(m);
        target.actors.addAll(m.actors);
        target.agents.addAll(m.agents);
        if (m.place != null) { target.places.add(m.place); target.placeNames.put(m.place, m.placeName); }
        if (target.date == null) target.date = m.date;
        target.lastSeen = cx.counter;
        target.salience += weight(cx, m);
        cx.mentions.add(m);
    }

    /**
     * How much a mention makes its event the article's topic: every mention counts, more so in the
     * lead (first two sentences) and as a main predicate or subject.
     */
    private static int weight(ArticleContext cx, Mention m) {
        int w = 1;
        if (m.sentence < 2) w++;
        String rel = Parse.relationOf(cx.doc.sentences().get(m.sentence), m.head);
        if (Set.of("root", "ccomp", "nsubj", "nsubj:pass").contains(rel)) w++;
        return w;
    }

    static Event toEvent(ArticleContext cx, MentionGroup g, EventNamer namer) {
        List<EventMention> ms = new ArrayList<>();
        for (Mention m : g.mentions) {
            Sentence s = cx.doc.sentences().get(m.sentence);
            Span span = new Span(s.tokens().get(m.first).begin(), s.tokens().get(m.last).end());
            ms.add(new EventMention(g.type.name(), m.trigger, span, new Span(s.begin(), s.end()),
                    new ArrayList<>(m.actors), m.place, m.date));
        }
        // "met in Ottawa" and "the Ottawa summit": the event's place is where it happened, not who took part
        g.actors.removeAll(g.places);
        g.agents.removeAll(g.places);
        boolean anchored = ms.size() >= 2 || g.date != null || g.type.requiresArguments();
        return new Event(g.key, g.type.name(), namer.name(cx, g), g.actors, g.places, g.date, ms, anchored);
    }
}
