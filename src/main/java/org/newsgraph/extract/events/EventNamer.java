package org.newsgraph.extract.events;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One readable name per event, the way a reader would name it: the type's head noun with its key
 * argument, from the catalogue's name templates ("{place} meeting between {actors}", "Pause of
 * {argument}"). The argument is the fullest "what" phrase of any mention that is still a phrase (two
 * to seven words, not cut inside a word); at most two participants are named, those the article
 * mentions most, people first; "by {agents}" names only who did it, never an audience or a partner.
 */
final class EventNamer {
    static final int MAX_ARGUMENT_WORDS = 7;
    static final int MAX_ACTORS = 2;

    String name(ArticleContext cx, MentionGroup g) {
        String argument = null;
        int argWords = 0;
        for (Mention m : g.mentions) {
            if (m.argument == null || m.argument.endsWith("-")) continue;
            int words = m.argument.split("\\s+").length;
            if (words > MAX_ARGUMENT_WORDS) continue;
            if (argument == null || words > argWords) { argument = m.argument; argWords = words; }
        }
        List<String> actorNames = names(cx, g, g.actors);
        List<String> agentNames = names(cx, g, g.agents);
        String place = g.places.isEmpty() ? null : g.placeNames.get(g.places.iterator().next());
        for (String template : g.type.nameTemplates()) {
            String n = fill(template, place, actorNames, agentNames, argument);
            if (n != null) return Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }
        return Character.toUpperCase(g.type.label().charAt(0)) + g.type.label().substring(1);
    }

    /**
     * The names of up to two of the keys: people before organisations before places, most mentioned
     * first, then first named. When a third is as prominent as the second, none is named: naming two
     * of three equals would mislead ("Berlin meeting", not "… between Merkel and Macron" without Sanchez).
     */
    private static List<String> names(ArticleContext cx, MentionGroup g, Iterable<String> keys) {
        Map<String, Integer> count = new HashMap<>();
        for (Mention m : g.mentions) for (String a : m.actors) count.merge(a, 1, Integer::sum);
        List<Agent> agents = new ArrayList<>();
        for (String key : keys) {
            Agent a = cx.agent(key);
            if (a != null) agents.add(a);
        }
        Comparator<Agent> prominence = Comparator.comparingInt((Agent a) -> rank(a.kind()))
                .thenComparingInt(a -> -count.getOrDefault(a.key(), 0));
        List<Agent> sorted = new ArrayList<>(agents);
        sorted.sort(prominence.thenComparingInt(EventNamer::firstSeen));
        if (sorted.size() > MAX_ACTORS && prominence.compare(sorted.get(MAX_ACTORS - 1), sorted.get(MAX_ACTORS)) == 0)
            return List.of();
        List<Agent> chosen = new ArrayList<>(sorted.subList(0, Math.min(MAX_ACTORS, sorted.size())));
        chosen.sort(Comparator.comparingInt(EventNamer::firstSeen));
        List<String> out = new ArrayList<>();
        for (Agent a : chosen) out.add(a.name());
        return out;
    }

    private static int firstSeen(Agent a) {
        int first = Integer.MAX_VALUE;
        for (var span : a.mentions()) first = Math.min(first, span.begin());
        return first;
    }

    private static int rank(AgentKind k) {
        return switch (k) { case PERSON -> 0; case ORGANIZATION -> 1; case PLACE -> 2; };
    }

    static String fill(String template, String place, List<String> actors, String argument) {
        return fill(template, place, actors, actors, argument);
    }

    /** The template with its slots filled, or null when a slot has no value. */
    static String fill(String template, String place, List<String> actors, List<String> agents, String argument) {
        String out = template;
        if (out.contains("{place}")) { if (place == null) return null; out = out.replace("{place}", place); }
        if (out.contains("{argument}")) { if (argument == null) return null; out = out.replace("{argument}", argument); }
        for (String slot : List.of("actors", "agents")) {
            String key = "{" + slot + "}";
            if (!out.contains(key)) continue;
            List<String> who = slot.equals("actors") ? actors : agents;
            if (who.isEmpty() || out.contains("between " + key) && who.size() < 2) return null;
            out = out.replace(key, list(who));
        }
        return out;
    }

    private static String list(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
