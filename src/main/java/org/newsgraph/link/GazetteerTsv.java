package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one normalised gazetteer format every importer writes and the linker reads: tab-separated,
 * '#' comment lines, header {@value #HEADER}. One row per item and position held; rows of the same
 * item merge (aliases joined, holdings added). The first four columns are the hand-verified list's
 * format, so a verified list is already a normalised gazetteer. Dates are ISO days, empty when unknown.
 */
public final class GazetteerTsv {
    private GazetteerTsv() {}

    public static final String HEADER = "qid\tkind\tlabel\taliases\tposition\tstart\tend\tparty\tarea";
    static final Set<String> KINDS = Set.of("person", "organization", "place", "event");

    /** Entries in first-seen order; rows of unknown kinds are skipped. */
    public static List<GazetteerEntry> read(Reader tsv, String source) {
        Map<String, Builder> items = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(tsv)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("qid\t")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 3) throw new IllegalArgumentException(source + " line " + n + ": fewer than 3 columns");
                String kind = f[1].trim();
                if (!KINDS.contains(kind)) continue;
                String qid = f[0].trim();
                if (!qid.matches("Q[1-9][0-9]*"))
                    throw new IllegalArgumentException(source + " line " + n + ": not a Wikidata item id: " + qid);
                Builder b = items.computeIfAbsent(qid + "\t" + kind, k -> new Builder(qid, kind, f[2].trim()));
                if (f.length > 3) for (String a : f[3].split("\\|")) if (!a.isBlank()) b.aliases.add(a.trim());
                String position = col(f, 4), party = col(f, 7), area = col(f, 8);
                LocalDate start = date(col(f, 5)), end = date(col(f, 6));
                if (!(position + party + area).isEmpty() || start != null || end != null)
                    b.holdings.add(new GazetteerEntry.Holding(position, start, end, party, area));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<GazetteerEntry> out = new ArrayList<>();
        for (Builder b : items.values()) {
            b.aliases.remove(b.label);
            out.add(new GazetteerEntry(b.qid, b.kind, b.label, new ArrayList<>(b.aliases),
                    List.copyOf(new LinkedHashSet<>(b.holdings)), source));
        }
        return out;
    }

    /** Writes entries in the normalised format: one row per holding (one row when none). */
    public static void write(List<GazetteerEntry> entries, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (GazetteerEntry e : entries) {
            String head = clean(e.qid()) + '\t' + clean(e.kind()) + '\t' + clean(e.label()) + '\t'
                    + String.join("|", e.aliases().stream().map(GazetteerTsv::clean).toList());
            if (e.holdings().isEmpty()) {
                out.write(head + "\t\t\t\t\t\n");
                continue;
            }
            for (GazetteerEntry.Holding h : e.holdings())
                out.write(head + '\t' + clean(h.position()) + '\t' + (h.start() == null ? "" : h.start()) + '\t'
                        + (h.end() == null ? "" : h.end()) + '\t' + clean(h.party()) + '\t' + clean(h.area()) + '\n');
        }
    }

    private static String col(String[] f, int i) {
        return f.length > i ? f[i].trim() : "";
    }

    /** An ISO day; a Wikidata timestamp ("2015-01-03T00:00:00Z") keeps its day; a bare year is its first day. */
    static LocalDate date(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.trim();
        if (t.length() >= 10 && t.charAt(4) == '-') return LocalDate.parse(t.substring(0, 10));
        if (t.matches("\\d{4}")) return LocalDate.of(Integer.parseInt(t), 1, 1);
        if (t.matches("\\d{4}-\\d{2}")) return LocalDate.parse(t + "-01");
        throw new IllegalArgumentException("not a date: " + s);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n|]+", " ").trim();
    }

    private static final class Builder {
        final String qid, kind, label;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<GazetteerEntry.Holding> holdings = new ArrayList<>();

        Builder(String qid, String kind, String label) {
            this.qid = qid;
            this.kind = kind;
            this.label = label;
        }
    }

    static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split("\\|")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
