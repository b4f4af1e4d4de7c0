package org.newsgraph.link;

import org.newsgraph.text.WordLists;

import org.newsgraph.text.NameFolding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Links agents the gazetteer lacks by asking Wikidata ({@code --wikidata online}).
 *
 * <p>Per candidate: one {@code wbsearchentities} call on the canonical name, then one SPARQL query
 * for the hits' labels, aliases, descriptions, P31 types, top classes (P31/P279*), P39 positions,
 * P106 occupations and P17/P27 countries ({@code link/candidate-facts.rq}). A hit is kept only if it
 * is the right kind of thing (people: P31 human; organisations and places: a top class from
 * {@code link/wikidata-classes.tsv}) and its label or an alias equals one of the candidate's names.
 * Kept hits are scored on name agreement plus context (the candidate's job titles against position
 * and occupation labels and the description; its context places against the description and
 * countries). The best hit is linked only above {@link #THRESHOLD} and only when it beats the
 * runner-up by {@link #MARGIN}: equal evidence for two items links nothing. A person with a name
 * match but no supporting context scores below the threshold, since Wikidata holds many namesakes.
 * Events and one-word person names are never searched.
 */
public final class OnlineLinker implements Linker {
    private static final Logger LOG = LoggerFactory.getLogger(OnlineLinker.class);

    public static final URI WIKIDATA_API = URI.create("https://www.wikidata.org/w/api.php");
    public static final URI WIKIDATA_SPARQL = URI.create("https://query.wikidata.org/sparql");
    public static final String USER_AGENT = "newsgraph/0.1 (https://w3id.org/newsgraph; research knowledge-graph builder)";
    public static final String METHOD = "online";
    static final String ENTITY_PREFIX = "http://www.wikidata.org/entity/";

    /** Minimum score to link. */
    public static final double THRESHOLD = 0.7;
    /** Minimum lead of the best hit over the runner-up. */
    public static final double MARGIN = 0.15;

    // Name agreement: the canonical name equal to the item's label is the strongest sign.
    static final double PERSON_LABEL = 0.6, PERSON_ALIAS = 0.5, PERSON_ALT_ALIAS = 0.45;
    static final double PERSON_TITLE = 0.3, PERSON_PLACE = 0.1;
    static final double THING_LABEL = 0.7, THING_ALIAS = 0.6, THING_ALT_ALIAS = 0.55;
    static final double THING_PLACE = 0.2;

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final URI apiEndpoint;
    private final URI sparqlEndpoint;
    private final PoliteHttp http;
    private final Map<String, Set<String>> classesByKind;
    private final String queryTemplate;
    private final Set<String> stopwords;

    public OnlineLinker(URI apiEndpoint, URI sparqlEndpoint, Path cacheDir, Duration minInterval, HttpClient client) {
        this.apiEndpoint = apiEndpoint;
        this.sparqlEndpoint = sparqlEndpoint;
        this.http = new PoliteHttp(client, cacheDir, minInterval, USER_AGENT);
        this.classesByKind = loadClasses();
        this.queryTemplate = WordLists.text("/link/candidate-facts.rq").lines()
                .filter(l -> !l.trim().startsWith("#")).collect(Collectors.joining("\n"));
        this.stopwords = Set.copyOf(WordLists.lines("/link/context-stopwords.txt"));
    }

    /** The public Wikidata services, one request per second, responses cached in {@code cacheDir}. */
    public static OnlineLinker wikidata(Path cacheDir) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return new OnlineLinker(WIKIDATA_API, WIKIDATA_SPARQL, cacheDir, Duration.ofSeconds(1), client);
    }

    /** HTTP requests actually sent so far (cache hits excluded). */
    public int networkRequests() {
        return http.requests();
    }

    public int cacheHits() {
        return http.cacheHits();
    }

    @Override
    public List<EntityLink> link(List<LinkCandidate> candidates) {
        List<EntityLink> out = new ArrayList<>();
        for (LinkCandidate c : candidates) {
            try {
                linkOne(c).ifPresent(out::add);
            } catch (RuntimeException e) {
                // A malformed response must not stop a build: this entity stays unlinked.
                LOG.warn("online linking of {} failed: {}", c.entityId(), e.toString());
            }
        }
        LOG.info("online linking: {} of {} candidates linked ({} requests, {} cache hits)",
                out.size(), candidates.size(), http.requests(), http.cacheHits());
        return out;
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

    record Scored(String qid, double score) {}

    Optional<EntityLink> linkOne(LinkCandidate c) {
        if (c.event() || c.name() == null || c.name().isBlank()) return Optional.empty();
        String kind = c.kindName();
        boolean person = "person".equals(kind);
        if (person && NameFolding.words(NameFolding.surface(c.name())) < 2) return Optional.empty();

        List<String> hits = search(c.name());
        if (hits.isEmpty()) return Optional.empty();
        Map<String, Facts> facts = describe(hits);
        if (facts == null) return Optional.empty();

        List<Scored> scored = new ArrayList<>();
        for (String qid : hits) {
            Facts f = facts.get(qid);
            if (f == null || !rightKind(f, kind)) continue;
            double s = score(c, f);
            if (s > 0) scored.add(new Scored(qid, s));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (scored.isEmpty()) return Optional.empty();
        Scored best = scored.get(0);
        double runnerUp = scored.size() > 1 ? scored.get(1).score() : 0.0;
        if (best.score() + 1e-9 < THRESHOLD) {
            LOG.debug("{}: best {} scores {} < threshold", c.entityId(), best.qid(), best.score());
            return Optional.empty();
        }
        if (best.score() - runnerUp + 1e-9 < MARGIN) {
            LOG.debug("{}: ambiguous between {} and {}", c.entityId(), best.qid(), scored.get(1).qid());
            return Optional.empty();
        }
        return Optional.of(new EntityLink(c.entityId(), best.qid(), Math.min(1.0, round(best.score())), METHOD));
    }

    // ---- requests ----

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

    // ---- judgement ----

    boolean rightKind(Facts f, String kind) {
        Set<String> wanted = classesByKind.getOrDefault(kind, Set.of());
        if ("person".equals(kind)) return wanted.stream().anyMatch(f.types::contains); // P31 human, directly
        return wanted.stream().anyMatch(q -> f.classes.contains(q) || f.types.contains(q));
    }

    double score(LinkCandidate c, Facts f) {
        String kind = c.kindName();
        boolean person = "person".equals(kind);
        Set<String> labels = folded(f.labels, kind), aliases = folded(f.aliases, kind);
        String canonical = NameFolding.surface(c.name(), "person".equals(kind));
        Set<String> alternates = new HashSet<>();
        for (String a : c.alternateNames()) {
            String k = NameFolding.surface(a, "person".equals(kind));
            if (!k.isEmpty() && !(person && NameFolding.words(k) < 2)) alternates.add(k);
        }
        double name;
        if (labels.contains(canonical)) name = person ? PERSON_LABEL : THING_LABEL;
        else if (aliases.contains(canonical) || alternates.stream().anyMatch(labels::contains))
            name = person ? PERSON_ALIAS : THING_ALIAS;
        else if (alternates.stream().anyMatch(aliases::contains)) name = person ? PERSON_ALT_ALIAS : THING_ALT_ALIAS;
        else return 0.0; // no exact name agreement: never linked on similarity alone

        double place = placeEvidence(c.contextPlaces(), f);
        if (!person) return name + THING_PLACE * place;
        double title = titleEvidence(c.jobTitles(), f);
        return name + PERSON_TITLE * title + PERSON_PLACE * place;
    }

    /** Best share of a job title's words found in a position, occupation or description of the item. */
    double titleEvidence(Set<String> titles, Facts f) {
        List<Set<String>> roles = new ArrayList<>();
        for (String p : f.positions) roles.add(roleWords(p));
        for (String o : f.occupations) roles.add(roleWords(o));
        for (String d : f.descriptions) roles.add(roleWords(d));
        double best = 0;
        for (String t : titles) {
            Set<String> words = words(t); // the title's own words: its acronyms would only dilute the share
            if (words.isEmpty()) continue;
            for (Set<String> role : roles) {
                long hit = words.stream().filter(w -> role.stream().anyMatch(r -> sameWord(w, r))).count();
                best = Math.max(best, (double) hit / words.size());
            }
        }
        return best;
    }

    /** 1 if one of the context places is named in the item's description or is its country. */
    double placeEvidence(Set<String> places, Facts f) {
        Set<String> known = new HashSet<>();
        for (String d : f.descriptions) known.addAll(roleWords(d));
        for (String co : f.countries) known.addAll(roleWords(co));
        for (String p : places) {
            Set<String> w = words(p);
            if (!w.isEmpty() && w.stream().allMatch(x -> known.stream().anyMatch(k -> sameWord(x, k)))) return 1.0;
        }
        return 0.0;
    }

    /**
     * Content words of a title or position label, plus acronyms of its runs of capitalised words
     * ("Director of the Central Intelligence Agency" also gives "cia"; "United States ..." gives "us"),
     * so "CIA Director" meets the position label.
     */
    Set<String> roleWords(String text) {
        Set<String> out = words(text);
        List<String> run = new ArrayList<>();
        for (String raw : text.split("[^\\p{L}\\p{N}.]+")) {
            String w = raw.replace(".", "");
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !stopwords.contains(w.toLowerCase(Locale.ROOT))) {
                run.add(w);
            } else {
                addAcronyms(run, out);
                run.clear();
            }
        }
        addAcronyms(run, out);
        return out;
    }

    private static void addAcronyms(List<String> run, Set<String> out) {
        for (int i = 0; i < run.size(); i++)
            for (int j = i + 2; j <= run.size(); j++) {
                StringBuilder a = new StringBuilder();
                for (String w : run.subList(i, j)) a.append(Character.toLowerCase(w.charAt(0)));
                out.add(a.toString());
            }
    }

    private Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NameFolding.surface(text).split(" "))
            if (!w.isEmpty() && !stopwords.contains(w)) out.add(w);
        return out;
    }

    /** Same word, allowing a shared stem of six letters ("Ukrainian"/"Ukraine", "American"/"America"). */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) return true;
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
        return n >= 6;
    }

    private static Set<String> folded(Set<String> names, String kind) {
        Set<String> out = new HashSet<>();
        for (String n : names) out.add(NameFolding.surface(n, "person".equals(kind)));
        return out;
    }

    // ---- plumbing ----

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

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    private static Map<String, Set<String>> loadClasses() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] f : WordLists.rows("/link/wikidata-classes.tsv")) {
            out.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[1]);
        }
        return out;
    }

}
