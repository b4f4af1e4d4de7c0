package org.newsgraph.resolve;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.ArticleFacts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent rounds of a build's resolution, one group of agents at a time. Agents that share a key of
 * the resolver's state ({@link #stateKeys}: a folded name, a first-and-last name, a surname, an id),
 * directly or through other agents, form one group; groups never touch each other's state, so
 * resolving each group alone, its articles in build order ({@link #order}), gives exactly the ids one
 * resolver gives for the whole build. {@code build} groups in memory ({@link CorpusResolver#index});
 * {@code spark-build} groups on the executors, with these same functions.
 *
 * <p>Two steps per group, because a surname-only person is judged among all agents of its article
 * (other groups' too): {@link #named} gives the named agents' ids; once every group has given them,
 * {@link #decide} counts the evidence and decides the surname-only people.
 */
public final class AgentRounds {
    private AgentRounds() {}

    /**
     * What one group decided.
     *
     * @param ids      article {@link #order} → Agent.key → id, for the group's agents of that article
     * @param names    id → canonical name, for every id the group knows
     * @param surnames surname-only people resolved to a full-named person, with why
     */
    public record Outcome(Map<String, Map<String, String>> ids, Map<String, String> names,
                          List<AgentResolver.Resolution> surnames) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The build's order of articles as one string: article id, then content hash. */
    public static String order(ArticleFacts f) {
        return f.article().id() + "\u0000" + f.article().contentHash();
    }

    /**
     * The state keys of an article's agent: those of its names, plus one per article and Agent.key (two
     * agents with one key in one article are resolved together).
     */
    public static List<String> stateKeys(ArticleFacts f, Agent a) {
        List<String> keys = AgentResolver.stateKeys(a.kind(), a.name(), a.alternateNames());
        keys.add("agent\u0000" + order(f) + "\u0000" + a.key());
        return keys;
    }

    /** The state keys of an agent an earlier build published. */
    public static List<String> stateKeys(KnownAgent k) {
        List<String> keys = AgentResolver.stateKeys(k.kind(), k.name(), k.alternateNames());
        keys.add("id\u0000" + k.id());
        return keys;
    }

    /** The article with only these of its agents (one group's part of it). */
    public static ArticleFacts slice(ArticleFacts f, List<Agent> agents) {
        return new ArticleFacts(f.article(), agents, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Round 1 for one group: its named agents' ids.
     *
     * @param known  the group's agents of earlier builds, in the order the store gave them
     * @param slices the group's part of each article ({@link #slice}), in build order
     * @return article order → Agent.key → id, for the named agents
     */
    public static Map<String, Map<String, String>> named(Collection<KnownAgent> known, List<ArticleFacts> slices) {
        AgentResolver r = new AgentResolver(known);
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (ArticleFacts s : slices) out.put(order(s), r.resolveNamed(s.agents()));
        return out;
    }

    /**
     * Rounds 1 and 2 for one group: the named agents again (the same ids), the evidence of its full-named
     * people, then its surname-only people, each judged among all the named agents of its article.
     *
     * @param context article order → {@link #namedOf} of the whole article (every group's named agents)
     */
    public static Outcome decide(Collection<KnownAgent> known, List<ArticleFacts> slices, Map<String, Map<String, String>> context) {
        AgentResolver r = new AgentResolver(known);
        for (ArticleFacts s : slices) {
            r.resolveNamed(s.agents());
            r.countEvidence(s.agents(), context.get(order(s)));
        }
        Map<String, Map<String, String>> ids = new LinkedHashMap<>();
        for (ArticleFacts s : slices) ids.put(order(s), new HashMap<>(r.resolveSurnameOnly(s.agents(), context.get(order(s)))));
        Map<String, String> names = new HashMap<>();
        for (KnownAgent k : r.known()) names.put(k.id(), k.name());
        List<AgentResolver.Resolution> surnames = new ArrayList<>(r.surnameResolutions());
        surnames.addAll(r.storedSurnameResolutions());
        return new Outcome(ids, names, surnames);
    }

    /**
     * An article's named agents' ids in its agents' order, as one resolver's {@code resolveNamed} gives
     * them, from the ids its groups gave (Agent.key → id).
     */
    public static Map<String, String> namedOf(ArticleFacts f, Map<String, String> idsByKey) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Agent a : f.agents()) if (!AgentResolver.isSurnameOnlyPerson(a)) out.put(a.key(), idsByKey.get(a.key()));
        return out;
    }

    /** An article's agents' ids (Agent.key → id) in its agents' order, from the ids its groups gave. */
    public static Map<String, String> agentIdsOf(ArticleFacts f, Map<String, String> idsByKey) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Agent a : f.agents()) out.put(a.key(), idsByKey.get(a.key()));
        return out;
    }

    /** Groups of agents that share state keys, in memory (union-find over the keys). */
    static final class Groups {
        private final Map<String, String> parent = new HashMap<>();

        /** Joins the keys into one group; returns its first key. */
        String join(List<String> keys) {
            String root = find(keys.get(0));
            for (String k : keys.subList(1, keys.size())) {
                String other = find(k);
                if (!other.equals(root)) parent.put(other, root);
            }
            return keys.get(0);
        }

        String find(String key) {
            String r = key;
            while (true) {
                String p = parent.get(r);
                if (p == null) break;
                r = p;
            }
            // path compression
            String k = key;
            while (!k.equals(r)) {
                String p = parent.get(k);
                parent.put(k, r);
                k = p;
            }
            return r;
        }

    }
}
