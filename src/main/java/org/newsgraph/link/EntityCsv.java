package org.newsgraph.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The entity table for reconciliation in OpenRefine: RFC 4180 CSV (CRLF line ends, fields quoted
 * when they hold a comma, quote or line break, quotes doubled) with header
 * {@code name,type,wikidata_id,alternate_names,mention_count}; alternate names joined by '|'.
 */
public final class EntityCsv {
    private EntityCsv() {}

    public static final String HEADER = "name,type,wikidata_id,alternate_names,mention_count";

    /**
     * @param wikidataId "" when unlinked
     */
    public record EntityRow(String name, String type, String wikidataId, List<String> alternateNames, int mentionCount) {
        public EntityRow {
            wikidataId = wikidataId == null ? "" : wikidataId;
            alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
        }
    }

    public static void write(List<EntityRow> rows, Writer out) {
        try {
            out.write(HEADER);
            out.write("\r\n");
            for (EntityRow r : rows) {
                out.write(field(r.name()));
                out.write(',');
                out.write(field(r.type()));
                out.write(',');
                out.write(field(r.wikidataId()));
                out.write(',');
                out.write(field(String.join("|", r.alternateNames())));
                out.write(',');
                out.write(Integer.toString(r.mentionCount()));
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
}
