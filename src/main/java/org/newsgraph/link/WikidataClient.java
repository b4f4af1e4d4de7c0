package org.newsgraph.link;

import org.newsgraph.text.WordLists;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Asks Wikidata about names, politely and through the on-disk cache ({@link PoliteHttp}): one
 * {@code wbsearchentities} call per name, one SPARQL query ({@code link/candidate-facts.rq}) for the
 * hits' labels, aliases, descriptions, types, top classes, positions, occupations and countries.
 */
final class WikidataClient {
    static final String ENTITY_PREFIX = "http://www.wikidata.org/entity/";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final URI apiEndpoint;
    private final URI sparqlEndpoint;
    final PoliteHttp http;
    final Map<String, Set<String>> classesByKind;
    private final String queryTemplate;

    WikidataClient(URI apiEndpoint, URI sparqlEndpoint, Path cacheDir, Duration minInterval, HttpClient client, String userAgent) {
        this.apiEndpoint = apiEndpoint;
        this.sparqlEndpoint = sparqlEndpoint;
        this.http = new PoliteHttp(client, cacheDir, minInterval, userAgent);
        this.classesByKind = loadClasses();
        this.queryTemplate = WordLists.text("/link/candidate-facts.rq").lines()
                .filter(l -> !l.trim().startsWith("#")).collect(Collectors.joining("\n"));
    }

    /** What the SPARQL query told about one search hit. */
    static final class Facts {
        final String qid;
        final Set<String> labels = new LinkedHashSet<>(), aliases = new LinkedHashSet<>(),
                descriptions = new LinkedHashSet<>(), types = new HashSet<>(), classes = new HashSet<>(),
                positions = new LinkedHashSet<>(), occupations = new LinkedHashSet<>(),
                countries = new LinkedHashSet<>();

        Facts(String qid) {
            this.qid = qid;
        }
    }


    List<String> search(String name) {
        URI uri = URI.create(apiEndpoint + "?action=wbsearchentities&search=" + enc(name)
                + "&language=en&type=item&limit=10&format=json");
        Optional<String> body = http.get(uri, "application/json");
        if (body.isEmpty()) return List.of();
        JsonValue results = JSON.parse(body.get()).get("search");
        if (results == null || !results.isArray()) return List.of();
        List<String> ids = new ArrayList<>();
        for (JsonValue v : results.getAsArray()) {
            String id = v.isObject() ? string(v.getAsObject(), "id") : null;
            if (id != null && QID.matcher(id).matches() && !ids.contains(id)) ids.add(id);
        }
        return ids;
    }

    /** Facts per QID, or null when the query failed. */
    Map<String, Facts> describe(List<String> qids) {
        String items = qids.stream().map(q -> "wd:" + q).collect(Collectors.joining(" "));
        String classes = classesByKind.values().stream().flatMap(Set::stream).distinct().sorted()
                .map(q -> "wd:" + q).collect(Collectors.joining(" "));
        String query = queryTemplate.replace("${items}", items).replace("${classes}", classes);
        URI uri = URI.create(sparqlEndpoint + "?query=" + enc(query) + "&format=json");
        Optional<String> body = http.get(uri, "application/sparql-results+json");
        if (body.isEmpty()) return null;
        Map<String, Facts> out = new LinkedHashMap<>();
        JsonValue results = JSON.parse(body.get()).get("results");
        if (results == null || !results.isObject()) return out;
        JsonValue bindings = results.getAsObject().get("bindings");
        if (bindings == null || !bindings.isArray()) return out;
        for (JsonValue b : bindings.getAsArray()) {
            if (!b.isObject()) continue;
            JsonObject row = b.getAsObject();
            String item = local(value(row, "item"));
            String what = value(row, "what");
            String value = value(row, "value");
            if (item == null || what == null || value == null) continue;
            Facts f = out.computeIfAbsent(item, Facts::new);
            switch (what) {
                case "label" -> f.labels.add(value);
                case "alias" -> f.aliases.add(value);
                case "description" -> f.descriptions.add(value);
                case "type" -> f.types.add(local(value));
                case "class" -> f.classes.add(local(value));
                case "position" -> f.positions.add(value);
                case "occupation" -> f.occupations.add(value);
                case "country" -> f.countries.add(value);
                default -> { }
            }
        }
        return out;
    }


    private static String value(JsonObject row, String var) {
        JsonValue cell = row.get(var);
        return cell != null && cell.isObject() ? string(cell.getAsObject(), "value") : null;
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    private static String local(String iriOrId) {
        if (iriOrId == null) return null;
        return iriOrId.startsWith(ENTITY_PREFIX) ? iriOrId.substring(ENTITY_PREFIX.length()) : iriOrId;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, Set<String>> loadClasses() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : WordLists.text("/link/wikidata-classes.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            out.computeIfAbsent(f[0].trim(), k -> new LinkedHashSet<>()).add(f[1].trim());
        }
        return out;
    }
}
