package org.newsgraph.link;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * EveryPolitician term CSVs (one row per legislator and term: name, sort_name, group, area, chamber,
 * term, start_date, end_date, wikidata, ...). Each row is a holding of its chamber with the party and
 * area; its dates are the row's own start/end dates, else the term's dates given as parameters
 * {@code term.<term>=<start>..<end>} (the files themselves do not carry them), else unknown. Rows
 * without a Wikidata id are skipped. "Sanders, Bernard" in sort_name gives the alias "Bernard Sanders".
 */
final class EveryPoliticianFormat implements GazetteerFormat {
    @Override public String name() {
        return "everypolitician";
    }

    @Override public List<GazetteerEntry> read(Path file, String source, Map<String, String> params) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (String col : List.of("name", "wikidata", "chamber", "term"))
                if (!p.getHeaderMap().containsKey(col))
                    throw new IllegalArgumentException(file + ": not an EveryPolitician term CSV (no '" + col + "' column)");
            for (CSVRecord row : p) {
                String qid = get(row, "wikidata");
                if (!qid.matches("Q[1-9][0-9]*")) continue;
                String name = get(row, "name");
                List<String> aliases = new ArrayList<>();
                String sort = get(row, "sort_name");
                int comma = sort.indexOf(',');
                if (comma > 0) {
                    String natural = sort.substring(comma + 1).trim() + " " + sort.substring(0, comma).trim();
                    if (!natural.equals(name)) aliases.add(natural);
                }
                String term = get(row, "term");
                LocalDate[] span = termSpan(params.get("term." + term));
                LocalDate start = orElse(GazetteerTsv.date(get(row, "start_date")), span[0]);
                LocalDate end = orElse(GazetteerTsv.date(get(row, "end_date")), span[1]);
                GazetteerEntry.Holding h = new GazetteerEntry.Holding(get(row, "chamber"), start, end,
                        get(row, "group"), get(row, "area"));
                out.add(new GazetteerEntry(qid, "person", name, aliases, List.of(h), source));
            }
        }
        return out;
    }

    static LocalDate[] termSpan(String s) {
        if (s == null || s.isBlank()) return new LocalDate[2];
        String[] f = s.split("\\.\\.", -1);
        if (f.length != 2) throw new IllegalArgumentException("term dates are START..END, not " + s);
        return new LocalDate[] {GazetteerTsv.date(f[0]), GazetteerTsv.date(f[1])};
    }

    private static LocalDate orElse(LocalDate a, LocalDate b) {
        return a != null ? a : b;
    }

    private static String get(CSVRecord row, String col) {
        return row.isMapped(col) && row.isSet(col) ? row.get(col).trim() : "";
    }
}
