package org.newsgraph.link;

import org.newsgraph.text.NameFolding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The default, offline linker: exact matches against a small gazetteer of verified Wikidata items
 * ({@code link/gazetteer.tsv}: qid, kind, label, aliases separated by '|').
 *
 * <p>Rules, precision first: a candidate's canonical name or an alternate name must equal an item's
 * label or alias after {@link NameFolding#surface folding}; the item must be of the candidate's kind (a place is
 * never linked to a person item); all of the candidate's matching names must point to one single item
 * (a name listed for two items of that kind links nothing). A one-word person name ("Trump") is used
 * only when it is the candidate's canonical name, and matches only because the gazetteer lists it.
 */
public final class GazetteerLinker implements Linker {
    private static final Logger LOG = LoggerFactory.getLogger(GazetteerLinker.class);
    public static final String RESOURCE = "/link/gazetteer.tsv";
    public static final String METHOD = "gazetteer";

    /** One gazetteer row. */
    public record Entry(String qid, String kind, String label, List<String> aliases) {
        public Entry {
            aliases = List.copyOf(aliases);
        }
    }

    private final List<Entry> entries;
    /** kind -> folded surface form -> items listing it. */
    private final Map<String, Map<String, Set<String>>> index = new HashMap<>();

    /** The bundled gazetteer. */
    public GazetteerLinker() {
        this(openResource());
    }

    /** A gazetteer read from TSV ('#' comment lines and a "qid" header line are skipped). */
    public GazetteerLinker(Reader tsv) {
        this.entries = List.copyOf(parse(tsv));
        for (Entry e : entries) {
            Map<String, Set<String>> forKind = index.computeIfAbsent(e.kind(), k -> new HashMap<>());
            List<String> forms = new ArrayList<>();
            forms.add(e.label());
            forms.addAll(e.aliases());
            for (String f : forms) {
                String key = NameFolding.surface(f, "person".equals(e.kind()));
                if (!key.isEmpty()) forKind.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e.qid());
            }
        }
        index.values().forEach(m -> m.forEach((k, qids) -> {
            if (qids.size() > 1) LOG.debug("gazetteer form '{}' is ambiguous between {}: never linked", k, qids);
        }));
    }

    public List<Entry> entries() {
        return entries;
    }

    @Override
    public List<EntityLink> link(List<LinkCandidate> candidates) {
        List<EntityLink> out = new ArrayList<>();
        for (LinkCandidate c : candidates) {
            String qid = match(c);
            if (qid != null) out.add(new EntityLink(c.entityId(), qid, 1.0, METHOD));
        }
        return out;
    }

    /** The one item the candidate's names agree on, or null. */
    String match(LinkCandidate c) {
        String kind = c.kindName();
        Map<String, Set<String>> forKind = index.get(kind);
        if (forKind == null || c.name() == null) return null;
        boolean person = "person".equals(kind);
        Set<String> found = new LinkedHashSet<>();
        String canonical = NameFolding.surface(c.name(), person);
        found.addAll(forKind.getOrDefault(canonical, Set.of()));
        for (String alt : c.alternateNames()) {
            String key = NameFolding.surface(alt, "person".equals(kind));
            // A bare surname among the alternates says nothing about which person this is
            // ("Trump" for Melania Trump): only a canonical bare surname counts.
            if (person && NameFolding.words(key) < 2) continue;
            found.addAll(forKind.getOrDefault(key, Set.of()));
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static Reader openResource() {
        InputStream in = GazetteerLinker.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    static List<Entry> parse(Reader tsv) {
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(tsv)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("qid\t")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 3) throw new IllegalArgumentException("bad gazetteer line: " + line);
                String kind = f[1].trim();
                if (!Set.of("person", "organization", "place", "event").contains(kind)) continue;
                List<String> aliases = f.length > 3 && !f[3].isBlank()
                        ? Arrays.stream(f[3].split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList()
                        : List.of();
                out.add(new Entry(f[0].trim(), kind, f[2].trim(), aliases));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
