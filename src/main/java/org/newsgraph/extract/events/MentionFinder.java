package org.newsgraph.extract.events;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.newsgraph.extract.events.Parse.collect;
import static org.newsgraph.extract.events.Parse.definite;
import static org.newsgraph.extract.events.Parse.hasRel;
import static org.newsgraph.extract.events.Parse.lemma;
import static org.newsgraph.extract.events.Parse.low;
import static org.newsgraph.extract.events.Parse.relationOf;

/**
 * Decides what a trigger match names: no event (a modifier, part of a name, unrealised, no content),
 * one event of a type told by its arguments ("pause" + "intelligence sharing"), one per coordinated
 * argument ("intelligence sharing and military aid"), or — for a bare definite trigger or a general
 * anaphor ("the pause", "the move") — the most salient event so far of a type it can name.
 */
final class MentionFinder {
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("as", "because", "if", "while", "since", "once",
            "although", "though", "after", "before", "until", "unless", "amid", "amidst", "despite", "whether",
            "than", "like", "that", "over", "following");

    /** The argument groups of a trigger: word sets split at conjunctions. */
    record ArgGroup(List<Token> tokens) {
        boolean hasContent() {
            for (Token t : tokens) if ((t.isNoun() || t.pos().startsWith("JJ")) && !"DATE".equals(t.ner())) return true;
            return false;
        }
    }

    private final EventCatalogue catalogue;
    private final TriggerMatcher triggers;
    private final CueMatcher cues;
    private final RealisFilter realis;
    private final ArgumentRoles roles;

    MentionFinder(EventCatalogue catalogue, TriggerMatcher triggers, CueMatcher cues) {
        this.catalogue = catalogue;
        this.triggers = triggers;
        this.cues = cues;
        this.realis = new RealisFilter(catalogue);
        this.roles = new ArgumentRoles(catalogue);
    }

    List<Mention> mentionsAt(ArticleContext cx, Sentence s, TriggerMatcher.Match m) {
        List<Token> toks = s.tokens();
        Token head = toks.get(m.head());
        boolean verbal = head.isVerb() && !head.pos().equals("VBG") || head.pos().equals("VBG") && hasRel(s, m.head(), "obj");
        boolean nominal = !head.isVerb();
        Dependency hd = s.head(m.head());
        // a trigger that only modifies another noun names no event ("letter grade", "meeting room")
        if (nominal && hd != null && hd.relation().equals("compound") && hd.governor() >= 0
                && toks.get(hd.governor()).isNoun() && (hd.governor() < m.first() || hd.governor() > m.last())) {
            return List.of();
        }
        // a trigger word inside an organisation's name names no event ("Court of Appeals", "Strike Force")
        if (head.isProperNoun() && "ORGANIZATION".equals(head.ner())) return List.of();
        List<Token> premods = nominal ? premodifiers(s, m.first()) : List.of();
        if (realis.unrealised(cx.doc, s, m, nominal, premods)) return List.of();
        // after a noun only a prepositional phrase is its argument ("halt to military aid"), not what follows it
        boolean pp = m.last() + 1 < toks.size() && (toks.get(m.last() + 1).pos().equals("IN") || toks.get(m.last() + 1).pos().equals("TO"));
        List<ArgGroup> window = nominal && !pp ? List.of() : window(s, m.last() + 1);
        List<ArgGroup> groups = new ArrayList<>();
        if (!premods.isEmpty()) groups.add(new ArgGroup(premods));
        groups.addAll(window);
        // passive or intransitive verbs, and participles modifying a noun, take their subject as the "what"
        if (!nominal && window.stream().noneMatch(ArgGroup::hasContent)) {
            for (Dependency d : s.children(m.head())) {
                if (d.relation().startsWith("nsubj")) groups.addAll(conjuncts(s, d.dependent()));
            }
            if (hd != null && hd.relation().startsWith("acl") && hd.governor() >= 0)
                groups.addAll(conjuncts(s, hd.governor()));
        }
        boolean anyContent = groups.stream().anyMatch(ArgGroup::hasContent);

        // general event anaphor ("the move", "this decision")
        if (catalogue.anaphors().contains(m.trigger())) {
            if (!nominal || !definite(s, m.head()) || subtreeHasTrigger(s, m)) return List.of();
            MentionGroup g = MentionGrouper.salient(cx, null);
            return g == null ? List.of() : List.of(anaphor(s, m, g));
        }

        List<EventType> candidates = new ArrayList<>();
        for (EventType t : catalogue.types()) {
            if (t.hasTrigger(m.trigger()) && (nominal || !t.nominalOnly(m.trigger()))) candidates.add(t);
        }
        if (candidates.isEmpty()) return List.of();

        List<Mention> out = new ArrayList<>();
        // 1. types told apart by their arguments: one per argument group, highest priority wins
        Map<EventType, ArgGroup> argTyped = new LinkedHashMap<>();
        for (ArgGroup g : groups) {
            EventType best = null;
            for (EventType t : candidates) {
                if (!t.requiresArguments() || !groupHas(g, t.requiredArguments())) continue;
                if (groupHas(g, t.excludedArguments())) continue;
                if (best == null || t.priority() > best.priority()) best = t;
            }
            if (best != null) argTyped.putIfAbsent(best, g);
        }
        ArgumentRoles.Roles r = roles.read(cx, s, m, nominal);
        for (Map.Entry<EventType, ArgGroup> e : argTyped.entrySet()) {
            Mention mention = base(s, m, e.getKey(), r);
            mention.argument = argumentText(cx.doc, e.getValue());
            out.add(mention);
        }
        if (!out.isEmpty()) return out;

        // 2. types without required arguments
        for (EventType t : candidates) {
            if (t.requiresArguments()) continue;
            if (groups.stream().anyMatch(g -> groupHas(g, t.excludedArguments()))) continue;
            if (r.objectLemmas.stream().anyMatch(t.excludedArguments()::contains)) continue;
            boolean weak = t.weakTriggers().contains(m.trigger()) && !t.triggers().contains(m.trigger());
            boolean ok;
            if (verbal) {
                // "workers walked off the job on Monday": a place or date anchors a non-reciprocal verb
                ok = t.reciprocal() ? r.hasPartner : !r.actors.isEmpty() || r.place != null || r.date != null;
                if (head.pos().equals("VBG") && hd != null && hd.relation().equals("amod")) ok = false;
            } else if (weak) {
                ok = t.weakNeedsPerson() ? r.hasPerson : (!r.actors.isEmpty() || r.place != null || r.date != null);
                // without a place, only as another mention of a meeting the article already reported with
                // one of these people ("the shouting match with Zelensky" after "met Zelensky in the Oval Office")
                if (t.weakNeedsPlace() && r.place == null && !knownWith(cx, t, r.actors)) ok = false;
            } else {
                ok = anyContent || !r.actors.isEmpty() || r.place != null || r.date != null || r.hasSupportVerb;
            }
            if (ok) {
                Mention mention = base(s, m, t, r);
                List<Token> phrase = new ArrayList<>(premods);
                for (int k = m.first(); k <= m.last(); k++) phrase.add(toks.get(k));
                mention.argument = premods.isEmpty() ? null : argumentText(cx.doc, new ArgGroup(phrase));
                return List.of(mention);
            }
        }

        // 3. bare definite trigger: refers back to the salient event of a type it can name
        if (nominal && !anyContent && r.actors.isEmpty() && definite(s, m.head())) {
            Set<String> names = new HashSet<>();
            for (EventType t : candidates) names.add(t.name());
            MentionGroup g = MentionGrouper.salient(cx, names);
            if (g != null) return List.of(anaphor(s, m, g));
        }
        return List.of();
    }

    /** Whether the article already has an event of this type with one of these participants. */
    private static boolean knownWith(ArticleContext cx, EventType t, Set<String> actors) {
        for (MentionGroup g : cx.groups) {
            if (g.type == t && g.actors.stream().anyMatch(actors::contains)) return true;
        }
        return false;
    }

    private static Mention anaphor(Sentence s, TriggerMatcher.Match m, MentionGroup g) {
        Mention a = new Mention();
        a.type = g.type;
        a.trigger = m.trigger();
        a.sentence = s.index();
        a.head = m.head();
        a.first = m.first();
        a.last = m.last();
        a.anaphoric = true;
        a.group = g;
        return a;
    }

    private static Mention base(Sentence s, TriggerMatcher.Match m, EventType t, ArgumentRoles.Roles r) {
        Mention mention = new Mention();
        mention.type = t;
        mention.trigger = m.trigger();
        mention.sentence = s.index();
        mention.head = m.head();
        mention.first = Math.min(m.first(), r.first);
        mention.last = Math.max(m.last(), r.last);
        mention.actors.addAll(r.actors);
        mention.agents.addAll(r.agents);
        if (r.place != null) { mention.actors.remove(r.place); mention.agents.remove(r.place); }
        mention.place = r.place;
        mention.placeName = r.placeName;
        mention.date = r.date;
        return mention;
    }

    private boolean subtreeHasTrigger(Sentence s, TriggerMatcher.Match m) {
        Set<Integer> sub = new HashSet<>();
        collect(s, m.head(), sub, Set.of());
        for (TriggerMatcher.Match other : triggers.matches(s)) {
            if (other.head() != m.head() && sub.contains(other.head()) && !catalogue.anaphors().contains(other.trigger()))
                return true;
        }
        return false;
    }

    private static boolean groupHas(ArgGroup g, Set<String> lemmas) {
        if (lemmas.isEmpty()) return false;
        for (Token t : g.tokens()) {
            if (lemmas.contains(lemma(t)) || lemmas.contains(low(t))) return true;
            for (String part : low(t).split("-")) if (lemmas.contains(part)) return true;
        }
        return false;
    }

    /** Nouns and adjectives immediately before a nominal trigger ("US military aid" suspension). */
    private static List<Token> premodifiers(Sentence s, int first) {
        List<Token> out = new ArrayList<>();
        for (int i = first - 1; i >= 0; i--) {
            Token t = s.tokens().get(i);
            boolean mod = t.isNoun() || t.pos().startsWith("JJ") || t.word().equals("-") || t.pos().equals("CD")
                    || (t.pos().equals("VBG") || t.pos().equals("VBN")) && relationOf(s, i).equals("amod");
            if (!mod) break;
            out.add(0, t);
        }
        return out;
    }

    /** The phrase right after the trigger up to a clause boundary, split at conjunctions. */
    private List<ArgGroup> window(Sentence s, int from) {
        List<ArgGroup> groups = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        List<Token> toks = s.tokens();
        for (int i = from; i < toks.size() && i < from + 12; i++) {
            Token t = toks.get(i);
            String w = low(t);
            boolean boundary = (t.pos().length() > 0 && !Character.isLetterOrDigit(t.pos().charAt(0)) && !w.equals("-"))
                    || t.pos().equals("MD") || t.pos().startsWith("W")
                    || t.isVerb() && !(t.pos().equals("VBG") && relationOf(s, i).equals("amod"))
                    || t.pos().equals("IN") && CLAUSE_PREPOSITIONS.contains(w)
                    || t.pos().startsWith("RB") || t.pos().equals("PRP") || t.pos().equals("EX")
                    || ("DATE".equals(t.ner()) || "DURATION".equals(t.ner())) && i > from
                    || (i > from && triggers.startsTrigger(s, i)) || cues.at(s, i) != null;
            if (boundary) break;
            if (t.pos().equals("CC")) {
                if (!cur.isEmpty()) groups.add(new ArgGroup(cur));
                cur = new ArrayList<>();
                continue;
            }
            cur.add(t);
        }
        if (!cur.isEmpty()) groups.add(new ArgGroup(cur));
        return groups;
    }

    /** A noun with its compounds and modifiers, one group per conjunct. */
    private static List<ArgGroup> conjuncts(Sentence s, int noun) {
        List<ArgGroup> out = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        heads.add(noun);
        for (Dependency d : s.children(noun)) if (d.relation().equals("conj")) heads.add(d.dependent());
        for (int h : heads) {
            List<Token> g = new ArrayList<>();
            for (Dependency d : s.children(h)) {
                if (d.relation().equals("compound") || d.relation().equals("amod")) g.add(s.tokens().get(d.dependent()));
            }
            g.add(s.tokens().get(h));
            out.add(new ArgGroup(g));
        }
        return out;
    }

    /**
     * The "what" phrase as written, without leading prepositions and determiners and without trailing
     * function words, and never ending inside a hyphenated compound ("intelligence-" of
     * "intelligence-sharing" cut by the window).
     */
    private static String argumentText(Document doc, ArgGroup g) {
        List<Token> toks = new ArrayList<>(g.tokens());
        toks.sort(Comparator.comparingInt(Token::index));
        while (!toks.isEmpty()) {
            Token t = toks.get(0);
            if (t.pos().equals("IN") || t.pos().equals("DT") || t.pos().equals("TO") || t.pos().equals("PDT")
                    || t.pos().equals("PRP$") || t.pos().equals("POS") || t.word().equals("-")) toks.remove(0);
            else break;
        }
        while (!toks.isEmpty()) {
            Token t = toks.get(toks.size() - 1);
            if (t.pos().equals("IN") || t.pos().equals("DT") || t.pos().equals("TO") || t.pos().equals("CD")
                    || t.word().equals("-") || t.word().endsWith("-") || "DATE".equals(t.ner()) || t.pos().startsWith("JJ"))
                toks.remove(toks.size() - 1);
            else break;
        }
        if (toks.isEmpty()) return null;
        String text = doc.text().substring(toks.get(0).begin(), toks.get(toks.size() - 1).end());
        // a sentence-initial capital is no part of the name ("Weapons deliveries were halted")
        if (!toks.get(0).isProperNoun() && text.length() > 1 && Character.isUpperCase(text.charAt(0))
                && Character.isLowerCase(text.charAt(1)))
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        return text;
    }
}
