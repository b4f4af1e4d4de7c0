package org.newsgraph.extract.events;

import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventMention;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.StatementTopic;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which events a statement speaks about: an event mention inside the statement's words ("the pause
 * on intelligence sharing", or an anaphoric "the pause" that the extractor already resolved), or a
 * bare trigger word of a detected event's type ("Let's pause", "we are pausing") that refers to the
 * article's most mentioned event of that type.
 */
public final class StatementTopics {
    private final EventCatalogue catalogue;

    public StatementTopics() { this(EventCatalogue.load()); }

    public StatementTopics(EventCatalogue catalogue) { this.catalogue = catalogue; }

    public List<StatementTopic> about(Document doc, List<Statement> statements, List<Event> events) {
        Set<StatementTopic> out = new LinkedHashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            Span st = statements.get(i).span();
            if (st == null) continue;
            boolean found = false;
            for (Event e : events) {
                for (EventMention m : e.mentions()) {
                    if (m.span().overlaps(st) && triggerInside(doc, m, st)) {
                        out.add(new StatementTopic(i, e.key()));
                        found = true;
                    }
                }
            }
            if (found) continue;
            // a bare trigger verb or noun in the statement ("Let's pause") → most mentioned event of its types
            for (Sentence s : doc.sentences()) {
                if (s.end() <= st.begin() || s.begin() >= st.end()) continue;
                for (Token t : s.tokens()) {
                    if (t.begin() < st.begin() || t.end() > st.end()) continue;
                    if (!(t.isVerb() || t.isNoun()) || hasObject(s, t.index())) continue;
                    Event target = mostMentioned(events, t);
                    if (target != null) out.add(new StatementTopic(i, target.key()));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean triggerInside(Document doc, EventMention m, Span st) {
        String first = m.trigger().split("\\s+")[0];
        Sentence s = doc.sentenceAt(m.span().begin());
        if (s == null) return false;
        for (Token t : s.tokens()) {
            if (t.begin() < Math.max(st.begin(), m.span().begin()) || t.end() > Math.min(st.end(), m.span().end())) continue;
            String w = t.word().toLowerCase(Locale.ROOT);
            String l = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
            if (w.equals(first) || l.equals(first)) return true;
        }
        return false;
    }

    private static boolean hasObject(Sentence s, int tok) {
        for (Dependency d : s.children(tok)) {
            String r = d.relation();
            if (r.equals("obj") || r.startsWith("nmod") || r.equals("compound") || r.startsWith("obl")) return true;
        }
        return false;
    }

    private Event mostMentioned(List<Event> events, Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        String l = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
        Event best = null;
        for (Event e : events) {
            EventType type = catalogue.type(e.type());
            if (type == null || !(type.triggers().contains(l) || type.triggers().contains(w))) continue;
            if (best == null || e.mentions().size() > best.mentions().size()) best = e;
        }
        return best;
    }
}
