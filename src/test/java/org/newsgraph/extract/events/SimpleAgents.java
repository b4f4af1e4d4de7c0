package org.newsgraph.extract.events;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.EntityMention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Test stand-in for the agents stage: NER PERSON mentions grouped by surname, fullest form canonical. */
final class SimpleAgents {
    private SimpleAgents() {}

    static List<Agent> persons(Document doc) {
        Map<String, List<EntityMention>> bySurname = new LinkedHashMap<>();
        for (EntityMention m : doc.mentions()) {
            if (!m.type().equals("PERSON") || m.text().equals(m.text().toLowerCase(Locale.ROOT))) continue;
            String[] words = m.text().trim().split("\\s+");
            bySurname.computeIfAbsent(words[words.length - 1].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(m);
        }
        List<Agent> out = new ArrayList<>();
        for (Map.Entry<String, List<EntityMention>> e : bySurname.entrySet()) {
            String name = e.getValue().stream().map(EntityMention::text).reduce((a, b) -> b.length() > a.length() ? b : a).orElseThrow();
            List<Span> spans = e.getValue().stream().map(m -> new Span(m.begin(), m.end())).toList();
            out.add(new Agent("person:" + name.toLowerCase(Locale.ROOT), AgentKind.PERSON, name, Set.of(), Set.of(), spans));
        }
        return out;
    }
}
