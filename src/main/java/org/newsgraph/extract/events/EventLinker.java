package org.newsgraph.extract.events;

import org.newsgraph.extract.EventLink;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.newsgraph.extract.events.Parse.clauseHead;
import static org.newsgraph.extract.events.Parse.low;
import static org.newsgraph.extract.events.Parse.upward;

/**
 * The causal and temporal links an article states between its events: a cue from
 * extract/events/link-cues.tsv between two event mentions of one sentence, the cue attached to the
 * clause of the one event and governing the other ("the pause comes after a tense meeting", "In the
 * wake of the meeting, the US halted aid"). {@code ng:ledTo} only for cause cues, {@code ng:precedes}
 * for order cues or two known dates; never between two mentions of one event; a cue under a modal
 * ("could lead to") states no fact. Each link keeps its cue and sentence.
 */
final class EventLinker {
    private final EventCatalogue catalogue;
    private final CueMatcher cues;

    EventLinker(EventCatalogue catalogue, CueMatcher cues) {
        this.catalogue = catalogue;
        this.cues = cues;
    }

    List<EventLink> links(ArticleContext cx) {
        Map<String, EventLink> out = new LinkedHashMap<>();
        for (Sentence s : cx.doc.sentences()) {
            List<Mention> here = new ArrayList<>();
            for (Mention m : cx.mentions) if (m.sentence == s.index()) here.add(m);
            if (here.size() < 2) continue;
            here.sort(Comparator.comparingInt(m -> m.head));
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                LinkCue cue = cues.at(s, i);
                if (cue == null) continue;
                int j = i + cue.words().size() - 1;
                if (modal(s, i, j)) continue;
                // "A was followed by B", "B was prompted by A": the passive turns the cue round
                if (passive(s, i, j)) cue = new LinkCue(cue.text(), cue.words(), cue.kind(), !cue.forward(), cue.direct());
                Mention left = null, right = null;
                for (Mention m : here) {
                    if (m.head < i && (left == null || m.head > left.head)) left = m;
                    if (m.head > j && (right == null || m.head < right.head)) right = m;
                }
                if (left == null && !cue.forward() && right != null) {
                    // sentence-initial "After the meeting, X paused aid": the cue's object came first
                    Mention second = null;
                    for (Mention m : here) if (m.head > right.head && m.group != right.group && second == null) second = m;
                    if (second != null && governs(s, cue, right.head, i, j)) add(out, right.group, second.group, cue, s);
                    continue;
                }
                if (left == null || right == null || left.group == right.group) continue;
                if (!attachesLeft(s, left.head, left.last, i, j) || !governs(s, cue, right.head, i, j)) continue;
                if (cue.forward()) add(out, left.group, right.group, cue, s);
                else add(out, right.group, left.group, cue, s);
                i = j;
            }
        }
        // known dates on both events
        for (MentionGroup a : cx.groups) for (MentionGroup b : cx.groups) {
            if (a == b || a.date == null || b.date == null || !a.date.isBefore(b.date)) continue;
            String k = a.key + ">" + b.key;
            String back = b.key + ">" + a.key;
            if (out.containsKey(back + ":LED_TO") || out.containsKey(back + ":PRECEDES")) continue;
            if (!out.containsKey(k + ":LED_TO") && !out.containsKey(k + ":PRECEDES"))
                out.put(k + ":PRECEDES", new EventLink(a.key, b.key, EventLink.Kind.PRECEDES, "dates", null));
        }
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, EventLink> out, MentionGroup from, MentionGroup to, LinkCue cue, Sentence s) {
        if (from == to) return;   // two mentions of one event are no sequence
        String k = from.key + ">" + to.key;
        if (cue.kind() == EventLink.Kind.PRECEDES && out.containsKey(k + ":LED_TO")) return;
        if (cue.kind() == EventLink.Kind.LED_TO) out.remove(k + ":PRECEDES");
        out.putIfAbsent(k + ":" + cue.kind(), new EventLink(from.key, to.key, cue.kind(), cue.text(), new Span(s.begin(), s.end())));
    }

    /** The event after the cue is what the cue governs; a "direct" cue ("over") must be its preposition. */
    private static boolean governs(Sentence s, LinkCue cue, int rightHead, int i, int j) {
        if (!cue.direct()) return reaches(s, rightHead, i, j);
        for (Dependency d : s.children(rightHead)) if (d.relation().equals("case") && d.dependent() >= i && d.dependent() <= j) return true;
        return false;
    }

    /** A cue verb in the passive with a by-agent ("was followed by", "were sparked by"). */
    static boolean passive(Sentence s, int i, int j) {
        List<Token> toks = s.tokens();
        if (i != j || !toks.get(i).pos().equals("VBN") || j + 1 >= toks.size() || !low(toks.get(j + 1)).equals("by")) return false;
        for (Dependency d : s.children(i)) if (d.relation().equals("aux:pass")) return true;
        // reduced relative: "protests, followed by a recount"
        Dependency hd = s.head(i);
        return hd != null && hd.relation().equals("acl");
    }

    private boolean modal(Sentence s, int i, int j) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (catalogue.modals().contains(low(s.tokens().get(k))) && s.tokens().get(k).pos().equals("MD")) return true;
        }
        for (int k = i; k <= j; k++) {
            for (Dependency d : s.children(k)) {
                if ((d.relation().startsWith("aux") || d.relation().equals("mark"))
                        && catalogue.modals().contains(low(s.tokens().get(d.dependent())))) return true;
            }
        }
        return false;
    }

    /** The cue belongs to the clause of the event before it (or hangs off that event's phrase). */
    private static boolean attachesLeft(Sentence s, int leftHead, int leftLast, int i, int j) {
        for (int k = i; k <= j; k++) if (upward(s, k, 3).contains(leftHead)) return true;
        int lc = clauseHead(s, leftHead);
        int cc = clauseHead(s, i);
        if (lc == cc) return true;
        // "A, which resulted in B": the relative clause follows the event phrase A directly
        for (Dependency d : s.children(cc)) {
            Token rel = s.tokens().get(d.dependent());
            if (rel.pos().startsWith("W") && d.dependent() < i && d.dependent() > leftLast && d.dependent() - leftLast <= 2)
                return true;
        }
        Dependency d = s.head(cc);
        return d != null && d.governor() >= 0 && clauseHead(s, d.governor()) == lc;
    }

    /** The event after the cue is what the cue governs. */
    private static boolean reaches(Sentence s, int rightHead, int i, int j) {
        Set<Integer> targets = new HashSet<>();
        for (int k = i; k <= j; k++) {
            targets.add(k);
            Dependency d = s.head(k);
            if (d != null && d.governor() >= 0 && (d.relation().equals("case") || d.relation().equals("mark")))
                targets.add(d.governor());
        }
        if (targets.contains(rightHead)) return true;
        for (int t : upward(s, rightHead, 4)) if (targets.contains(t)) return true;
        return false;
    }
}
