package org.newsgraph.extract.statements;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.EntityMention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Stand-in for the real AgentExtractor in tests: people grouped by surname, organisations by name. */
final class TestAgents {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "i", "we", "you", "it");

    private TestAgents() {}

    static List<Agent> fromMentions(Document doc) {
        Map<String, List<EntityMention>> people = new LinkedHashMap<>();
        Map<String, List<EntityMention>> orgs = new LinkedHashMap<>();
        for (EntityMention m : doc.mentions()) {
            String t = m.text().strip();
            if (m.type().equals("PERSON") && !PRONOUNS.contains(t.toLowerCase(Locale.ROOT))) {
                String[] words = t.split("\\s+");
                String surname = words[words.length - 1].replaceAll("[’']s$", "");
                people.computeIfAbsent(surname.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(m);
            } else if (m.type().equals("ORGANIZATION")) {
                orgs.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(m);
            }
        }
        List<Agent> out = new ArrayList<>();
        people.forEach((k, ms) -> out.add(agent("person:" + k, AgentKind.PERSON, ms)));
        orgs.forEach((k, ms) -> out.add(agent("org:" + k, AgentKind.ORGANIZATION, ms)));
        return out;
    }

    private static Agent agent(String key, AgentKind kind, List<EntityMention> ms) {
        String name = ms.get(0).text();
        Set<String> forms = new HashSet<>();
        List<Span> spans = new ArrayList<>();
        for (EntityMention m : ms) {
            if (m.text().length() > name.length()) name = m.text();
            forms.add(m.text());
            spans.add(new Span(m.begin(), m.end()));
        }
        forms.remove(name);
        return new Agent(key, kind, name, forms, Set.of(), spans);
    }
}
