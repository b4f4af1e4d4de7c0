package org.newsgraph.resolve;

import org.newsgraph.text.NameFolding;
import org.newsgraph.text.NameGender;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.agents.AgentLexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-article identity of people, organisations and places. A build calls {@link #resolveNamed}
 * (and {@link #countEvidence}) for every article, then {@link #resolveSurnameOnly} for every article,
 * so a surname-only person is decided with everything the build has seen; {@link #resolve} does both
 * for one article at a time (streaming use). Memory grows with the number of distinct agents (and
 * their name forms), not with articles.
 *
 * <p>Rules:
 * <ul>
 * <li>Ids come from {@link Ids#agent}, which folds spelling variants of personal names
 *     (Zelensky / Zelenskyy / Zelenskiy give one id).</li>
 * <li>A full personal name matches a known person with the same folded name, or with the same
 *     first name and surname ("Donald J. Trump" = "Donald Trump").</li>
 * <li>A surname-only person ("Trump", when the article never gives a first name) is the known
 *     full-name person with that surname when one is known or one clearly dominates
 *     ({@link SurnameRule}: frequency, compatible titles, co-occurring agents); otherwise
 *     ("Trump": Donald and Melania, equally known) it stays its own agent. In streaming use, one met before any
 *     namesake is decided again at the end ({@link #surnameResolutions()}).</li>
 * <li>Of two forms of a name with as many words, the one not in all capitals is canonical
 *     ("Jeb Bush", not "JEB BUSH"). An agent an earlier build published (a {@link KnownAgent} given
 *     to the constructor) keeps its canonical name; new forms become alternate names.</li>
 * <li>Organisations and places match a known agent of the same kind by name or alternate name
 *     when exactly one has it ("CIA" after an article named "Central Intelligence Agency (CIA)").</li>
 * </ul>
 * Thread-safe: calls are serialised.
 */
public final class AgentResolver {
    /** Other name forms kept per agent: enough for matching, bounded so memory stays per agent. */
    private static final int MAX_ALTERNATES = 64;
    private static final AgentLexicon LEXICON = AgentLexicon.standard();

    private final Map<String, KnownAgent> byId = new LinkedHashMap<>();
    private final Map<AgentKind, Map<String, Set<String>>> byName = new EnumMap<>(AgentKind.class);
    private final Map<String, Set<String>> personByFirstAndLast = new HashMap<>();
    private final Map<String, Set<String>> personBySurname = new HashMap<>();
    /** Per person id: what the surname rule weighs (articles, title words, co-occurring agents). */
    private final Map<String, Evidence> evidence = new HashMap<>();
    /** Surname-only ids that got their own id: decided again at the end. */
    private final Map<String, Evidence> standalone = new LinkedHashMap<>();
    /** Surname-only forms resolved on arrival: would-be id → decision (the latest). */
    private final Map<String, Resolution> resolvedOnArrival = new LinkedHashMap<>();

    /** Ids an earlier build published: their canonical name stays (article graphs already agree with it). */
    private final Set<String> stored = new HashSet<>();

    /** Neighbours kept per person: enough to recognise a context, bounded. */
    private static final int MAX_NEIGHBOURS = 256;

    private static final class Evidence {
        String surface;
        /** the form whose honorific shows a gender ("Mrs Howard"), or null */
        String shown;
        int articles;
        final Set<String> titleWords = new HashSet<>();
        final Set<String> neighbours = new HashSet<>();
        /** full-named people an article of this surname-only person named and kept apart from it */
        final Set<String> keptApart = new HashSet<>();
    }

    /**
     * A surname-only person resolved to a full-named one: {@code fromId} is the id the surname alone
     * has (or would have), {@code toId} the person, {@code note} the rule and counts behind it;
     * {@code written} when articles already use {@code fromId} (met before any namesake).
     */
    public record Resolution(String fromId, String toId, String note, boolean written) implements java.io.Serializable {}

    public AgentResolver() { this(List.of()); }

    public AgentResolver(Collection<KnownAgent> known) {
        for (AgentKind k : AgentKind.values()) byName.put(k, new HashMap<>());
        for (KnownAgent k : known) learn(k.id(), k.kind(), k.name(), k.alternateNames());
        for (KnownAgent k : known) stored.add(k.id());
    }

    /**
     * Agent.key → global id for one article's agents; the agents become known. Streaming use (one
     * article after another): a surname-only person is decided with what earlier articles showed.
     * A build resolves in two passes instead ({@link #resolveNamed}, then {@link #resolveSurnameOnly}).
     */
    public synchronized Map<String, String> resolve(List<Agent> agents) {
        Map<String, String> named = resolveNamed(agents);
        Map<String, String> ids = new HashMap<>(named);
        ids.putAll(surnameOnly(agents, named, true));
        countEvidence(agents, ids, new HashSet<>(ids.values()));
        Map<String, String> out = new LinkedHashMap<>();
        for (Agent a : agents) out.put(a.key(), ids.get(a.key()));
        return out;
    }

    /**
     * Pass 1 of a build for one article: everything but surname-only people gets its id and becomes
     * known, and the full-named people's evidence (articles, title words, co-occurring agents) is counted.
     * Returns Agent.key → id for those agents.
     */
    public synchronized Map<String, String> resolveNamed(List<Agent> agents) {
        Map<String, String> ids = new LinkedHashMap<>();
        // Named agents first: their ids are the context a surname-only person is judged in.
        for (Agent a : agents) {
            if (isSurnameOnlyPerson(a)) continue;
            String id = find(a);
            if (id == null) id = Ids.agent(a.kind(), a.name());
            ids.put(a.key(), id);
            learn(id, a.kind(), a.name(), a.alternateNames());
        }
        return ids;
    }

    /** Counts a pass-1 article's full-named people as evidence (call once per article, after {@link #resolveNamed}). */
    public synchronized void countEvidence(List<Agent> agents, Map<String, String> ids) {
        countEvidence(agents, ids, new HashSet<>(ids.values()));
    }

    /**
     * Pass 2 of a build for one article, once every article's named agents are known: the surname-only
     * people, decided with everything the build has seen, so no decision is revised afterwards.
     *
     * @param named the article's {@link #resolveNamed} result
     * @return Agent.key → id for every agent of the article, in the article's order
     */
    public synchronized Map<String, String> resolveSurnameOnly(List<Agent> agents, Map<String, String> named) {
        Map<String, String> ids = new HashMap<>(named);
        ids.putAll(surnameOnly(agents, named, false));
        Map<String, String> out = new LinkedHashMap<>();
        for (Agent a : agents) out.put(a.key(), ids.get(a.key()));
        return out;
    }

    private Map<String, String> surnameOnly(List<Agent> agents, Map<String, String> named, boolean streaming) {
        Map<String, String> ids = new HashMap<>();
        Set<String> context = new HashSet<>(named.values());
        for (Agent a : agents) {
            if (!isSurnameOnlyPerson(a)) continue;
            String own = Ids.agent(a.kind(), a.name());
            Set<String> titles = SurnameRule.titleWords(a.jobTitles());
            String shown = genderShown(a);
            // a full-named namesake of the same article that its grouping kept apart from a short form
            // showing a gender ("Mr. Trump" beside "his daughter Ivanka Trump") is someone else
            Set<String> apart = shown != null ? KeptApart.namesakes(a, agents, named) : Set.of();
            SurnameRule.Decision d = decide(a.name(), shown, titles, context, apart);
            String id;
            if (d != null && d.id() != null) {
                id = d.id();
                resolvedOnArrival.put(own, new Resolution(own, id, d.note(), false));
            } else {
                id = unique(byName.get(AgentKind.PERSON).get(NameFolding.person(a.name())));
                if (id == null || !compatible(shown, id) || KeptApart.forWhatItShows(apart, shown, id, byId.get(id))) id = own;
                if (streaming) {
                    Evidence e = standalone.computeIfAbsent(id, k -> new Evidence());
                    e.surface = a.name();
                    if (shown != null) e.shown = shown;
                    e.titleWords.addAll(titles);
                    addNeighbours(e, context, id);
                    e.keptApart.addAll(apart);
                }
            }
            ids.put(a.key(), id);
            learn(id, a.kind(), a.name(), a.alternateNames());
        }
        return ids;
    }

    private void countEvidence(List<Agent> agents, Map<String, String> ids, Set<String> all) {
        for (Agent a : agents) {
            if (a.kind() != AgentKind.PERSON || isSurnameOnlyPerson(a)) continue;
            String id = ids.get(a.key());
            Evidence e = evidence.computeIfAbsent(id, k -> new Evidence());
            e.articles++;
            e.titleWords.addAll(SurnameRule.titleWords(a.jobTitles()));
            addNeighbours(e, all, id);
        }
    }

    private static void addNeighbours(Evidence e, Set<String> ids, String self) {
        for (String n : ids) if (!n.equals(self) && e.neighbours.size() < MAX_NEIGHBOURS) e.neighbours.add(n);
    }

    /** The form of a surname-only person's name whose honorific shows a gender ("Mrs Howard"), or null. */
    private static String genderShown(Agent a) {
        for (String n : a.alternateNames()) if (NameGender.of(n) != NameGender.Gender.UNKNOWN) return n;
        return null;
    }

    /**
     * Whether the known person {@code id} can be the one a name showing a gender means: "Mrs Howard" is
     * not Michael Howard (a wife or daughter called by the family name). Only a woman's honorific against
     * a man's first name rules out: a man's honorific against a first name CoreNLP's list gives as a
     * woman's ("Mr." and "Corey", "Lindsey") is as often the list's error.
     */
    private boolean compatible(String shown, String id) {
        KnownAgent k = byId.get(id);
        return shown == null || k == null || NameGender.of(shown) != NameGender.Gender.FEMALE
                || NameGender.of(k.name()) != NameGender.Gender.MALE;
    }

    /** The surname rule over the full-named people known now whose gender can fit; null when none has the surname. */
    private SurnameRule.Decision decide(String surface, String shown, Set<String> titleWords, Set<String> context,
                                        Set<String> keptApart) {
        List<String> w = personWords(surface);
        Set<String> same = personBySurname.get(NameFolding.person(w.get(w.size() - 1)));
        if (same == null || same.isEmpty()) return null;
        List<SurnameRule.Candidate> cands = new ArrayList<>();
        for (String id : same) {
            if (!compatible(shown, id) || KeptApart.forWhatItShows(keptApart, shown, id, byId.get(id))) continue;
            Evidence e = evidence.get(id);
            KnownAgent k = byId.get(id);
            cands.add(new SurnameRule.Candidate(id, k == null ? id : k.name(), e == null ? 1 : Math.max(1, e.articles),
                    e == null ? Set.of() : e.titleWords, e == null ? Set.of() : e.neighbours));
        }
        return SurnameRule.choose(surface, cands, titleWords, context);
    }

    /**
     * Every key of this resolver's state that resolving (or knowing) an agent of this kind and names reads or
     * writes: its folded names and alternate names, a person's first-and-last name and surname, and the id its
     * name would mint. Agents that share no key, directly or through others, never affect each other's ids,
     * so a build can resolve each group of connected agents on its own ({@link AgentRounds}).
     */
    static List<String> stateKeys(AgentKind kind, String name, Set<String> alternates) {
        List<String> keys = new ArrayList<>();
        keys.add("id\u0000" + Ids.agent(kind, name));
        keys.add("name\u0000" + kind + "\u0000" + nameKey(kind, name));
        for (String alt : alternates) keys.add("name\u0000" + kind + "\u0000" + nameKey(kind, alt));
        if (kind == AgentKind.PERSON) {
            List<String> w = personWords(name);
            if (w.isEmpty()) return keys;
            if (!isSurnameOnly(w)) keys.add("first-last\u0000" + firstAndLast(w));
            keys.add("surname\u0000" + NameFolding.person(w.get(w.size() - 1)));
        }
        return keys;
    }

    /** A person named by a surname alone: decided in a build's second agent round. */
    static boolean isSurnameOnlyPerson(Agent a) {
        return a.kind() == AgentKind.PERSON && isSurnameOnly(personWords(a.name()));
    }

    /**
     * The surname-only people of this run that resolve to a full-named person: those met before any
     * namesake (their own id must be merged into the person's) decided now with everything seen,
     * and those resolved on arrival (recorded for the resolution graph).
     */
    public synchronized List<Resolution> surnameResolutions() {
        List<Resolution> out = new ArrayList<>();
        for (var e : standalone.entrySet()) {
            SurnameRule.Decision d = decide(e.getValue().surface, e.getValue().shown, e.getValue().titleWords, e.getValue().neighbours,
                    e.getValue().keptApart);
            if (d != null && d.id() != null && !d.id().equals(e.getKey())) out.add(new Resolution(e.getKey(), d.id(), d.note(), true));
        }
        for (Resolution r : resolvedOnArrival.values()) if (!standalone.containsKey(r.fromId())) out.add(r);
        return out;
    }

    /**
     * Surname-only people an earlier build published under their own id ("person/lopez") that the surname
     * rule now resolves to a full-named person, with everything this build has seen. Their articles are
     * not rewritten (they keep the id they were built with); the decision is recorded, note only.
     */
    public synchronized List<Resolution> storedSurnameResolutions() {
        List<Resolution> out = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(stored)) {
            KnownAgent k = byId.get(id);
            if (k == null || k.kind() != AgentKind.PERSON || !isSurnameOnly(personWords(k.name()))) continue;
            SurnameRule.Decision d = decide(k.name(), null, Set.of(), Set.of(), Set.of());
            if (d != null && d.id() != null && !d.id().equals(id))
                out.add(new Resolution(id, d.id(), d.note() + "; articles of an earlier build keep " + id, true));
        }
        return out;
    }

    /** What is known of one global id (its corpus-wide canonical name), or null. */
    public synchronized KnownAgent known(String id) { return byId.get(id); }

    /** Everything known so far, one entry per global id. */
    public synchronized Collection<KnownAgent> known() { return List.copyOf(byId.values()); }

    /**
     * Surname-only people ("person/trump", met before any full name) that now match exactly one
     * known full-name person: old id → full-name id, for an owl:sameAs in the resolution graph.
     */
    public synchronized Map<String, String> surnameOnlyMerges() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Resolution r : surnameResolutions()) if (r.written()) out.put(r.fromId(), r.toId());
        return out;
    }

    private String find(Agent a) {
        if (a.kind() == AgentKind.PERSON) {
            List<String> w = personWords(a.name());
            String id = unique(byName.get(AgentKind.PERSON).get(nameKey(AgentKind.PERSON, a.name())));
            if (id != null) return id;
            return unique(personByFirstAndLast.get(firstAndLast(w)));
        }
        Map<String, Set<String>> names = byName.get(a.kind());
        String id = unique(names.get(nameKey(a.kind(), a.name())));
        if (id != null) return id;
        for (String alt : a.alternateNames()) {
            id = unique(names.get(nameKey(a.kind(), alt)));
            if (id != null) return id;
        }
        return null;
    }

    private void learn(String id, AgentKind kind, String name, Set<String> alternates) {
        KnownAgent old = byId.get(id);
        String canonical = name;
        Set<String> alt = new LinkedHashSet<>();
        if (old != null) {
            canonical = old.name();
            alt.addAll(old.alternateNames());
            // The fullest form seen is the canonical name; of equal length, not the all-capitals one.
            int more = personWords(name).size() - personWords(canonical).size();
            if (stored.contains(id)) alt.add(name);
            else if (more > 0 || more == 0 && isAllCaps(canonical) && !isAllCaps(name)) { alt.add(canonical); canonical = name; }
            else alt.add(name);
        }
        for (String a : alternates) if (alt.size() < MAX_ALTERNATES) alt.add(a);
        alt.remove(canonical);
        byId.put(id, new KnownAgent(id, kind, canonical, alt));

        Map<String, Set<String>> names = byName.get(kind);
        names.computeIfAbsent(nameKey(kind, name), k -> new LinkedHashSet<>()).add(id);
        for (String a : alternates) names.computeIfAbsent(nameKey(kind, a), k -> new LinkedHashSet<>()).add(id);
        if (kind == AgentKind.PERSON) {
            List<String> w = personWords(name);
            if (!isSurnameOnly(w)) {
                personByFirstAndLast.computeIfAbsent(firstAndLast(w), k -> new LinkedHashSet<>()).add(id);
                personBySurname.computeIfAbsent(NameFolding.person(w.get(w.size() - 1)), k -> new LinkedHashSet<>()).add(id);
            }
        }
    }

    /** Folded name; organisations also without suffixes that do not change the referent ("… Network"). */
    private static String nameKey(AgentKind kind, String name) {
        if (kind != AgentKind.ORGANIZATION) return NameFolding.person(name);
        List<String> w = words(name);
        while (w.size() > 1 && LEXICON.isOrganisationSuffix(w.get(w.size() - 1))) w.remove(w.size() - 1);
        return NameFolding.person(String.join(" ", w));
    }

    /** Name words without generational suffixes ("Jr."). */
    private static List<String> personWords(String name) {
        List<String> w = words(name);
        while (w.size() > 1 && LEXICON.isNameSuffix(w.get(w.size() - 1).replaceAll(",$", ""))) w.remove(w.size() - 1);
        return w;
    }

    /** "Trump", "von der Leyen": no first name to tell namesakes apart. */
    private static boolean isSurnameOnly(List<String> w) {
        return w.size() == 1 || !w.isEmpty() && Character.isLowerCase(w.get(0).codePointAt(0));
    }

    private static boolean isAllCaps(String name) {
        return name.codePoints().anyMatch(Character::isLetter) && name.equals(name.toUpperCase(java.util.Locale.ROOT))
                && name.codePoints().filter(Character::isLetter).count() > 3;
    }

    private static String unique(Set<String> ids) {
        return ids != null && ids.size() == 1 ? ids.iterator().next() : null;
    }

    private static String firstAndLast(List<String> w) {
        // "Joe Biden" and "Joseph R. Biden Jr." are one first-and-last name
        return NameFolding.formalGivenName(NameFolding.person(w.get(0))) + " " + NameFolding.person(w.get(w.size() - 1));
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.trim().split("\\s+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
