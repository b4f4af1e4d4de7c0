package org.newsgraph.extract.events;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Set;

import static org.newsgraph.extract.events.EventDates.futureDateUnder;
import static org.newsgraph.extract.events.Parse.clauseHead;
import static org.newsgraph.extract.events.Parse.lemma;
import static org.newsgraph.extract.events.Parse.low;

/**
 * Whether the text presents an event as having happened. Planned or possible events ("a forthcoming
 * meeting", "will meet", "is planned for next month", "calling a meeting next week"), wished-for ones
 * ("wanted talks") and denied ones ("did not meet") are no events of the graph. Word lists:
 * extract/events/unrealised-cues.tsv.
 */
final class RealisFilter {
    private final EventCatalogue catalogue;

    RealisFilter(EventCatalogue catalogue) { this.catalogue = catalogue; }

    boolean unrealised(Document doc, Sentence s, TriggerMatcher.Match m, boolean nominal, List<Token> premods) {
        List<Token> toks = s.tokens();
        int h = m.head();
        Set<String> adj = catalogue.unrealised("ADJ"), verbs = catalogue.unrealised("VERB");
        for (Token t : premods) if (adj.contains(low(t)) || adj.contains(lemma(t))) return true;
        // a past-tense clause reports what happened: "the Feb. 28 meeting went badly" is last year's in January
        boolean past = toks.get(clauseHead(s, h)).pos().equals("VBD");
        for (Dependency d : s.children(h)) {
            Token t = toks.get(d.dependent());
            if (d.relation().equals("amod") && (adj.contains(low(t)) || adj.contains(lemma(t)))) return true;
            if (past) continue;
            // dates under the event phrase, but not in a clause hanging off it
            if ((d.relation().contains("tmod") || d.relation().startsWith("obl") || d.relation().startsWith("nmod")
                    || d.relation().equals("compound") || d.relation().equals("amod"))
                    && futureDateUnder(doc, s, d.dependent())) return true;
        }
        if (!nominal) return notAsserted(s, h) || governedByPlan(s, h, verbs);
        Dependency hd = s.head(h);
        if (hd == null || hd.governor() < 0) return false;
        int gov = hd.governor();
        String rel = hd.relation();
        boolean argOfVerb = rel.equals("obj") || rel.equals("nsubj:pass") || rel.startsWith("obl") && toks.get(gov).isVerb();
        if (!argOfVerb && !rel.equals("nsubj")) return false;
        if ((rel.equals("obj") || rel.equals("nsubj:pass")) && verbs.contains(lemma(toks.get(gov)))) return true;
        // a support verb carries the event: "would hold a meeting", "wants to hold talks", "calling a meeting next week"
        if (catalogue.supportVerbs().contains(lemma(toks.get(gov))) && !rel.equals("nsubj")) {
            if (notAsserted(s, gov) || governedByPlan(s, gov, verbs)) return true;
            for (Dependency d : s.children(gov)) {
                if (!past && d.dependent() != h && (d.relation().contains("tmod") || d.relation().startsWith("obl"))
                        && futureDateUnder(doc, s, d.dependent())) return true;
            }
        }
        // "the summit is planned for next month", "the meeting will take place next week"
        if (rel.startsWith("nsubj") && !past) {
            for (Dependency d : s.children(gov)) {
                if ((d.relation().contains("tmod") || d.relation().startsWith("obl")) && futureDateUnder(doc, s, d.dependent()))
                    return true;
            }
        }
        return false;
    }

    /** A modal or future auxiliary or a negation on a verb ("will meet", "could be lifted", "did not meet"). */
    private boolean notAsserted(Sentence s, int verb) {
        // "could use it to launch attacks", "may decide to halt": the modal governs the infinitive too
        Dependency up = s.head(verb);
        if (up != null && up.governor() >= 0 && (up.relation().equals("xcomp") || up.relation().equals("advcl"))
                && hasMarkTo(s, verb) && notAssertedHere(s, up.governor())) return true;
        return notAssertedHere(s, verb);
    }

    private static boolean hasMarkTo(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) if (d.relation().equals("mark") && low(s.tokens().get(d.dependent())).equals("to")) return true;
        return false;
    }

    private boolean notAssertedHere(Sentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            String w = low(s.tokens().get(d.dependent()));
            if (d.relation().startsWith("aux") && catalogue.unrealised("AUX").contains(w)) return true;
            if ((d.relation().equals("neg") || d.relation().equals("advmod")) && catalogue.unrealised("NEG").contains(w)) return true;
        }
        return false;
    }

    /** The verb is the infinitive of a plan, hope or refusal ("expected to meet", "refused to halt"). */
    private static boolean governedByPlan(Sentence s, int verb, Set<String> verbs) {
        Dependency d = s.head(verb);
        if (d == null || d.governor() < 0 || !d.relation().equals("xcomp")) return false;
        Token gov = s.tokens().get(d.governor());
        return verbs.contains(lemma(gov)) || verbs.contains(low(gov));
    }
}
