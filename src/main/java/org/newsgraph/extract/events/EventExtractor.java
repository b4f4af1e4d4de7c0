package org.newsgraph.extract.events;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.EventLink;
import org.newsgraph.extract.EventMention;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds events in one article: trigger words from the catalogue, their arguments from the
 * dependency tree and the surrounding noun phrase, mentions of one event grouped, and the causal /
 * temporal links the article states between them.
 *
 * <p>Rules, in short:
 * <ul>
 *   <li>A trigger heading a noun phrase (not a modifier of another noun: "letter grade") or a verb.</li>
 *   <li>Types with required arguments ("pause" + "intelligence") apply only when the trigger's object,
 *       of/on/in/to phrase or compound contains one of them; coordinated arguments ("intelligence
 *       sharing and military aid") give one mention per type.</li>
 *   <li>Verbal triggers need participants ("meets the criteria" is no meeting); weak triggers
 *       ("argument", "letter") need a participant, place or date.</li>
 *   <li>Anaphora: a bare definite trigger ("the pause", "this suspension") or a definite general
 *       event noun ("the move", "the decision") refers to the most salient event so far of a type it
 *       can name: most mentions so far, ties to the most recent. With no such event it yields nothing.</li>
 *   <li>A date belongs to an event only when attached to the trigger itself ("paused on Wednesday",
 *       "the Feb. 28 meeting"); dates of announcements or reports are not the event's.</li>
 * </ul>
 */
public final class EventExtractor {
    public record EventExtraction(List<Event> events, List<EventLink> links) {
        public EventExtraction {
            events = List.copyOf(events);
            links = List.copyOf(links);
        }
    }

    private static final Set<String> CLAUSE_RELATIONS = Set.of("acl", "acl:relcl", "advcl", "ccomp", "xcomp",
            "parataxis", "dep", "punct", "csubj", "mark", "cop", "aux", "aux:pass");
    private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> PARTNER_PREPOSITIONS = Set.of("with", "between", "among", "alongside");
    private static final Set<String> ACTOR_PREPOSITIONS = Set.of("with", "between", "among", "from", "to", "by", "of",
            "against", "alongside");
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("as", "because", "if", "while", "since", "once",
            "although", "though", "after", "before", "until", "unless", "amid", "amidst", "despite", "whether",
            "than", "like", "that");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers");

    private final EventCatalogue catalogue;
    private final List<String[]> triggerWords = new ArrayList<>();

    public EventExtractor() { this(EventCatalogue.load()); }

    public EventExtractor(EventCatalogue catalogue) {
        this.catalogue = catalogue;
        Set<String> all = new LinkedHashSet<>(catalogue.allTriggers());
        all.addAll(catalogue.anaphors());
        for (String t : all) triggerWords.add(t.split("[\\s-]+"));
        triggerWords.sort(Comparator.comparingInt((String[] w) -> -w.length));
    }

    // ---------------------------------------------------------------- internal model

    /** One place where a trigger names an event of one type. */
    private static final class Mention {
        EventType type;
        String trigger;
        int sentence, head, first, last;
        final LinkedHashSet<String> actors = new LinkedHashSet<>();
        String place;          // agent key or place name
        String placeName;
        LocalDate date;
        String argument;       // the "what" phrase ("intelligence sharing with Ukraine")
        boolean anaphoric;
        Group group;
    }

    private static final class Group {
        String key;
        EventType type;
        final List<Mention> mentions = new ArrayList<>();
        final LinkedHashSet<String> actors = new LinkedHashSet<>();
        final LinkedHashSet<String> places = new LinkedHashSet<>();
        final Map<String, String> placeNames = new LinkedHashMap<>();
        LocalDate date;
        int lastSeen;
        int salience;
    }

    /** A trigger match in one sentence. */
    private record Match(int first, int last, int head, String trigger) {}

    /** The argument groups of a trigger: word sets split at conjunctions, plus their surface text. */
    private record ArgGroup(List<Token> tokens) {
        boolean hasContent() {
            for (Token t : tokens) if ((t.isNoun() || t.pos().startsWith("JJ")) && !"DATE".equals(t.ner())) return true;
            return false;
        }
    }

    private final class Context {
        final Document doc;
        final List<Agent> agents;
        final List<Group> groups = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();
        int counter;

        Context(Document doc, List<Agent> agents) { this.doc = doc; this.agents = agents; }

        Agent agentAt(Token t) {
            Span s = new Span(t.begin(), t.end());
            for (Agent a : agents) if (a.mentionedAt(s)) return a;
            return null;
        }
    }

    // ---------------------------------------------------------------- API

    public EventExtraction extract(Document doc, List<Agent> agents) {
        Context cx = new Context(doc, agents);
        for (Sentence s : doc.sentences()) {
            for (Match m : matches(s)) {
                for (Mention mention : mentionsAt(cx, s, m)) place(cx, mention);
            }
        }
        List<Event> events = new ArrayList<>();
        for (Group g : cx.groups) events.add(toEvent(cx, g));
        List<EventLink> links = links(cx);
        return new EventExtraction(events, links);
    }

    // ---------------------------------------------------------------- triggers

    private static String low(Token t) { return t.word().toLowerCase(Locale.ROOT); }

    private static String lemma(Token t) { return t.lemma() == null ? low(t) : t.lemma().toLowerCase(Locale.ROOT); }

    private static boolean wordIs(Token t, String w) { return low(t).equals(w) || lemma(t).equals(w); }

    private List<Match> matches(Sentence s) {
        List<Match> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        int i = 0;
        while (i < toks.size()) {
            Match best = null;
            for (String[] words : triggerWords) {
                int j = i, k = 0;
                while (k < words.length && j < toks.size()) {
                    if (k > 0 && toks.get(j).word().equals("-")) { j++; continue; }
                    if (!wordIs(toks.get(j), words[k])) break;
                    j++; k++;
                }
                if (k == words.length) {
                    best = new Match(i, j - 1, headOf(s, i, j - 1), String.join(" ", words));
                    break;
                }
            }
            if (best != null) { out.add(best); i = best.last() + 1; } else i++;
        }
        return out;
    }

    private static int headOf(Sentence s, int first, int last) {
        if (first == last) return first;
        for (int t = first; t <= last; t++) {
            Dependency h = s.head(t);
            if (h == null || h.governor() < first || h.governor() > last) {
                if (!s.tokens().get(t).word().equals("-")) return t;
            }
        }
        return s.tokens().get(first).isVerb() ? first : last;
    }

    // ---------------------------------------------------------------- mentions

    private List<Mention> mentionsAt(Context cx, Sentence s, Match m) {
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
        // planned, expected, possible or denied events did not happen (yet): "a forthcoming meeting",
        // "will meet", "are expected to meet", "a summit is planned for next month", "did not meet"
        if (unrealised(cx, s, m, nominal, premods)) return List.of();
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
            Group g = salient(cx, null);
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
        ArgRoles roles = roles(cx, s, m, nominal);
        for (Map.Entry<EventType, ArgGroup> e : argTyped.entrySet()) {
            Mention mention = base(s, m, e.getKey(), roles);
            mention.argument = argumentText(cx.doc, e.getValue(), s);
            out.add(mention);
        }
        if (!out.isEmpty()) return out;

        // 2. types without required arguments
        for (EventType t : candidates) {
            if (t.requiresArguments()) continue;
            if (groups.stream().anyMatch(g -> groupHas(g, t.excludedArguments()))) continue;
            if (roles.objectLemmas.stream().anyMatch(t.excludedArguments()::contains)) continue;
            boolean weak = t.weakTriggers().contains(m.trigger()) && !t.triggers().contains(m.trigger());
            boolean ok;
            if (verbal) {
                // "workers walked off the job on Monday": a place or date anchors a non-reciprocal verb
                ok = t.reciprocal() ? roles.hasPartner
                        : !roles.actors.isEmpty() || roles.place != null || roles.date != null;
                if (head.pos().equals("VBG") && hd != null && hd.relation().equals("amod")) ok = false;
            } else if (weak) {
                ok = t.weakNeedsPerson() ? roles.hasPerson : (!roles.actors.isEmpty() || roles.place != null || roles.date != null);
            } else {
                ok = anyContent || !roles.actors.isEmpty() || roles.place != null || roles.date != null
                        || roles.hasSupportVerb;
            }
            if (ok) {
                Mention mention = base(s, m, t, roles);
                List<Token> phrase = new ArrayList<>(premods);
                for (int k = m.first(); k <= m.last(); k++) phrase.add(toks.get(k));
                mention.argument = premods.isEmpty() ? null : argumentText(cx.doc, new ArgGroup(phrase), s);
                return List.of(mention);
            }
        }

        // 3. bare definite trigger: refers back to the salient event of a type it can name
        if (nominal && !anyContent && roles.actors.isEmpty() && definite(s, m.head())) {
            Set<String> names = new HashSet<>();
            for (EventType t : candidates) names.add(t.name());
            Group g = salient(cx, names);
            if (g != null) return List.of(anaphor(s, m, g));
        }
        return List.of();
    }

    private Mention anaphor(Sentence s, Match m, Group g) {
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

    private Mention base(Sentence s, Match m, EventType t, ArgRoles roles) {
        Mention mention = new Mention();
        mention.type = t;
        mention.trigger = m.trigger();
        mention.sentence = s.index();
        mention.head = m.head();
        mention.first = Math.min(m.first(), roles.first);
        mention.last = Math.max(m.last(), roles.last);
        mention.actors.addAll(roles.actors);
        if (roles.place != null) mention.actors.remove(roles.place);
        mention.place = roles.place;
        mention.placeName = roles.placeName;
        mention.date = roles.date;
        return mention;
    }

    private static boolean hasRel(Sentence s, int tok, String rel) {
        for (Dependency d : s.children(tok)) if (d.relation().equals(rel)) return true;
        return false;
    }

    private static boolean definite(Sentence s, int tok) {
        for (Dependency d : s.children(tok)) {
            if (d.relation().equals("det") && DEFINITE.contains(low(s.tokens().get(d.dependent())))) return true;
        }
        // parsers sometimes hang the noun off its determiner
        return tok > 0 && DEFINITE.contains(low(s.tokens().get(tok - 1)));
    }

    private boolean subtreeHasTrigger(Sentence s, Match m) {
        Set<Integer> sub = new HashSet<>();
        collect(s, m.head(), sub, Set.of());
        for (Match other : matches(s)) {
            if (other.head() != m.head() && sub.contains(other.head()) && !catalogue.anaphors().contains(other.trigger()))
                return true;
        }
        return false;
    }

    private boolean groupHas(ArgGroup g, Set<String> lemmas) {
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

    private static String relationOf(Sentence s, int tok) {
        Dependency d = s.head(tok);
        return d == null ? "" : d.relation();
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
                    || (i > from && startsTrigger(s, i)) || cueAt(s, i) != null;
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

    private boolean startsTrigger(Sentence s, int i) {
        for (String[] words : triggerWords) {
            if (words.length == 1 && wordIs(s.tokens().get(i), words[0])) return true;
        }
        return false;
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

    private static String argumentText(Document doc, ArgGroup g, Sentence s) {
        List<Token> toks = new ArrayList<>(g.tokens());
        while (!toks.isEmpty()) {
            Token t = toks.get(0);
            if (t.pos().equals("IN") || t.pos().equals("DT") || t.pos().equals("TO") || t.pos().equals("PDT")
                    || t.pos().equals("PRP$") || t.pos().equals("POS")) toks.remove(0);
            else break;
        }
        while (!toks.isEmpty() && (toks.get(toks.size() - 1).pos().equals("IN") || toks.get(toks.size() - 1).pos().equals("DT")))
            toks.remove(toks.size() - 1);
        if (toks.isEmpty()) return null;
        toks.sort(Comparator.comparingInt(Token::index));
        return doc.text().substring(toks.get(0).begin(), toks.get(toks.size() - 1).end());
    }

    // ---------------------------------------------------------------- participants, place, date

    private static final class ArgRoles {
        final LinkedHashSet<String> actors = new LinkedHashSet<>();
        final Set<String> objectLemmas = new HashSet<>();
        boolean hasPartner, hasPerson, hasSupportVerb;
        String place, placeName;
        LocalDate date;
        int first = Integer.MAX_VALUE, last = -1;
    }

    private ArgRoles roles(Context cx, Sentence s, Match m, boolean nominal) {
        ArgRoles r = new ArgRoles();
        List<Token> toks = s.tokens();
        Set<Integer> actorTokens = new LinkedHashSet<>();
        Set<Integer> partnerTokens = new LinkedHashSet<>();
        Set<Integer> subjectTokens = new LinkedHashSet<>();
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
                if (subj) subjectTokens.addAll(sub);
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
            if (("in".equals(prep) || "at".equals(prep)) && PLACE_NER.contains(toks.get(t).ner()) || cityCompound) {
                r.actors.remove(a.key());
                if (r.place == null) { r.place = a.key(); r.placeName = a.name(); }
            }
        }
        // place: in/at phrases (also one level down: "a meeting of leaders in Paris") and place compounds
        placeFrom(cx, s, m, h, 0, r);
        // date attached to the trigger itself
        for (Dependency d : s.children(h)) {
            String rel = d.relation();
            if (!(rel.contains("tmod") || rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("compound")
                    || rel.equals("amod"))) continue;
            LocalDate date = dateOf(cx.doc, s, d.dependent());
            if (date != null) { r.date = date; break; }
        }
        // "held a meeting on Tuesday", "an agreement signed on Thursday": the support verb's own date is
        // the event's (a reporting verb is no support verb, so "announced the freeze on Monday" is not)
        for (int v : supports) {
            if (r.date != null) break;
            for (Dependency d : s.children(v)) {
                String rel = d.relation();
                if (d.dependent() == h || !(rel.contains("tmod") || rel.startsWith("obl"))) continue;
                LocalDate date = dateOf(cx.doc, s, d.dependent());
                if (date != null) { r.date = date; break; }
            }
        }
        r.date = notAfter(r.date, cx.doc.referenceDate());
        return r;
    }

    private void placeFrom(Context cx, Sentence s, Match m, int tok, int depth, ArgRoles r) {
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
                boolean placeNer = PLACE_NER.contains(t.ner());
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

    private static String preposition(Sentence s, int tok) {
        for (Dependency d : s.children(tok)) {
            if (d.relation().equals("case")) return low(s.tokens().get(d.dependent()));
        }
        return null;
    }

    private static void collect(Sentence s, int tok, Set<Integer> out, Set<String> stop) {
        if (!out.add(tok)) return;
        for (Dependency d : s.children(tok)) if (!stop.contains(d.relation())) collect(s, d.dependent(), out, stop);
    }

    /** The agent named at a token, or for he/she/him/her the nearest fitting person before it. */
    private Agent agentOrPronoun(Context cx, Sentence s, int tok) {
        Token t = s.tokens().get(tok);
        if (!PRONOUNS.contains(low(t)) || !t.pos().startsWith("PRP")) return cx.agentAt(t);
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

    /**
     * A calendar date the tokens at/under {@code tok} give, normalised by SUTime against the
     * article's reference date. Weeks, months, years and unresolved weekdays are not dates.
     */
    static LocalDate dateOf(Document doc, Sentence s, int tok) {
        Set<Integer> sub = new LinkedHashSet<>();
        collect(s, tok, sub, CLAUSE_RELATIONS);
        int dateline = datelineEnd(s);
        for (int i : sub) {
            Token t = s.tokens().get(i);
            if (!"DATE".equals(t.ner()) || t.normalizedNer() == null || i < dateline) continue;
            LocalDate d = parseDate(t.normalizedNer(), doc.referenceDate());
            if (d != null) return d;
        }
        return null;
    }

    private static final Set<String> DASHES = Set.of("—", "–", "--", "-", "---");

    /**
     * The index of the dash ending an opening dateline ("TOLEDO, Ohio, March 6, 2025 — Workers ..."),
     * or 0. Its date is when the article was filed, never an event's date.
     */
    static int datelineEnd(Sentence s) {
        if (s.index() > 3) return 0;
        List<Token> toks = s.tokens();
        boolean date = false;
        for (int i = 0; i < Math.min(toks.size(), 16); i++) {
            Token t = toks.get(i);
            if (DASHES.contains(t.word())) return date ? i : 0;
            if ("DATE".equals(t.ner())) { date = true; continue; }
            if (!(t.isProperNoun() || t.pos().equals(",") || t.pos().equals("CD") || t.pos().equals("-LRB-")
                    || t.pos().equals("-RRB-") || t.pos().equals("."))) return 0;
        }
        return 0;
    }

    /**
     * An event that is reported happened no later than the report. A day-month SUTime put after the
     * article's date is last year's ("the Feb. 28 meeting" in January); a weekday it put in the coming
     * days is unresolved, so no date.
     */
    static LocalDate notAfter(LocalDate date, LocalDate reference) {
        if (date == null || reference == null || !date.isAfter(reference)) return date;
        if (date.isAfter(reference.plusDays(7)) && !date.minusYears(1).isAfter(reference)) return date.minusYears(1);
        return null;
    }

    /** Whether a normalised SUTime value lies after the reference date (next week, in June, on May 30). */
    static boolean isFuture(String norm, LocalDate reference) {
        if (norm == null) return false;
        if (norm.equals("FUTURE_REF")) return true;
        // without an article date SUTime keeps relative dates relative: "next week" = "THIS P1W OFFSET P1W"
        if (norm.matches(".*\\bOFFSET P\\d.*") || norm.startsWith("NEXT")) return true;
        if (reference == null) return false;
        try {
            java.util.regex.Matcher m;
            if ((m = java.util.regex.Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})").matcher(norm)).find())
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).isAfter(reference);
            if ((m = java.util.regex.Pattern.compile("^(\\d{4})-W(\\d{2})").matcher(norm)).find()) {
                int year = Integer.parseInt(m.group(1)), week = Integer.parseInt(m.group(2));
                int refYear = reference.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
                int refWeek = reference.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                return year > refYear || year == refYear && week > refWeek;
            }
            if ((m = java.util.regex.Pattern.compile("^(\\d{4})-(\\d{2})$").matcher(norm)).find()) {
                int year = Integer.parseInt(m.group(1)), month = Integer.parseInt(m.group(2));
                return year > reference.getYear() || year == reference.getYear() && month > reference.getMonthValue();
            }
            if ((m = java.util.regex.Pattern.compile("^(\\d{4})$").matcher(norm)).find())
                return Integer.parseInt(m.group(1)) > reference.getYear();
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    /** A date the text gives at or under {@code tok} that lies after the article's date. */
    private static boolean futureDateUnder(Document doc, Sentence s, int tok) {
        Set<Integer> sub = new LinkedHashSet<>();
        collect(s, tok, sub, CLAUSE_RELATIONS);
        for (int i : sub) {
            Token t = s.tokens().get(i);
            if ("DATE".equals(t.ner()) && isFuture(t.normalizedNer(), doc.referenceDate())) return true;
        }
        return false;
    }

    /**
     * Whether the text presents the event as not having happened: planned or possible ("a forthcoming
     * meeting", "will meet", "is planned for next month", "calling a meeting next week"), wished for
     * ("wanted talks") or denied ("did not meet").
     */
    private boolean unrealised(Context cx, Sentence s, Match m, boolean nominal, List<Token> premods) {
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
                    && futureDateUnder(cx.doc, s, d.dependent())) return true;
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
                        && futureDateUnder(cx.doc, s, d.dependent())) return true;
            }
        }
        // "the summit is planned for next month", "the meeting will take place next week"
        if (rel.startsWith("nsubj") && !past) {
            boolean future = false;
            for (Dependency d : s.children(gov)) {
                if ((d.relation().contains("tmod") || d.relation().startsWith("obl")) && futureDateUnder(cx.doc, s, d.dependent()))
                    future = true;
            }
            if (future) return true;
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

    static LocalDate parseDate(String norm, LocalDate reference) {
        if (norm.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try { return LocalDate.parse(norm); } catch (DateTimeParseException e) { return null; }
        }
        if (reference != null && norm.matches("XXXX-\\d{2}-\\d{2}")) {
            try {
                LocalDate d = LocalDate.parse(reference.getYear() + norm.substring(4));
                // news reports past events: a day-month well after the reference date is last year's
                return d.isAfter(reference.plusDays(31)) ? d.minusYears(1) : d;
            } catch (DateTimeParseException e) { return null; }
        }
        return null;
    }

    // ---------------------------------------------------------------- grouping

    private Group salient(Context cx, Set<String> typeNames) {
        Group best = null;
        for (Group g : cx.groups) {
            if (typeNames != null && !typeNames.contains(g.type.name())) continue;
            if (best == null || g.salience > best.salience || g.salience == best.salience && g.lastSeen > best.lastSeen) best = g;
        }
        return best;
    }

    private void place(Context cx, Mention m) {
        cx.counter++;
        Group target = m.group;
        if (target == null) {
            int bestScore = -1;
            for (Group g : cx.groups) {
                if (!g.type.name().equals(m.type.name())) continue;
                int score = compatibility(g.date, g.actors, g.places, m.date, m.actors, m.place == null ? Set.of() : Set.of(m.place));
                if (score < 0) continue;
                score = score * 1000 + g.mentions.size();
                if (score > bestScore) { bestScore = score; target = g; }
            }
        }
        if (target == null) {
            target = new Group();
            target.type = m.type;
            target.key = "event" + (cx.groups.size() + 1);
            cx.groups.add(target);
        }
        m.group = target;
        target.mentions.add(m);
        target.actors.addAll(m.actors);
        if (m.place != null) { target.places.add(m.place); target.placeNames.put(m.place, m.placeName); }
        if (target.date == null) target.date = m.date;
        target.lastSeen = cx.counter;
        target.salience += weight(cx, m);
        cx.mentions.add(m);
    }

    /**
     * Whether two descriptions can be one event: -1 when not, else the number of shared participants,
     * places and dates. Dates must agree when both are known; places must overlap when both are known;
     * and when both sides name participants or places, they must share one.
     */
    public static int compatibility(LocalDate d1, Set<String> actors1, Set<String> places1,
                                    LocalDate d2, Set<String> actors2, Set<String> places2) {
        if (d1 != null && d2 != null && !d1.equals(d2)) return -1;
        if (!places1.isEmpty() && !places2.isEmpty() && places1.stream().noneMatch(places2::contains)) return -1;
        Set<String> id1 = new HashSet<>(actors1);
        id1.addAll(places1);
        Set<String> id2 = new HashSet<>(actors2);
        id2.addAll(places2);
        int shared = 0;
        for (String x : id1) if (id2.contains(x)) shared++;
        // Only people and organisations tell two events apart: places named as participants are often
        // metonyms that differ between reports of one event ("aid to Kyiv" / "aid to Ukraine").
        if (shared == 0 && distinguishes(actors1, places1) && distinguishes(actors2, places2)) return -1;
        if (d1 != null && d1.equals(d2)) shared++;
        return shared;
    }

    private static boolean distinguishes(Set<String> actors, Set<String> places) {
        if (!places.isEmpty()) return true;
        for (String a : actors) if (!a.startsWith("place/") && !a.startsWith("place:")) return true;
        return false;
    }

    /**
     * How much a mention makes its event the article's topic: every mention counts, more so in the
     * lead (first two sentences) and as a main predicate or subject.
     */
    private static int weight(Context cx, Mention m) {
        int w = 1;
        if (m.sentence < 2) w++;
        String rel = relationOf(cx.doc.sentences().get(m.sentence), m.head);
        if (Set.of("root", "ccomp", "nsubj", "nsubj:pass").contains(rel)) w++;
        return w;
    }

    private Event toEvent(Context cx, Group g) {
        List<EventMention> ms = new ArrayList<>();
        for (Mention m : g.mentions) {
            Sentence s = cx.doc.sentences().get(m.sentence);
            Span span = new Span(s.tokens().get(m.first).begin(), s.tokens().get(m.last).end());
            ms.add(new EventMention(g.type.name(), m.trigger, span, new Span(s.begin(), s.end()),
                    new ArrayList<>(m.actors), m.place, m.date));
        }
        // "met in Ottawa" and "the Ottawa summit": the event's place is where it happened, not who took part
        g.actors.removeAll(g.places);
        return new Event(g.key, g.type.name(), name(cx, g), g.actors, g.places, g.date, ms);
    }

    private String name(Context cx, Group g) {
        String argument = null;
        for (Mention m : g.mentions) {
            if (m.argument == null) continue;
            int words = m.argument.split("\\s+").length;
            if (argument == null || argument.split("\\s+").length < 2 && words > 1 && words <= 8) argument = m.argument;
        }
        List<String> actorNames = new ArrayList<>();
        for (String key : g.actors) {
            for (Agent a : cx.agents) if (a.key().equals(key)) actorNames.add(a.name());
        }
        String place = g.places.isEmpty() ? null : g.placeNames.get(g.places.iterator().next());
        for (String template : g.type.nameTemplates()) {
            String n = fill(template, place, actorNames, argument);
            if (n != null) return Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }
        return Character.toUpperCase(g.type.label().charAt(0)) + g.type.label().substring(1);
    }

    static String fill(String template, String place, List<String> actors, String argument) {
        String out = template;
        if (out.contains("{place}")) { if (place == null) return null; out = out.replace("{place}", place); }
        if (out.contains("{argument}")) { if (argument == null) return null; out = out.replace("{argument}", argument); }
        if (out.contains("{actors}")) {
            if (actors.isEmpty() || out.contains("between {actors}") && actors.size() < 2) return null;
            String list = actors.size() == 1 ? actors.get(0)
                    : String.join(", ", actors.subList(0, actors.size() - 1)) + " and " + actors.get(actors.size() - 1);
            out = out.replace("{actors}", list);
        }
        return out;
    }

    // ---------------------------------------------------------------- links

    private List<EventLink> links(Context cx) {
        Map<String, EventLink> out = new LinkedHashMap<>();
        for (Sentence s : cx.doc.sentences()) {
            List<Mention> here = new ArrayList<>();
            for (Mention m : cx.mentions) if (m.sentence == s.index()) here.add(m);
            if (here.size() < 2) continue;
            here.sort(Comparator.comparingInt(m -> m.head));
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                LinkCue cue = cueAt(s, i);
                if (cue == null) continue;
                int j = i + cue.words().size() - 1;
                if (modal(s, i, j)) continue;
                // "A was followed by B", "B was prompted by A": the passive turns the cue round
                if (passive(s, i, j)) cue = new LinkCue(cue.text(), cue.words(), cue.kind(), !cue.forward());
                Mention left = null, right = null;
                for (Mention m : here) {
                    if (m.head < i && (left == null || m.head > left.head)) left = m;
                    if (m.head > j && (right == null || m.head < right.head)) right = m;
                }
                if (left == null && !cue.forward() && right != null) {
                    // sentence-initial "After the meeting, X paused aid": the cue's object came first
                    Mention second = null;
                    for (Mention m : here) if (m.head > right.head && m.group != right.group && second == null) second = m;
                    if (second != null && reaches(s, right.head, i, j)) add(out, right.group, second.group, cue, s);
                    continue;
                }
                if (left == null || right == null || left.group == right.group) continue;
                if (!attachesLeft(s, left.head, left.last, i, j) || !reaches(s, right.head, i, j)) continue;
                if (cue.forward()) add(out, left.group, right.group, cue, s);
                else add(out, right.group, left.group, cue, s);
                i = j;
            }
        }
        // known dates on both events
        for (Group a : cx.groups) for (Group b : cx.groups) {
            if (a == b || a.date == null || b.date == null || !a.date.isBefore(b.date)) continue;
            String k = a.key + ">" + b.key;
            if (!out.containsKey(k + ":LED_TO") && !out.containsKey(k + ":PRECEDES"))
                out.put(k + ":PRECEDES", new EventLink(a.key, b.key, EventLink.Kind.PRECEDES, "dates", null));
        }
        return new ArrayList<>(out.values());
    }

    private void add(Map<String, EventLink> out, Group from, Group to, LinkCue cue, Sentence s) {
        String k = from.key + ">" + to.key;
        if (cue.kind() == EventLink.Kind.PRECEDES && out.containsKey(k + ":LED_TO")) return;
        if (cue.kind() == EventLink.Kind.LED_TO) out.remove(k + ":PRECEDES");
        out.putIfAbsent(k + ":" + cue.kind(), new EventLink(from.key, to.key, cue.kind(), cue.text(), new Span(s.begin(), s.end())));
    }

    private LinkCue cueAt(Sentence s, int i) {
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

    private static int clauseHead(Sentence s, int tok) {
        int cur = tok;
        for (int steps = 0; steps < 20; steps++) {
            if (s.tokens().get(cur).isVerb()) return cur;
            Dependency d = s.head(cur);
            if (d == null || d.governor() < 0) return cur;
            if (d.relation().equals("cop") || d.relation().startsWith("aux")) return d.governor();
            cur = d.governor();
        }
        return cur;
    }

    private static List<Integer> upward(Sentence s, int tok, int max) {
        List<Integer> path = new ArrayList<>();
        int cur = tok;
        for (int k = 0; k < max; k++) {
            Dependency d = s.head(cur);
            if (d == null || d.governor() < 0) break;
            cur = d.governor();
            path.add(cur);
        }
        return path;
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
