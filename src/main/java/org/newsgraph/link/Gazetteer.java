package org.newsgraph.link;

import org.newsgraph.text.NameFolding;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The items the offline linker may link to, indexed by the names an article may use for them: every
 * label and alias (folded), each person's given name and surname (and the formal names behind a
 * nickname), and each person's surname alone. Entries of the same item from several gazetteers merge.
 */
public final class Gazetteer {
    /** The bundled, hand-verified list (imported into every database by default). */
    public static final String BUNDLED = "/link/gazetteer.tsv";
    public static final String BUNDLED_NAME = "verified";

    /** How a candidate's name met an item. */
    enum NameKind { FULL, ALTERNATE, GIVEN_SURNAME, NICKNAME, SURNAME }

    /** One way an item was found for a candidate. */
    record Hit(GazetteerEntry entry, NameKind how, String form) {}

    private final List<GazetteerEntry> entries;
    private final Nicknames nicknames;
    /** kind -> folded label or alias -> entries. */
    private final Map<String, Map<String, List<GazetteerEntry>>> forms = new HashMap<>();
    /** person "given surname" key (nickname forms included) -> entries with the literal given name. */
    private final Map<String, List<Given>> givenSurname = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> surnames = new HashMap<>();

    private record Given(GazetteerEntry entry, String given) {}

    public Gazetteer(List<GazetteerEntry> entries, Nicknames nicknames) {
        this.entries = merge(entries);
        this.nicknames = nicknames;
        for (GazetteerEntry e : this.entries) {
            List<String> names = new ArrayList<>();
            names.add(e.label());
            names.addAll(e.aliases());
            Map<String, List<GazetteerEntry>> byForm = forms.computeIfAbsent(e.kind(), k -> new HashMap<>());
            Set<String> keys = new LinkedHashSet<>(), shortKeys = new LinkedHashSet<>(), surnameKeys = new LinkedHashSet<>();
            for (String n : names) {
                String f = NameFolding.surface(n, "person".equals(e.kind()));
                if (!f.isEmpty() && keys.add(f)) byForm.computeIfAbsent(f, k -> new ArrayList<>(1)).add(e);
                if (!"person".equals(e.kind())) continue;
                String[] gs = PersonNames.givenAndSurname(n);
                if (gs == null) continue;
                for (String given : nicknames.forms(gs[0])) {
                    String key = PersonNames.key(given, gs[1]);
                    if (shortKeys.add(key + "\u0000" + gs[0]))
                        givenSurname.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Given(e, gs[0]));
                }
                String sk = PersonNames.surnameKey(gs[1]);
                if (surnameKeys.add(sk)) surnames.computeIfAbsent(sk, k -> new ArrayList<>(1)).add(e);
            }
        }
    }

    /** The bundled verified list. */
    public static List<GazetteerEntry> bundled() {
        InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED);
        if (in == null) throw new IllegalStateException("missing resource " + BUNDLED);
        return GazetteerTsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED_NAME);
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    /**
     * Items a candidate's names may denote, each with the strongest way it was found. One-word person
     * names count only as the candidate's canonical name (a bare surname among alternates says nothing).
     */
    Map<String, Hit> lookup(LinkCandidate c) {
        String kind = c.kindName();
        Map<String, Hit> out = new LinkedHashMap<>();
        if (c.name() == null || c.name().isBlank()) return out;
        boolean person = "person".equals(kind);
        Map<String, List<GazetteerEntry>> byForm = forms.getOrDefault(kind, Map.of());
        String canonical = NameFolding.surface(c.name(), "person".equals(kind));
        for (GazetteerEntry e : byForm.getOrDefault(canonical, List.of())) put(out, new Hit(e, NameKind.FULL, c.name()));
        for (String alt : c.alternateNames()) {
            String key = NameFolding.surface(alt, "person".equals(kind));
            if (person && NameFolding.words(key) < 2) continue;
            for (GazetteerEntry e : byForm.getOrDefault(key, List.of())) put(out, new Hit(e, NameKind.ALTERNATE, alt));
        }
        if (!person) return out;
        List<String> names = new ArrayList<>();
        names.add(c.name());
        names.addAll(c.alternateNames());
        for (String n : names) {
            String[] gs = PersonNames.givenAndSurname(n);
            if (gs == null) continue;
            for (String given : nicknames.forms(gs[0]))
                for (Given g : givenSurname.getOrDefault(PersonNames.key(given, gs[1]), List.of())) {
                    boolean literal = g.given().equals(gs[0]);
                    put(out, new Hit(g.entry(), literal ? NameKind.GIVEN_SURNAME : NameKind.NICKNAME, n));
                }
        }
        if (NameFolding.words(canonical) == 1)
            for (GazetteerEntry e : surnames.getOrDefault(PersonNames.surnameKey(canonical), List.of()))
                put(out, new Hit(e, NameKind.SURNAME, c.name()));
        return out;
    }

    private static void put(Map<String, Hit> out, Hit h) {
        Hit prev = out.get(h.entry().qid());
        if (prev == null || h.how().ordinal() < prev.how().ordinal()) out.put(h.entry().qid(), h);
    }

    /** Rows of the same item and kind become one entry (aliases and holdings joined, first label kept). */
    private static List<GazetteerEntry> merge(List<GazetteerEntry> in) {
        Map<String, List<GazetteerEntry>> byItem = new LinkedHashMap<>();
        for (GazetteerEntry e : in) byItem.computeIfAbsent(e.qid() + "\t" + e.kind(), k -> new ArrayList<>()).add(e);
        List<GazetteerEntry> out = new ArrayList<>(byItem.size());
        for (List<GazetteerEntry> same : byItem.values()) {
            if (same.size() == 1) {
                out.add(same.get(0));
                continue;
            }
            GazetteerEntry first = same.get(0);
            Set<String> aliases = new LinkedHashSet<>();
            Set<GazetteerEntry.Holding> holdings = new LinkedHashSet<>();
            Set<String> sources = new LinkedHashSet<>();
            for (GazetteerEntry e : same) {
                if (!e.label().equals(first.label())) aliases.add(e.label());
                aliases.addAll(e.aliases());
                holdings.addAll(e.holdings());
                sources.add(e.source());
            }
            aliases.remove(first.label());
            out.add(new GazetteerEntry(first.qid(), first.kind(), first.label(), new ArrayList<>(aliases),
                    new ArrayList<>(holdings), String.join("+", sources)));
        }
        return out;
    }
}
