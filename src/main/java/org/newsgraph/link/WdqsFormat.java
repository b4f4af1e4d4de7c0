package org.newsgraph.link;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CSV the Wikidata Query Service downloads for the queries in {@code queries/wikidata/}: columns
 * {@code item} (entity IRI or id), {@code label} (or {@code itemLabel}), {@code aliases} ('|'-joined),
 * {@code type} (person, organization, place; or parameter {@code kind}) and, where the query has them,
 * {@code positionLabel}, {@code start}, {@code end}, {@code partyLabel}, {@code areaLabel}.
 * One row per item and position; rows of one item merge.
 */
final class WdqsFormat implements GazetteerFormat {
    @Override public String name() {
        return "wdqs";
    }

    @Override public List<GazetteerEntry> read(Path file, String source, Map<String, String> params) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            if (!p.getHeaderMap().containsKey("item"))
                throw new IllegalArgumentException(file + ": not a Wikidata Query Service CSV with an 'item' column");
            for (CSVRecord row : p) {
                String qid = get(row, "item").replaceFirst("^.*/", "");
                if (!qid.matches("Q[1-9][0-9]*")) continue;
                String kind = get(row, "type").isEmpty() ? params.getOrDefault("kind", "") : get(row, "type");
                if (!GazetteerTsv.KINDS.contains(kind))
                    throw new IllegalArgumentException(file + ": row of " + qid + " has type '" + kind
                            + "' (person, organization, place or event; or give kind=...)");
                String label = first(row, "label", "itemLabel");
                if (label.isEmpty() || label.equals(qid)) continue; // no English label: nothing to match
                List<String> aliases = GazetteerTsv.split(get(row, "aliases"));
                String position = first(row, "positionLabel", "position");
                if (position.startsWith("http")) position = "";
                List<GazetteerEntry.Holding> holdings = new ArrayList<>();
                GazetteerEntry.Holding h = new GazetteerEntry.Holding(position, GazetteerTsv.date(get(row, "start")),
                        GazetteerTsv.date(get(row, "end")), label(row, "partyLabel"), label(row, "areaLabel"));
                if (!(h.position() + h.party() + h.area()).isEmpty() || h.start() != null || h.end() != null) holdings.add(h);
                out.add(new GazetteerEntry(qid, kind, label, aliases, holdings, source));
            }
        }
        return out;
    }


    private static String label(CSVRecord row, String col) {
        String v = get(row, col);
        return v.startsWith("http") ? "" : v;
    }

    private static String first(CSVRecord row, String... cols) {
        for (String c : cols) if (!get(row, c).isEmpty()) return get(row, c);
        return "";
    }

    private static String get(CSVRecord row, String col) {
        return row.isMapped(col) && row.isSet(col) ? row.get(col).trim() : "";
    }
}
