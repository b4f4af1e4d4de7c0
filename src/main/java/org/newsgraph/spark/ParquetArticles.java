package org.newsgraph.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.ingest.Origin;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parquet rows → articles: the text column is cleaned and read like a {@code .txt} file; the optional
 * metadata columns {@code id}, {@code headline}, {@code datePublished}, {@code author},
 * {@code publisher} and {@code url} override what the text states. Without an id column the id is
 * {@code parquet-<row number>} (row order of the input). Identity follows {@code build}'s rules: the
 * URL when the row gives one, else the id column, else the row number. A row without usable text is named with its
 * reason in the {@code skipped} accumulator, as {@code build} names a file it cannot read.
 */
final class ParquetArticles implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String textColumn;
    private final List<String> columns;
    private final long maxFileBytes;
    private final CollectionAccumulator<String> skipped;

    ParquetArticles(String textColumn, String[] columns, long maxFileBytes, CollectionAccumulator<String> skipped) {
        if (!Arrays.asList(columns).contains(textColumn))
            throw new IllegalArgumentException("Parquet input has no text column \"" + textColumn + "\" (columns: "
                    + String.join(", ", columns) + "; see --text-column)");
        this.textColumn = textColumn;
        this.columns = List.of(columns);
        this.maxFileBytes = maxFileBytes;
        this.skipped = skipped;
    }

    /** The article of one row (encoded for the next stage), or null (and named in {@code skipped}) without usable text. */
    byte[] article(Row row, long rowNumber) {
        String text = row.getAs(textColumn);
        if (text == null || text.isBlank()) return skip(rowNumber, "empty text");
        if (text.length() > maxFileBytes)
            return skip(rowNumber, "text of " + text.length() + " characters, over the " + maxFileBytes
                    + "-byte limit (raise with --max-file-size)");
        String id = string(row, "id");
        if (id == null) id = "parquet-" + rowNumber;
        Article a;
        try {
            a = new Ingestor(maxFileBytes).fromText(id, "parquet#" + rowNumber, text);
        } catch (IllegalArgumentException e) {
            return skip(rowNumber, e.getMessage().replaceFirst("^parquet#\\d+: ", ""));
        }
        List<String> notes = new ArrayList<>(a.dropped());
        LocalDate date = a.datePublished();
        String stated = string(row, "datePublished");
        if (stated != null) {
            try {
                date = LocalDate.parse(stated.substring(0, Math.min(10, stated.length())));
            } catch (DateTimeParseException e) {
                notes.add("datePublished \"" + stated + "\" (not a date; the text's date is used)");
            }
        }
        String url = or(string(row, "url"), a.url());
        // identity as build's: the URL when given, else the id column, else the row
        String normalUrl = Origin.normalizeUrl(url);
        String key = normalUrl != null ? normalUrl : string(row, "id") != null ? "id:" + id : a.origin().key();
        a = new Article(a.id(), a.source(), a.text(), or(string(row, "headline"), a.headline()), date,
                or(string(row, "author"), a.author()), or(string(row, "publisher"), a.publisher()),
                url, a.contentHash(), notes, new Origin(key, normalUrl, List.of(id)));
        return FactsCodec.article(a);
    }

    private byte[] skip(long rowNumber, String reason) {
        skipped.add("parquet row " + rowNumber + ": " + reason);
        return null;
    }

    private String string(Row row, String column) {
        if (!columns.contains(column)) return null;
        Object v = row.getAs(column);
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }

    private static String or(String a, String b) { return a != null ? a : b; }
}
