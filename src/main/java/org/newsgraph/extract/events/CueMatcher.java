package org.newsgraph.extract.events;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import static org.newsgraph.extract.events.Parse.lemma;
import static org.newsgraph.extract.events.Parse.low;

/** Finds a link cue ("in the wake of", "prompted", "days after") starting at a token. */
final class CueMatcher {
    private final EventCatalogue catalogue;

    CueMatcher(EventCatalogue catalogue) { this.catalogue = catalogue; }

    /** The longest cue starting at token i, or null. Single words match as written, cue verbs also by lemma. */
    LinkCue at(Sentence s, int i) {
        for (LinkCue c : catalogue.cues()) {
            if (i + c.words().size() > s.tokens().size()) continue;
            boolean ok = true;
            for (int k = 0; k < c.words().size() && ok; k++) {
                Token t = s.tokens().get(i + k);
                ok = low(t).equals(c.words().get(k)) || (c.words().size() > 1 || t.isVerb()) && lemma(t).equals(c.words().get(k));
            }
            if (ok) return c;
        }
        return null;
    }
}
