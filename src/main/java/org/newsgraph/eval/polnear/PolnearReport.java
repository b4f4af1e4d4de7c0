package org.newsgraph.eval.polnear;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newsgraph.eval.Counts;
import org.newsgraph.eval.polnear.PolnearScorer.Scope;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** PolNeAR scores per article and overall (micro average: counts summed, then P/R/F1). */
public record PolnearReport(List<Article> articles) {
    public PolnearReport {
        articles = List.copyOf(articles);
    }

    /** One article's counts per scope and metric, and the --verbose lines of its speech scope. */
    public record Article(String id, Map<Scope, Map<PolnearMetric, Counts>> counts, List<String> notes) {
        public Article {
            Map<Scope, Map<PolnearMetric, Counts>> c = new EnumMap<>(Scope.class);
            counts.forEach((k, v) -> c.put(k, Map.copyOf(v)));
            counts = Map.copyOf(c);
            notes = List.copyOf(notes);
        }

        public Counts get(Scope s, PolnearMetric m) { return counts.getOrDefault(s, Map.of()).getOrDefault(m, Counts.ZERO); }
    }

    public Counts overall(Scope s, PolnearMetric m) {
        Counts sum = Counts.ZERO;
        for (Article a : articles) sum = sum.plus(a.get(s, m));
        return sum;
    }

    public String toText(boolean verbose) {
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        int speech = overall(Scope.SPEECH, PolnearMetric.CONTENT).tp() + overall(Scope.SPEECH, PolnearMetric.CONTENT).fn();
        int all = overall(Scope.ALL, PolnearMetric.CONTENT).tp() + overall(Scope.ALL, PolnearMetric.CONTENT).fn();
        b.append(String.format(Locale.ROOT, "PolNeAR: %d articles, %d speech-cue attributions, %d attributions%n",
                articles.size(), speech, all));
        for (Scope s : Scope.values()) {
            b.append(nl).append(String.format(Locale.ROOT, "%-26s %5s %5s %5s %6s %6s %6s%n",
                    s == Scope.SPEECH ? "speech cues (micro)" : "all attributions (micro)", "TP", "FP", "FN", "P", "R", "F1"));
            for (PolnearMetric m : PolnearMetric.values()) {
                Counts c = overall(s, m);
                b.append(String.format(Locale.ROOT, "%-26s %5d %5d %5d %6s %6s %6s%n", m.key(), c.tp(), c.fp(), c.fn(),
                        num(c.precision()), num(c.recall()), num(c.f1())));
            }
        }
        if (verbose) {
            b.append(nl).append("per article, speech cues: content F1 (TP/FP/FN), named-source F1 (TP/FP/FN)").append(nl);
            for (Article a : articles) {
                Counts c = a.get(Scope.SPEECH, PolnearMetric.CONTENT), n = a.get(Scope.SPEECH, PolnearMetric.NAMED_SOURCE);
                b.append(String.format(Locale.ROOT, "== %s  content %s (%d/%d/%d)  named-source %s (%d/%d/%d)%n", a.id(),
                        num(c.f1()), c.tp(), c.fp(), c.fn(), num(n.f1()), n.tp(), n.fp(), n.fn()));
                for (String note : a.notes()) b.append("  ").append(note).append(nl);
            }
        }
        return b.toString();
    }

    public String toJson() {
        JsonObject root = new JsonObject();
        root.put("overall", scopes(this::overall));
        JsonArray arts = new JsonArray();
        for (Article a : articles) {
            JsonObject o = new JsonObject();
            o.put("article", a.id());
            o.put("metrics", scopes(a::get));
            JsonArray notes = new JsonArray();
            a.notes().forEach(notes::add);
            o.put("notes", notes);
            arts.add(o);
        }
        root.put("articles", arts);
        return JSON.toString(root).strip() + System.lineSeparator();
    }

    private interface Lookup { Counts get(Scope s, PolnearMetric m); }

    private static JsonObject scopes(Lookup counts) {
        JsonObject root = new JsonObject();
        for (Scope s : Scope.values()) {
            JsonObject o = new JsonObject();
            for (PolnearMetric m : PolnearMetric.values()) {
                Counts c = counts.get(s, m);
                o.put(m.key(), c.toJson());
            }
            root.put(s.name().toLowerCase(Locale.ROOT), o);
        }
        return root;
    }

    private static String num(double d) { return Counts.num(d); }

}
