package org.newsgraph.extract.events;

import org.newsgraph.text.WordLists;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.extract.EventLink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The event catalogue (classpath /ontology/event-types.ttl) plus the word lists the event extractor
 * uses (classpath /extract/events/*). Jena is used only to read the Turtle; callers get plain records.
 */
public final class EventCatalogue {
    public static final String NG = "https://w3id.org/newsgraph/ontology#";
    public static final String RESOURCE = "/ontology/event-types.ttl";
    private static volatile EventCatalogue bundled;

    private final List<EventType> types;
    private final Set<String> anaphors;
    private final List<LinkCue> cues;
    private final Set<String> modals;
    private final Set<String> supportVerbs;
    private final Set<String> placeNouns;
    private final java.util.Map<String, Set<String>> unrealised;

    public EventCatalogue(List<EventType> types, Set<String> anaphors, List<LinkCue> cues, Set<String> modals,
                          Set<String> supportVerbs, Set<String> placeNouns) {
        this(types, anaphors, cues, modals, supportVerbs, placeNouns, java.util.Map.of());
    }

    /**
     * @param unrealised word lists by kind (ADJ, VERB, AUX, NEG) marking events that did not happen (yet)
     */
    public EventCatalogue(List<EventType> types, Set<String> anaphors, List<LinkCue> cues, Set<String> modals,
                          Set<String> supportVerbs, Set<String> placeNouns, java.util.Map<String, Set<String>> unrealised) {
        this.types = List.copyOf(types);
        this.anaphors = Set.copyOf(anaphors);
        // longest cue first, so "comes after" wins over "after"
        List<LinkCue> sorted = new ArrayList<>(cues);
        sorted.sort(Comparator.comparingInt((LinkCue c) -> -c.words().size()));
        this.cues = List.copyOf(sorted);
        this.modals = Set.copyOf(modals);
        this.supportVerbs = Set.copyOf(supportVerbs);
        this.placeNouns = Set.copyOf(placeNouns);
        java.util.Map<String, Set<String>> u = new java.util.HashMap<>();
        unrealised.forEach((k, v) -> u.put(k, Set.copyOf(v)));
        this.unrealised = java.util.Map.copyOf(u);
    }

    /** The bundled catalogue and word lists (loaded once). */
    public static EventCatalogue load() {
        EventCatalogue c = bundled;
        if (c == null) {
            synchronized (EventCatalogue.class) {
                c = bundled;
                if (c == null) {
                    try (InputStream in = open(RESOURCE)) {
                        bundled = c = new EventCatalogue(parseTypes(in), parseAnaphors(RESOURCE),
                                parseCues(WordLists.lines("/extract/events/link-cues.tsv")),
                                new LinkedHashSet<>(WordLists.lines("/extract/events/modal-words.txt")),
                                new LinkedHashSet<>(WordLists.lines("/extract/events/support-verbs.txt")),
                                new LinkedHashSet<>(WordLists.lines("/extract/events/place-nouns.txt")),
                                parseKinds(WordLists.lines("/extract/events/unrealised-cues.tsv")));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return c;
    }

    public List<EventType> types() { return types; }

    public EventType type(String name) {
        for (EventType t : types) if (t.name().equals(name)) return t;
        return null;
    }

    public Set<String> anaphors() { return anaphors; }
    public List<LinkCue> cues() { return cues; }
    public Set<String> modals() { return modals; }
    public Set<String> supportVerbs() { return supportVerbs; }
    public Set<String> placeNouns() { return placeNouns; }

    /** Words of one kind (ADJ, VERB, AUX, NEG) marking an event as planned, possible or denied. */
    public Set<String> unrealised(String kind) { return unrealised.getOrDefault(kind, Set.of()); }

    static java.util.Map<String, Set<String>> parseKinds(List<String> lines) {
        java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2) throw new IllegalArgumentException("bad line: " + line);
            out.computeIfAbsent(f[0].trim(), k -> new LinkedHashSet<>()).add(f[1].trim().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Every trigger (strong or weak) of any type. */
    public Set<String> allTriggers() {
        Set<String> all = new TreeSet<>();
        for (EventType t : types) { all.addAll(t.triggers()); all.addAll(t.weakTriggers()); all.addAll(t.nominalTriggers()); }
        return all;
    }

    /** Reads the event types (direct and indirect subclasses of ng:Event) from Turtle. */
    public static List<EventType> parseTypes(InputStream turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(turtle).lang(Lang.TURTLE).parse(m);
        Resource event = m.createResource(NG + "Event");
        List<EventType> out = new ArrayList<>();
        for (Resource r : m.listSubjectsWithProperty(RDFS.subClassOf).toList()) {
            if (!r.isURIResource() || !r.getURI().startsWith(NG) || r.equals(event)) continue;
            if (!isSubclassOf(r, event, new LinkedHashSet<>())) continue;
            String name = r.getLocalName();
            out.add(new EventType(name, str(r, RDFS.label, name), str(r, RDFS.comment, ""),
                    strings(m, r, "triggerLemma"), strings(m, r, "weakTriggerLemma"),
                    strings(m, r, "nominalTriggerLemma"),
                    new LinkedHashSet<>(strings(m, r, "requiresArgumentLemma")),
                    new LinkedHashSet<>(strings(m, r, "excludesArgumentLemma")),
                    bool(m, r, "reciprocal"), bool(m, r, "weakTriggerRequiresPerson"), integer(m, r, "priority"),
                    templates(m, r)));
        }
        out.sort(Comparator.comparing(EventType::name));
        return out;
    }

    private static Set<String> parseAnaphors(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return new LinkedHashSet<>(strings(m, m.createResource(NG + "Event"), "anaphorLemma"));
        }
    }

    static List<LinkCue> parseCues(List<String> lines) {
        List<LinkCue> cues = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 3) throw new IllegalArgumentException("bad cue line: " + line);
            String cue = f[2].trim().toLowerCase(Locale.ROOT);
            cues.add(new LinkCue(cue, Arrays.asList(cue.split("\\s+")), EventLink.Kind.valueOf(f[0].trim()),
                    f[1].trim().equals("FORWARD")));
        }
        return cues;
    }

    private static boolean isSubclassOf(Resource r, Resource target, Set<Resource> seen) {
        if (!seen.add(r)) return false;
        StmtIterator it = r.listProperties(RDFS.subClassOf);
        while (it.hasNext()) {
            RDFNode o = it.next().getObject();
            if (o.equals(target)) return true;
            if (o.isResource() && isSubclassOf(o.asResource(), target, seen)) return true;
        }
        return false;
    }

    private static String str(Resource r, Property p, String dflt) {
        Statement s = r.getProperty(p);
        return s == null ? dflt : s.getString();
    }

    private static List<String> strings(Model m, Resource r, String local) {
        List<String> out = new ArrayList<>();
        for (Statement s : r.listProperties(m.createProperty(NG + local)).toList())
            out.add(s.getString().toLowerCase(Locale.ROOT).trim());
        out.sort(null);
        return out;
    }

    private static boolean bool(Model m, Resource r, String local) {
        Statement s = r.getProperty(m.createProperty(NG + local));
        return s != null && s.getObject().isLiteral() && s.getBoolean();
    }

    private static int integer(Model m, Resource r, String local) {
        Statement s = r.getProperty(m.createProperty(NG + local));
        return s == null ? 0 : ((Literal) s.getObject()).getInt();
    }

    private static List<String> templates(Model m, Resource r) {
        Statement s = r.getProperty(m.createProperty(NG + "nameTemplate"));
        List<String> out = new ArrayList<>();
        if (s != null) for (String alt : s.getString().split("\\|")) out.add(alt.trim());
        return out;
    }

    private static InputStream open(String resource) {
        InputStream in = EventCatalogue.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        return in;
    }

}
