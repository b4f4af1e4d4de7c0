package org.newsgraph.link;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entity table for review and for reconciliation in OpenRefine: RFC 4180 CSV (CRLF line ends,
 * fields quoted when they hold a comma, quote or line break, quotes doubled) with header
 * {@value #HEADER}; alternate names joined by '|', candidates as {@code Q…=score} joined by '|'.
 * The {@code review} column is left empty for the researcher: {@code accept}, {@code reject}, or the
 * right item's id ({@code Q…}) to correct the link; {@link #readReviews} reads it back.
 */
public final class EntityCsv {
    private EntityCsv() {}

    public static final String HEADER = "name,type,wikidata_id,alternate_names,mention_count,"
            + "entity,confidence,method,evidence,candidates,review";

    /**
     * @param wikidataId "" when unlinked
     * @param entity     the entity's IRI
     * @param confidence "" when unlinked
     */
    public record EntityRow(String name, String type, String wikidataId, List<String> alternateNames, int mentionCount,
                            String entity, String confidence, String method, String evidence,
                            List<EntityLink.Scored> candidates) {
        public EntityRow {
            wikidataId = wikidataId == null ? "" : wikidataId;
            alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
        }

        public EntityRow(String name, String type, String wikidataId, List<String> alternateNames, int mentionCount) {
            this(name, type, wikidataId, alternateNames, mentionCount, "", "", "", "", List.of());
        }
    }

    public static void write(List<EntityRow> rows, Writer out) {
        try {
            out.write(HEADER);
            out.write("\r\n");
            for (EntityRow r : rows) {
                List<String> cands = new ArrayList<>();
                for (EntityLink.Scored c : r.candidates()) cands.add(c.qid() + "=" + c.score());
                String[] f = {r.name(), r.type(), r.wikidataId(), String.join("|", r.alternateNames()),
                        Integer.toString(r.mentionCount()), r.entity(), r.confidence(), r.method(), r.evidence(),
                        String.join("|", cands), ""};
                for (int i = 0; i < f.length; i++) {
                    if (i > 0) out.write(',');
                    out.write(field(f[i]));
                }
                out.write("\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * The decisions of a reviewed table: rows whose {@code review} is accept (the row's wikidata_id),
     * reject (the row's wikidata_id, or each candidate when unlinked is not meaningful: needs an id) or
     * a Wikidata id (a correction). Entities are given as IRIs; {@code base} is stripped to get our ids.
     */
    public static List<ReviewedLinks.Review> readReviews(Reader csv, String base) {
        List<ReviewedLinks.Review> out = new ArrayList<>();
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(csv)) {
            for (String col : List.of("entity", "wikidata_id", "review"))
                if (!p.getHeaderMap().containsKey(col))
                    throw new IllegalArgumentException("reviewed table lacks the '" + col + "' column (export it with --entities)");
            for (CSVRecord row : p) {
                String review = row.isSet("review") ? row.get("review").trim() : "";
                if (review.isEmpty()) continue;
                String iri = row.get("entity");
                if (!iri.startsWith(base))
                    throw new IllegalArgumentException("line " + row.getRecordNumber() + ": entity " + iri + " is not under " + base);
                String id = iri.substring(base.length());
                String linked = row.get("wikidata_id").trim();
                String note = "from " + (linked.isEmpty() ? "no link" : linked);
                String r = review.toUpperCase(Locale.ROOT);
                if (r.matches("Q[1-9][0-9]*")) {
                    out.add(new ReviewedLinks.Review(id, r.equals(linked) ? ReviewedLinks.Decision.ACCEPT
                            : ReviewedLinks.Decision.CORRECT, r, note));
                } else if (r.equals("ACCEPT") || r.equals("REJECT")) {
                    if (linked.isEmpty())
                        throw new IllegalArgumentException("line " + row.getRecordNumber() + ": '" + review
                                + "' of an unlinked entity: give the right item's id instead");
                    out.add(new ReviewedLinks.Review(id, ReviewedLinks.Decision.valueOf(r), linked, note));
                } else {
                    throw new IllegalArgumentException("line " + row.getRecordNumber() + ": review must be accept, reject or a Q-id, not '" + review + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
