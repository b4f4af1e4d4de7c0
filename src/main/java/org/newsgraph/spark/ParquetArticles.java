package org.newsgraph.spark;

import org.apache.spark.sql.Row;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Ingestor;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Parquet rows → articles: the text column is cleaned and read like a {@code .txt} file; the optional
 * metadata columns {@code id}, {@code headline}, {@code datePublished}, {@code author},
 * {@code publisher} and {@code url} override what the text states. Without an id column the id is
 * {@code parquet-<row number>} (row order of the input).
 */
final class ParquetArticles implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String textColumn;
    private final List<String> columns;
    private final long maxFileBytes;

    ParquetArticles(String textColumn, String[] columns, long maxFileBytes) {
        if (!Arrays.asList(columns).contains(textColumn))
            throw new IllegalArgumentException("Parquet input has no text column \"" + textColumn + "\" (columns: "
                    + String.join(", ", columns) + "; see --text-column)");
        this.textColumn = textColumn;
        this.columns = List.of(columns);
        this.maxFileBytes = maxFileBytes;
    }

    /** The article of one row (encoded for the next stage), or null when its text is empty after cleaning. */
    byte[] article(Row row, long rowNumber) {
        String text = row.getAs(textColumn);
        if (text == null || text.isBlank() || text.length() > maxFileBytes) return null;
        String id = string(row, "id");
        if (id == null) id = "parquet-" + rowNumber;
        Article a;
        try {
            a = new Ingestor(maxFileBytes).fromText(id, "parquet#" + rowNumber, text);
        } catch (IllegalArgumentException e) {
            System.err.println("  skipped parquet row " + rowNumber + ": " + e.getMessage());
            return null;
        }
        String date = string(row, "datePublished");
        a = new Article(a.id(), a.source(), a.text(), or(string(row, "headline"), a.headline()),
                date != null ? LocalDate.parse(date.substring(0, Math.min(10, date.length()))) : a.datePublished(),
                or(string(row, "author"), a.author()), or(string(row, "publisher"), a.publisher()),
                or(string(row, "url"), a.url()), a.contentHash(), a.dropped());
        return FactsCodec.article(a);
    }

    private String string(Row row, String column) {
        if (!columns.contains(column)) return null;
        Object v = row.getAs(column);
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }

    private static String or(String a, String b) { return a != null ? a : b; }
}
