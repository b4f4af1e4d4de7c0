package org.newsgraph.extract.events;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.NameGender;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.newsgraph.extract.events.Parse.CLAUSE_RELATIONS;
import static org.newsgraph.extract.events.Parse.collect;
import static org.newsgraph.extract.events.Parse.lemma;
import static org.newsgraph.extract.events.Parse.low;
import static org.newsgraph.extract.events.Parse.preposition;
import static org.newsgraph.extract.events.Parse.relationOf;

/**
 * Who took part in an event, where and when, read from the dependency tree around its trigger: the
 * trigger's subject, possessor, object and with/between/by/… phrases (and those of a support verb:
 * "Zelensky had a meeting with Trump"); a place from in/at phrases or a place-name compound; a date
 * attached to the trigger itself or to its support verb ("held a meeting on Tuesday"), never the date
 * of an announcement or a report.
 */
final class ArgumentRoles {
    private static final Set<String> PARTNER_PREPOSITIONS = Set.of("with", "between", "among", "alongside");
    private static final Set<String> ACTOR_PREPOSITIONS = Set.of("with", "between", "among", "from", "to", "by", "of",
            "against", "alongside");
    /** Who does it: subject, possessor, "by" phrase, and a name compound ("the Trump speech"). */
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("by", "from");

    /** What the tree says around one trigger. */
    static final class Roles {
        final LinkedHashSet<String> actors = new LinkedHashSet<>();
        /** Actors who do it (subject, possessor, by-phrase): "Speech by X" names them, never the audience. */
        final LinkedHashSet<String> agents = new LinkedHashSet<>();
        final Set<String> objectLemmas = new HashSet<>();
        boolean hasPartner, hasPerson, hasSupportVerb;
        String place, placeName;
        LocalDate date;
        int first = Integer.MAX_VALUE, last = -1;
    }

    private final EventCatalogue catalogue;

    ArgumentRoles(EventCatalogue catalogue) { this.catalogue = catalogue; }

    Roles read(ArticleContext cx, Sentence s, TriggerMatcher.Match m, boolean nominal) {
        Roles r = new Roles();
        List<Token> toks = s.tokens();
        Set<Integer> actorTokens = new LinkedHashSet<>();
        Set<Integer> partnerTokens = new LinkedHashSet<>();
        Set<Integer> subjectTokens = new LinkedHashSet<>();
        Set<Integer> agentTokens = new LinkedHashSet<>();
        int h = m.head();
        for (Dependency d : s.children(h)) {
            String rel = d.relation();
            int dep = d.dependent();
            String prep = preposition(s, dep);
            if (rel.startsWith("nsubj") || rel.equals("nmod:poss") || rel.equals("compound")) {
                if (dep >= m.first() && dep <= m.last()) continue;
                Set<Integer> sub = new LinkedHashSet<>();
                collect(s, dep, sub, CLAUSE_RELATIONS);
                actorTokens.addAll(sub);
                if (!rel.equals("nsubj:pass")) agentTokens.addAll(sub);
                if (rel.startsWith("nsubj")) subjectTokens.addAll(sub);
            } else if (rel.equals("obj") || rel.equals("iobj")) {
                Set<Integer> sub = new LinkedHashSet<>();
                collect(s, dep, sub, CLAUSE_RELATIONS);
                actorTokens.addAll(sub);
                partnerTokens.addAll(sub);
                r.objectLemmas.add(lemma(toks.get(dep)));
            } else if ((rel.startsWith("nmod") || rel.startsWith("obl")) && prep != null && ACTOR_PREPOSITIONS.contains(prep)) {
                Set<Integer> sub = new LinkedHashSet<>();
                collect(s, dep, sub, CLAUSE_RELATIONS);
                actorTokens.addAll(sub);
                if (PARTNER_PREPOSITIONS.contains(prep)) partnerTokens.addAll(sub);
                if (AGENT_PREPOSITIONS.contains(prep)) agentTokens.addAll(sub);
                if (prep.equals("of") || prep.equals("to") && !nominal) r.objectLemmas.add(lemma(toks.get(dep)));
            }
        }
        // support verbs: "Zelensky had a meeting with Trump", "the argument he had with Trump"
        Dependency hd = s.head(h);
        List<Integer> supports = new ArrayList<>();
        if (nominal && hd != null && hd.governor() >= 0 && catalogue.supportVerbs().contains(lemma(toks.get(hd.governor())))
                && (hd.relation().equals("obj") || hd.relation().startsWith("nsubj"))) supports.add(hd.governor());
        if (nominal) for (Dependency d : s.children(h)) {
            if ((d.relation().equals("acl:relcl") || d.relation().equals("acl"))
                    && catalogue.supportVerbs().contains(lemma(toks.get(d.dependent()))))
                supports.add(d.dependent());
        }
        for (int v : supports) {
            r.hasSupportVerb = true;
            placeFrom(cx, s, m, v, 1, r);
            for (Dependency d : s.children(v)) {
                if (d.dependent() == h) continue;
                String prep = preposition(s, d.dependent());
                boolean subj = d.relation().startsWith("nsubj") && !d.relation().equals("nsubj:pass");
                boolean partner = d.relation().equals("iobj")
                        || d.relation().startsWith("obl") && prep != null && ACTOR_PREPOSITIONS.contains(prep);
                if (!subj && !partner) continue;
                Set<Integer> sub = new LinkedHashSet<>();
                collect(s, d.dependent(), sub, CLAUSE_RELATIONS);
                actorTokens.addAll(sub);
                if (subj) { subjectTokens.addAll(sub); agentTokens.addAll(sub); }
                if (partner) partnerTokens.addAll(sub);
            }
        }
        // actors
        int subjectAgents = 0;
        Set<String> partnerAgents = new HashSet<>();
        for (int t : actorTokens) {
            Agent a = agentOrPronoun(cx, s, t);
            if (a == null) continue;
            if (r.actors.add(a.key())) {
                if (a.kind() == AgentKind.PERSON) r.hasPerson = true;
                if (subjectTokens.contains(t)) subjectAgents++;
            }
            if (agentTokens.contains(t)) r.agents.add(a.key());
            if (partnerTokens.contains(t)) partnerAgents.add(a.key());
            r.first = Math.min(r.first, t);
            r.last = Math.max(r.last, t);
        }
        r.hasPartner = !partnerAgents.isEmpty() || subjectAgents >= 2;
        // a place named inside a participant phrase ("workers at the plant in Toledo", "a ceasefire in
        // North Kivu") or a city before the trigger ("the Ottawa summit") is where it happened, not who acted
        for (int t : actorTokens) {
            Agent a = cx.agentAt(toks.get(t));
            if (a == null || a.kind() != AgentKind.PLACE || !r.actors.contains(a.key())) continue;
            String prep = preposition(s, t);
            Dependency td = s.head(t);
            boolean cityCompound = "CITY".equals(toks.get(t).ner()) && td != null && td.governor() == h
                    && td.relation().equals("compound");
            if (("in".equals(prep) || "at".equals(prep)) && toks.get(t).isPlace() || cityCompound) {
                r.actors.remove(a.key());
                r.agents.remove(a.key());
                if (r.place == null) { r.place = a.key(); r.placeName = a.name(); }
            }
        }
        // place: in/at phrases (also one level down: "a meeting of leaders in Paris") and place compounds
        placeFrom(cx, s, m, h, 0, r);
        // date attached to the trigger itself, unless the event is the of-complement of another noun:
        // "the closeout of the probe July 6" dates the closeout, not the probe
        boolean phaseOf = nominal && hd != null && hd.governor() >= 0 && hd.relation().startsWith("nmod")
                && "of".equals(preposition(s, h)) && toks.get(hd.governor()).isNoun();
        if (!phaseOf) for (Dependency d : s.children(h)) {
            String rel = d.relation();
            if (!(rel.contains("tmod") || rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("compound")
                    || rel.equals("amod") || rel.equals("nmod:poss"))) continue;
            LocalDate date = EventDates.dateOf(cx.doc, s, d.dependent());
            if (date != null) { r.date = date; break; }
        }
        // "held a meeting on Tuesday", "an agreement signed on Thursday": the support verb's own date is
        // the event's (a reporting verb is no support verb, so "announced the freeze on Monday" is not)
        for (int v : supports) {
            if (r.date != null) break;
            for (Dependency d : s.children(v)) {
                String rel = d.relation();
                if (d.dependent() == h || !(rel.contains("tmod") || rel.startsWith("obl"))) continue;
                LocalDate date = EventDates.dateOf(cx.doc, s, d.dependent());
                if (date != null) { r.date = date; break; }
            }
        }
        r.date = EventDates.notAfter(r.date, cx.doc.referenceDate());
        return r;
    }

    private void placeFrom(ArticleContext cx, Sentence s, TriggerMatcher.Match m, int tok, int depth, Roles r) {
        List<Token> toks = s.tokens();
        for (Dependency d : s.children(tok)) {
            if (r.place != null) return;
            int dep = d.dependent();
            if (dep >= m.first() && dep <= m.last()) continue;
            String rel = d.relation();
            String prep = preposition(s, dep);
            boolean inAt = (rel.startsWith("nmod") || rel.startsWith("obl")) && ("in".equals(prep) || "at".equals(prep));
            boolean compound = depth == 0 && rel.equals("compound") && toks.get(dep).isProperNoun();
            if (inAt || compound) {
                Token t = toks.get(dep);
                boolean placeNoun = t.isProperNoun() && catalogue.placeNouns().contains(lemma(t));
                boolean placeNer = t.isPlace();
                Agent a = cx.agentAt(t);
                if (placeNoun || (inAt && placeNer) || (a != null && a.kind() == AgentKind.PLACE && inAt)
                        || (compound && placeNer && placeNoun)) {
                    int b = dep;
                    while (b > 0 && toks.get(b - 1).isProperNoun() && relationOf(s, b - 1).equals("compound")) b--;
                    r.placeName = cx.doc.text().substring(toks.get(b).begin(), t.end());
                    r.place = a != null ? a.key() : r.placeName;
                    r.first = Math.min(r.first, b);
                    r.last = Math.max(r.last, dep);
                    return;
                }
            }
            if (depth == 0 && (rel.startsWith("nmod") || rel.startsWith("obl")) && !"in".equals(prep) && !"at".equals(prep)) {
                placeFrom(cx, s, m, dep, 1, r);
            }
        }
    }

    /** The agent named at a token, or for he/she/him/her the nearest fitting person before it. */
    private static Agent agentOrPronoun(ArticleContext cx, Sentence s, int tok) {
        Token t = s.tokens().get(tok);
        if (!NameGender.isPersonalPronoun(t.word()) || !t.pos().startsWith("PRP")) return cx.agentAt(t);
        // people who are the subject of the pronoun's own verb are not its antecedent ("X sent him")
        Set<String> exclude = new HashSet<>();
        Dependency ph = s.head(tok);
        if (ph != null && ph.governor() >= 0 && !ph.relation().startsWith("nsubj")) {
            for (Dependency d : s.children(ph.governor())) {
                if (d.relation().startsWith("nsubj")) {
                    Agent sa = cx.agentAt(s.tokens().get(d.dependent()));
                    if (sa != null) exclude.add(sa.key());
                }
            }
        }
        for (int i = tok - 1; i >= 0; i--) {
            Agent c = cx.agentAt(s.tokens().get(i));
            if (c != null && c.kind() == AgentKind.PERSON && !exclude.contains(c.key())) return c;
        }
        for (int si = s.index() - 1; si >= Math.max(0, s.index() - 2); si--) {
            Sentence p = cx.doc.sentences().get(si);
            for (int i = p.tokens().size() - 1; i >= 0; i--) {
                Agent c = cx.agentAt(p.tokens().get(i));
                if (c != null && c.kind() == AgentKind.PERSON) return c;
            }
        }
        return null;
    }
}
