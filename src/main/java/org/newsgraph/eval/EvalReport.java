package org.newsgraph.eval;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of scoring: per gold article and overall (micro-averaged: counts summed over
 * articles, then P/R/F1 computed once).
 *
 * @param articles         one report per gold article, in gold order
 * @param unscoredArticles system articles that have no gold annotation (not scored)
 */
public record EvalReport(List<ArticleReport> articles, List<String> unscoredArticles) {
    public EvalReport {
        articles = List.copyOf(articles);
        unscoredArticles = List.copyOf(unscoredArticles);
    }

    /** Micro-averaged counts over all gold articles. */
    public Map<Metric, Counts> overall() {
        Map<Metric, Counts> sum = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) sum.put(m, Counts.ZERO);
        for (ArticleReport a : articles) for (Metric m : Metric.values()) sum.merge(m, a.get(m), Counts::plus);
        return Collections.unmodifiableMap(sum);
    }

    public Counts overall(Metric m) { return overall().get(m); }

    /** A compact table; with {@code verbose}, per article the misses, wrong speakers and extras. */
    public String toText(boolean verbose) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-18s %5s %5s %5s %6s %6s %6s%n", "overall (micro)", "TP", "FP", "FN", "P", "R", "F1"));
        Map<Metric, Counts> all = overall();
        for (Metric m : Metric.values()) {
            Counts c = all.get(m);
            b.append(String.format(Locale.ROOT, "%-18s %5d %5d %5d %6s %6s %6s%n", m.key(), c.tp(), c.fp(), c.fn(),
                    num(c.precision()), num(c.recall()), num(c.f1())));
        }
        int width = "F1 per article".length();
        for (ArticleReport a : articles) width = Math.max(width, label(a).length());
        String col = "%-" + width + "s";
        b.append(System.lineSeparator()).append(String.format(Locale.ROOT, col, "F1 per article"));
        for (Metric m : Metric.values()) b.append(String.format(Locale.ROOT, " %17s", m.key()));
        b.append(System.lineSeparator());
        for (ArticleReport a : articles) {
            b.append(String.format(Locale.ROOT, col, label(a)));
            for (Metric m : Metric.values()) {
                Counts c = a.get(m);
                b.append(String.format(Locale.ROOT, " %6s %10s", num(c.f1()), "(" + c.tp() + "/" + c.fp() + "/" + c.fn() + ")"));
            }
            b.append(System.lineSeparator());
        }
        b.append("(counts are TP/FP/FN; '-' where undefined)").append(System.lineSeparator());
        if (!unscoredArticles.isEmpty())
            b.append("not in gold, not scored: ").append(String.join(", ", unscoredArticles)).append(System.lineSeparator());
        if (verbose) {
            for (ArticleReport a : articles) {
                if (a.misses().isEmpty() && a.wrongSpeakers().isEmpty() && a.extras().isEmpty()) continue;
                b.append(System.lineSeparator()).append("== ").append(a.article()).append(System.lineSeparator());
                for (ArticleReport.Item i : a.misses()) b.append("  MISS  ").append(item(i)).append(System.lineSeparator());
                for (ArticleReport.WrongSpeaker w : a.wrongSpeakers())
                    b.append("  WRONG ").append(w.kind()).append(" \"").append(w.systemText()).append("\" — system: ")
                            .append(w.systemSpeaker()).append(", gold: ").append(w.goldSpeaker()).append(System.lineSeparator());
                for (ArticleReport.Item i : a.extras()) b.append("  EXTRA ").append(item(i)).append(System.lineSeparator());
            }
        }
        return b.toString();
    }

    private static String label(ArticleReport a) { return a.article() + (a.inSystem() ? "" : " (absent)"); }

    private static String item(ArticleReport.Item i) {
        return i.kind() + " \"" + i.text() + "\"" + (i.speaker() == null ? "" : " — " + i.speaker());
    }

    private static String num(double d) { return Counts.num(d); }

    /** The same numbers and lists as JSON; undefined P/R/F1 are null. */
    public String toJson() {
        JsonObject root = new JsonObject();
        root.put("overall", metrics(overall()));
        JsonArray arts = new JsonArray();
        for (ArticleReport a : articles) {
            JsonObject o = new JsonObject();
            o.put("article", a.article());
            o.put("inSystem", a.inSystem());
            o.put("metrics", metrics(a.counts()));
            JsonArray misses = new JsonArray();
            for (ArticleReport.Item i : a.misses()) misses.add(jsonItem(i));
            JsonArray wrong = new JsonArray();
            for (ArticleReport.WrongSpeaker w : a.wrongSpeakers()) {
                JsonObject x = new JsonObject();
                x.put("kind", w.kind());
                x.put("systemText", str(w.systemText()));
                x.put("systemSpeaker", str(w.systemSpeaker()));
                x.put("goldText", str(w.goldText()));
                x.put("goldSpeaker", str(w.goldSpeaker()));
                wrong.add(x);
            }
            JsonArray extras = new JsonArray();
            for (ArticleReport.Item i : a.extras()) extras.add(jsonItem(i));
            o.put("misses", misses);
            o.put("wrongSpeakers", wrong);
            o.put("extras", extras);
            arts.add(o);
        }
        root.put("articles", arts);
        JsonArray unscored = new JsonArray();
        unscoredArticles.forEach(unscored::add);
        root.put("unscoredArticles", unscored);
        return JSON.toString(root).strip() + System.lineSeparator();
    }

    private static JsonObject jsonItem(ArticleReport.Item i) {
        JsonObject o = new JsonObject();
        o.put("kind", i.kind());
        o.put("text", str(i.text()));
        o.put("speaker", str(i.speaker()));
        return o;
    }

    private static JsonValue str(String s) { return s == null ? JsonNull.instance : new JsonString(s); }

    private static JsonObject metrics(Map<Metric, Counts> counts) {
        JsonObject o = new JsonObject();
        for (Metric m : Metric.values()) {
            Counts c = counts.getOrDefault(m, Counts.ZERO);
            o.put(m.key(), c.toJson());
        }
        return o;
    }

}
