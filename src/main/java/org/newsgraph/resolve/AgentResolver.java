package org.newsgraph.resolve;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;

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

    /** Everything known so far, one entry per global id. */
    public synchronized Collection<KnownAgent> known() { return List.copyOf(byId.values()); }

    /**
     * Surname-only people ("person/trump", met before any full name) that now match exactly one
     * known full-name person: old id → full-name id, for an owl:sameAs in the resolution graph.
     */
    public synchronized Map<String, String> surnameOnlyMerges() {
        Map<String, String> out = new LinkedHashMap<>();
        for (KnownAgent k : byId.values()) {
            if (k.kind() != AgentKind.PERSON || words(k.name()).size() != 1) continue;
            Set<String> ids = personBySurname.get(Ids.foldName(k.name()));
            if (ids != null && ids.size() == 1) out.put(k.id(), ids.iterator().next());
        }
        return out;
    }

    private String find(Agent a) {
        if (a.kind() == AgentKind.PERSON) {
            List<String> w = words(a.name());
            if (w.size() == 1) {
                Set<String> sameSurname = personBySurname.get(Ids.foldName(a.name()));
                if (sameSurname != null && !sameSurname.isEmpty())
                    return sameSurname.size() == 1 ? sameSurname.iterator().next() : null;
                return unique(byName.get(AgentKind.PERSON).get(Ids.foldName(a.name())));
            }
            String id = unique(byName.get(AgentKind.PERSON).get(Ids.foldName(a.name())));
            if (id != null) return id;
            return unique(personByFirstAndLast.get(firstAndLast(w)));
        }
        Map<String, Set<String>> names = byName.get(a.kind());
        String id = unique(names.get(Ids.foldName(a.name())));
        if (id != null) return id;
        for (String alt : a.alternateNames()) {
            id = unique(names.get(Ids.foldName(alt)));
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
            if (words(name).size() > words(canonical).size()) { alt.add(canonical); canonical = name; }
            else alt.add(name);
        }
        for (String a : alternates) if (alt.size() < MAX_ALTERNATES) alt.add(a);
        alt.remove(canonical);
        byId.put(id, new KnownAgent(id, kind, canonical, alt));

        Map<String, Set<String>> names = byName.get(kind);
        names.computeIfAbsent(Ids.foldName(name), k -> new LinkedHashSet<>()).add(id);
        for (String a : alternates) names.computeIfAbsent(Ids.foldName(a), k -> new LinkedHashSet<>()).add(id);
        if (kind == AgentKind.PERSON) {
            List<String> w = words(name);
            if (w.size() >= 2) {
                personByFirstAndLast.computeIfAbsent(firstAndLast(w), k -> new LinkedHashSet<>()).add(id);
                personBySurname.computeIfAbsent(Ids.foldName(w.get(w.size() - 1)), k -> new LinkedHashSet<>()).add(id);
            }
        }
    }

    private static String unique(Set<String> ids) {
        return ids != null && ids.size() == 1 ? ids.iterator().next() : null;
    }

    private static String firstAndLast(List<String> w) {
        return Ids.foldName(w.get(0)) + " " + Ids.foldName(w.get(w.size() - 1));
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.trim().split("\\s+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
