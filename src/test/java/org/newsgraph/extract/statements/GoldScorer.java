package org.newsgraph.extract.statements;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.Speaker;
import org.newsgraph.extract.Statement;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Test-only scorer following the gold format of src/test/resources/gold/seeds.gold.json (the real eval command is built elsewhere):
 * quotes match at token F1 >= 0.8, reported statements when the speaker agrees and the gold content
 * lies in the statement text or evidence (overlap >= 0.6); optional gold items count neither way.
 */
final class GoldScorer {
    /** true/false positives and false negatives of one measure. */
    static final class Counts {
        int tp, fp, fn;
        final List<String> misses = new ArrayList<>();

        void add(Counts o) { tp += o.tp; fp += o.fp; fn += o.fn; }

        double p() { return tp + fp == 0 ? 1 : (double) tp / (tp + fp); }

        double r() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }

        double f1() { return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r()); }

        @Override public String toString() {
            return String.format(Locale.ROOT, "P=%.2f R=%.2f F1=%.2f (tp=%d fp=%d fn=%d)", p(), r(), f1(), tp, fp, fn);
        }
    }

    record Result(Counts quoteSpans, Counts quoteSpeaker, Counts reported) {}

    private GoldScorer() {}

    static Map<String, JsonObject> load(Path gold) {
        Map<String, JsonObject> out = new HashMap<>();
        JsonValue v = JSON.readAny(gold.toString());
        for (JsonValue a : v.getAsArray()) out.put(a.getAsObject().getString("article"), a.getAsObject());
        return out;
    }

    static Result score(List<Statement> statements, List<Agent> agents, String text, JsonObject gold) {
        // the same words by the same speaker repeated (a duplicated paragraph) is one statement
        Set<String> seen = new HashSet<>();
        List<Statement> quotes = new ArrayList<>(), reported = new ArrayList<>();
        for (Statement s : statements) {
            if (!seen.add(s.kind() + "|" + fold(s.text()) + "|" + speakerName(s.speaker(), agents))) continue;
            (s.kind() == Statement.Kind.REPORTED_SPEECH ? reported : quotes).add(s);
        }
        Counts spans = new Counts(), pairs = new Counts(), rep = new Counts();
        JsonArray gq = gold.get("quotes").getAsArray();
        match(gq, quotes, spans, (g, s) -> tokenF1(g.getString("text"), s.text()) >= 0.8, agents, text);
        match(gq, quotes, pairs, (g, s) -> tokenF1(g.getString("text"), s.text()) >= 0.8
                && sameSpeaker(g.getString("speaker"), s.speaker(), agents), agents, text);
        match(gold.get("reported").getAsArray(), reported, rep, (g, s) -> sameSpeaker(g.getString("speaker"), s.speaker(), agents)
                && Math.max(overlap(g.getString("content"), s.text()), overlap(g.getString("content"), s.evidence().of(text))) >= 0.6,
                agents, text);
        return new Result(spans, pairs, rep);
    }

    interface Matcher { boolean test(JsonObject gold, Statement s); }

    private static void match(JsonArray gold, List<Statement> sys, Counts c, Matcher m, List<Agent> agents, String text) {
        boolean[] used = new boolean[sys.size()];
        for (JsonValue gv : gold) {
            JsonObject g = gv.getAsObject();
            boolean optional = g.get("optional").getAsBoolean().value();
            int hit = -1;
            for (int i = 0; i < sys.size() && hit < 0; i++) if (!used[i] && m.test(g, sys.get(i))) hit = i;
            if (hit >= 0) {
                used[hit] = true;
                if (!optional) c.tp++;
            } else if (!optional) {
                c.fn++;
                c.misses.add("MISS " + g.getString("speaker") + " | " + (g.hasKey("text") ? g.getString("text") : g.getString("content")));
            }
        }
        for (int i = 0; i < sys.size(); i++) {
            if (used[i]) continue;
            // an extra that only matches an optional item (already used by another) is not held against us
            c.fp++;
            Statement s = sys.get(i);
            c.misses.add("EXTRA " + s.kind() + " " + speakerName(s.speaker(), agents) + " [" + s.cue() + "] | " + s.text());
        }
    }

    static String speakerName(Speaker s, List<Agent> agents) {
        if (s == null) return null;
        if (s.isAnonymous()) return "ANONYMOUS";
        for (Agent a : agents) if (a.isSpeaker(s)) return a.name();
        return s.name();
    }

    private static boolean sameSpeaker(String gold, Speaker s, List<Agent> agents) {
        String name = speakerName(s, agents);
        return name != null && foldName(gold).equals(foldName(name));
    }

    private static String foldName(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("^the ", "").strip();
    }

    static String fold(String s) {
        return String.join(" ", tokens(s));
    }

    static List<String> tokens(String s) {
        String f = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        List<String> out = new ArrayList<>();
        for (String t : f.split("[^\\p{L}\\p{N}']+")) {
            t = t.replaceAll("^'+|'+$", "");
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    static double tokenF1(String a, String b) {
        List<String> ta = tokens(a), tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) return 0;
        Map<String, Integer> bag = new HashMap<>();
        for (String t : tb) bag.merge(t, 1, Integer::sum);
        int common = 0;
        for (String t : ta) {
            Integer n = bag.get(t);
            if (n != null && n > 0) { common++; bag.put(t, n - 1); }
        }
        if (common == 0) return 0;
        double p = (double) common / tb.size(), r = (double) common / ta.size();
        return 2 * p * r / (p + r);
    }

    /** Share of the gold content's tokens found in the candidate. */
    static double overlap(String gold, String candidate) {
        List<String> tg = tokens(gold);
        Set<String> tc = new LinkedHashSet<>(tokens(candidate));
        if (tg.isEmpty()) return 0;
        int in = 0;
        for (String t : tg) if (tc.contains(t)) in++;
        return (double) in / tg.size();
    }
}
