package org.newsgraph.store;

import org.apache.jena.query.QuerySolution;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.resolve.EventResolver;
import org.newsgraph.resolve.KnownAgent;
import org.newsgraph.resolve.StatementResolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What earlier builds established, read back from the store so that a new build resolves new
 * articles against it (the same person, statement or event keeps its IRI). Ids are the IRIs with
 * the base removed.
 */
public final class KnownFacts {
    private static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            """;

    private final GraphStore store;
    private final String base;

    public KnownFacts(GraphStore store, String base) {
        this.store = store;
        this.base = base;
    }

    private String id(QuerySolution row, String var) {
        String iri = row.getResource(var).getURI();
        return iri.startsWith(base) ? iri.substring(base.length()) : iri;
    }

    public List<KnownAgent> agents() {
        Map<String, AgentKind> kinds = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<String>> alts = new LinkedHashMap<>();
        store.select(PREFIXES + """
                SELECT ?x ?type ?name ?alt WHERE {
                  VALUES ?type { schema:Person schema:Organization schema:Place }
                  ?x a ?type ; schema:name ?name .
                  OPTIONAL { ?x schema:alternateName ?alt } }
                """, row -> {
            String id = id(row, "x");
            String type = row.getResource("type").getLocalName();
            kinds.put(id, switch (type) {
                case "Person" -> AgentKind.PERSON;
                case "Organization" -> AgentKind.ORGANIZATION;
                default -> AgentKind.PLACE;
            });
            String name = row.getLiteral("name").getString();
            String prev = names.get(id);
            Set<String> a = alts.computeIfAbsent(id, k -> new HashSet<>());
            // Several articles may give several names: keep the longest as the name, the rest as aliases.
            if (prev == null || name.length() > prev.length()) {
                if (prev != null) a.add(prev);
                names.put(id, name);
            } else if (!prev.equals(name)) {
                a.add(name);
            }
            if (row.contains("alt")) a.add(row.getLiteral("alt").getString());
            return null;
        });
        List<KnownAgent> out = new ArrayList<>();
        for (var e : names.entrySet()) {
            Set<String> a = alts.get(e.getKey());
            a.remove(e.getValue());
            out.add(new KnownAgent(e.getKey(), kinds.get(e.getKey()), e.getValue(), a));
        }
        return out;
    }

    public List<StatementResolver.KnownStatement> statements() {
        List<StatementResolver.KnownStatement> out = new ArrayList<>();
        store.select(PREFIXES + """
                SELECT ?st ?speaker ?kind ?text WHERE { GRAPH ?a {
                  ?speaker ng:said ?st . ?st schema:text ?text ; a ?kind .
                  FILTER(?kind IN (ng:DirectQuote, ng:PartialQuote, ng:ReportedSpeech)) } }
                """, row -> out.add(new StatementResolver.KnownStatement(id(row, "st"), id(row, "speaker"),
                row.getResource("kind").getLocalName(), row.getLiteral("text").getString())));
        return out;
    }

    public List<EventResolver.KnownEvent> events() {
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        Map<String, Set<String>> actors = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        store.select(PREFIXES + """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?e ?type ?date ?actor ?name WHERE {
                  ?e a ng:Event ; a ?type .
                  FILTER(STRSTARTS(STR(?type), STR(ng:)))
                  OPTIONAL { ?e sem:hasTimeStamp ?date }
                  OPTIONAL { ?e sem:hasActor ?actor }
                  # the label an earlier build preferred keeps the event's name stable across builds
                  OPTIONAL { ?e skos:prefLabel ?label }
                  OPTIONAL { ?e schema:name ?n }
                  BIND(COALESCE(?label, ?n) AS ?name) }
                ORDER BY ?e ?name
                """, row -> {
            String id = id(row, "e");
            String type = row.getResource("type").getLocalName();
            // The specific type wins over the generic ng:Event every event also has.
            if (!"Event".equals(type) || !types.containsKey(id)) types.put(id, type);
            if (row.contains("date")) {
                try {
                    dates.put(id, LocalDate.parse(row.getLiteral("date").getLexicalForm()));
                } catch (RuntimeException ignored) {
                    // a malformed date in the store is ignored rather than fatal
                }
            }
            Set<String> a = actors.computeIfAbsent(id, k -> new HashSet<>());
            if (row.contains("actor")) a.add(id(row, "actor"));
            if (row.contains("name")) names.putIfAbsent(id, row.getLiteral("name").getString());
            return null;
        });
        List<EventResolver.KnownEvent> out = new ArrayList<>();
        for (var e : types.entrySet())
            out.add(new EventResolver.KnownEvent(e.getKey(), e.getValue(), dates.get(e.getKey()),
                    actors.get(e.getKey()), names.get(e.getKey())));
        return out;
    }
}
