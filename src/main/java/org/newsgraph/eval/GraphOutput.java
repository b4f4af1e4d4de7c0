package org.newsgraph.eval;

import org.apache.jena.query.QuerySolution;
import org.newsgraph.store.GraphStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a build put into the graph back as scorer input, through SPARQL over the article graphs:
 * the scores measure what users will query, not an internal shortcut.
 */
public final class GraphOutput {
    private GraphOutput() {}

    private static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            """;

    public static List<SystemArticle> read(GraphStore store) {
        Map<String, Acc> byArticle = new LinkedHashMap<>();
        store.select(PREFIXES + """
                SELECT ?id WHERE { GRAPH ?a { ?a a schema:NewsArticle ; schema:identifier ?id } } ORDER BY ?id
                """, row -> byArticle.put(str(row, "id"), new Acc()));
        store.select(PREFIXES + """
                SELECT DISTINCT ?id ?name WHERE { GRAPH ?a {
                  ?a schema:identifier ?id .
                  { ?a schema:mentions ?p } UNION { ?a schema:author ?p }
                  ?p a schema:Person }
                  # the one (canonical) name, from the union: an article graph keeps only its own forms
                  ?p schema:name ?name }
                """, row -> byArticle.get(str(row, "id")).people.add(new SystemPerson(str(row, "name"))));
        store.select(PREFIXES + """
                SELECT ?id ?st ?kind ?text ?speakerName ?anon ?evidence ?cue WHERE { GRAPH ?a {
                  ?a schema:identifier ?id .
                  ?st ng:reportedIn ?a ; schema:text ?text ; a ?kind .
                  FILTER(?kind IN (ng:DirectQuote, ng:PartialQuote, ng:ReportedSpeech))
                  OPTIONAL { ?st ng:evidence/nif:anchorOf ?evidence }
                  OPTIONAL { ?st ng:cue ?cue } }
                  OPTIONAL { GRAPH ?a { ?speaker ng:said ?st .
                                        OPTIONAL { ?speaker a ng:AnonymousSource . BIND(true AS ?anon) } }
                             # the one (canonical) name, from the union
                             OPTIONAL { ?speaker schema:name ?speakerName } } }
                """, row -> {
            Acc acc = byArticle.get(str(row, "id"));
            String kind = row.getResource("kind").getLocalName();
            String speaker = str(row, "speakerName");
            boolean anon = row.contains("anon");
            switch (kind) {
                case "DirectQuote" -> acc.quotes.add(new SystemQuote(str(row, "text"), speaker, anon, "direct"));
                case "PartialQuote" -> acc.quotes.add(new SystemQuote(str(row, "text"), speaker, anon, "partial"));
                default -> acc.reported.add(new SystemReported(str(row, "text"), str(row, "evidence"), speaker, anon,
                        str(row, "cue")));
            }
            return null;
        });
        List<SystemArticle> out = new ArrayList<>();
        byArticle.forEach((id, acc) -> out.add(new SystemArticle(id, acc.people, acc.quotes, acc.reported)));
        return out;
    }

    /**
     * Every statement as each article's own graph reports it, with its speaker when one is known: the
     * rows of the reference query {@code statements.rq} (one per statement and speaker).
     */
    public static List<SystemStatement> statements(GraphStore store) {
        List<SystemStatement> out = new ArrayList<>();
        store.select(PREFIXES + """
                SELECT ?id ?text ?speakerName ?anon ?cue WHERE {
                  GRAPH ?a { ?st ng:reportedIn ?a ; schema:text ?text ; a ?kind . OPTIONAL { ?st ng:cue ?cue } }
                  FILTER(?kind IN (ng:DirectQuote, ng:PartialQuote, ng:ReportedSpeech))
                  ?a schema:identifier ?id .
                  OPTIONAL { ?sp ng:said ?st . OPTIONAL { ?sp schema:name ?speakerName }
                             BIND(EXISTS { ?sp a ng:AnonymousSource } AS ?anon) } }
                """, row -> {
            boolean anon = row.contains("anon") && row.get("anon").asLiteral().getBoolean();
            out.add(new SystemStatement(str(row, "id"), str(row, "text"), str(row, "speakerName"), anon, str(row, "cue")));
            return null;
        });
        return out;
    }

    /** Every person of the build by canonical name, with the number of article graphs that mention it. */
    public static List<PeopleCheck.CorpusPerson> corpusPeople(GraphStore store) {
        List<PeopleCheck.CorpusPerson> out = new ArrayList<>();
        store.select(PREFIXES + """
                SELECT ?p (SAMPLE(?n) AS ?name) (COUNT(DISTINCT ?a) AS ?articles) WHERE {
                  GRAPH ?a { ?a a schema:NewsArticle . ?p a schema:Person }
                  ?p schema:name ?n }
                GROUP BY ?p
                """, row -> {
            out.add(new PeopleCheck.CorpusPerson(str(row, "name"), row.getLiteral("articles").getInt()));
            return null;
        });
        return out;
    }

    private static String str(QuerySolution row, String var) {
        return row.contains(var) ? row.get(var).asLiteral().getLexicalForm() : null;
    }

    private static final class Acc {
        final List<SystemPerson> people = new ArrayList<>();
        final List<SystemQuote> quotes = new ArrayList<>();
        final List<SystemReported> reported = new ArrayList<>();
    }
}
