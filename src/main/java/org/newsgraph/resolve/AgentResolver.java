package org.newsgraph.resolve;

import org.newsgraph.text.NameFolding;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.agents.AgentLexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-article identity of people, organisations and places. Articles arrive one by one;
 * each {@link #resolve} call maps the article's agents to global ids and remembers them, so
 * memory grows with the number of distinct agents (and their name forms), not with articles.
 *
 * <p>Rules:
 * <ul>
 * <li>Ids come from {@link Ids#agent}, which folds spelling variants of personal names
 *     (Zelensky / Zelenskyy / Zelenskiy give one id).</li>
 * <li>A full personal name matches a known person with the same folded name, or with the same
 *     first name and surname ("Donald J. Trump" = "Donald Trump").</li>
 * <li>A surname-only person ("Trump", when the article never gives a first name) is the known
 *     full-name person with that surname when exactly one such person is known; with two or more
 *     ("Trump": Donald and Melania) it stays its own agent.</li>
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

    public AgentResolver() { this(List.of()); }

    public AgentResolver(Collection<KnownAgent> known) {
        for (AgentKind k : AgentKind.values()) byName.put(k, new HashMap<>());
        for (KnownAgent k : known) learn(k.id(), k.kind(), k.name(), k.alternateNames());
    }

    /** Agent.key → global id for one article's agents; the agents become known. */
    public synchronized Map<String, String> resolve(List<Agent> agents) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Agent a : agents) {
            String id = find(a);
            if (id == null) id = Ids.agent(a.kind(), a.name());
            out.put(a.key(), id);
            learn(id, a.kind(), a.name(), a.alternateNames());
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
        for (KnownAgent k : byId.values()) {
            List<String> w = personWords(k.name());
            if (k.kind() != AgentKind.PERSON || !isSurnameOnly(w)) continue;
            Set<String> ids = personBySurname.get(NameFolding.person(w.get(w.size() - 1)));
            if (ids != null && ids.size() == 1) out.put(k.id(), ids.iterator().next());
        }
        return out;
    }

    private String find(Agent a) {
        if (a.kind() == AgentKind.PERSON) {
            List<String> w = personWords(a.name());
            if (isSurnameOnly(w)) {
                Set<String> sameSurname = personBySurname.get(NameFolding.person(w.get(w.size() - 1)));
                if (sameSurname != null && !sameSurname.isEmpty())
                    return sameSurname.size() == 1 ? sameSurname.iterator().next() : null;
                return unique(byName.get(AgentKind.PERSON).get(NameFolding.person(a.name())));
            }
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
            // The fullest form seen is the canonical name.
            if (personWords(name).size() > personWords(canonical).size()) { alt.add(canonical); canonical = name; }
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

    private static String unique(Set<String> ids) {
        return ids != null && ids.size() == 1 ? ids.iterator().next() : null;
    }

    private static String firstAndLast(List<String> w) {
        return NameFolding.person(w.get(0)) + " " + NameFolding.person(w.get(w.size() - 1));
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.trim().split("\\s+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
