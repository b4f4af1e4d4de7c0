package org.newsgraph.bench;

import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.nlp.ParseSelection;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the lean NLP settings change against the full ones on a folder of articles: tokens whose NER
 * label or normalised value differ, entity mentions gained or lost, sentences and tokens left
 * unparsed, and whether the parsed sentences got the same trees.
 *
 * <p>Run: {@code java -cp target/newsgraph.jar org.newsgraph.bench.NlpParity [--base NAME] [--no-parse] FOLDER...}
 * ({@code --base lean-alltime} isolates what running SUTime only on some sentences changes; {@code --no-parse}
 * compares the tags alone, much faster; {@code -Dverbose} prints each differing token).
 */
public final class NlpParity {
    private NlpParity() {}

    public static void main(String[] args) throws Exception {
        List<String> rest = new java.util.ArrayList<>(List.of(args));
        String base = "full";
        boolean parse = !rest.remove("--no-parse");
        int b = rest.indexOf("--base");
        if (b >= 0) {
            base = rest.get(b + 1);
            rest.subList(b, b + 2).clear();
        }
        List<Path> roots = rest.stream().map(Path::of).toList();
        List<Article> articles = AnnotatorProfile.read(roots);
        NlpPipeline full = new NlpPipeline(NlpSettings.named(base));
        NlpPipeline lean = new NlpPipeline(NlpSettings.lean());
        System.out.println("lean against " + base + (parse ? "" : " (no parse)"));
        long tokens = 0, sentences = 0, nerDiff = 0, normDiff = 0, treeDiff = 0, unparsedS = 0, unparsedT = 0;
        long mentionsLost = 0, mentionsGained = 0;
        for (Article a : articles) {
            Document f = full.annotate(a.text(), a.datePublished(), parse);
            Document l = lean.annotate(a.text(), a.datePublished(), parse);
            for (int si = 0; si < f.sentences().size(); si++) {
                Sentence fs = f.sentences().get(si), ls = l.sentences().get(si);
                sentences++;
                if (!parse) {
                    // tags only
                } else if (ls.dependencies().isEmpty()) {
                    unparsedS++;
                    unparsedT += ls.tokens().size();
                } else if (!ls.dependencies().equals(fs.dependencies())) treeDiff++;
                for (int k = 0; k < fs.tokens().size(); k++) {
                    Token ft = fs.tokens().get(k), lt = ls.tokens().get(k);
                    tokens++;
                    if (!ft.ner().equals(lt.ner())) {
                        nerDiff++;
                        if (System.getProperty("verbose") != null)
                            System.out.printf("%s: %s %s -> %s%n", a.id(), ft.word(), ft.ner(), lt.ner());
                    }
                    if (!java.util.Objects.equals(ft.normalizedNer(), lt.normalizedNer())) {
                        normDiff++;
                        if (System.getProperty("verbose") != null)
                            System.out.printf("%s: %s norm %s -> %s%n", a.id(), ft.word(), ft.normalizedNer(), lt.normalizedNer());
                    }
                }
            }
            Set<String> fm = keys(f.mentions()), lm = keys(l.mentions());
            for (String k : fm) if (!lm.contains(k)) mentionsLost++;
            for (String k : lm) if (!fm.contains(k)) mentionsGained++;
        }
        System.out.printf(Locale.ROOT, "%d articles, %d sentences, %d tokens%n", articles.size(), sentences, tokens);
        System.out.printf(Locale.ROOT, "unparsed: %d sentences (%.1f%%), %d tokens (%.1f%%); parsed trees differing: %d%n",
                unparsedS, 100.0 * unparsedS / sentences, unparsedT, 100.0 * unparsedT / tokens, treeDiff);
        System.out.printf(Locale.ROOT, "NER label differs on %d tokens, normalised value on %d; mentions lost %d, gained %d%n",
                nerDiff, normDiff, mentionsLost, mentionsGained);
        long[] time = lean.timeSelectionCounts();
        System.out.printf(Locale.ROOT, "SUTime skipped on %d of %d sentences (%.1f%%)%n", time[1], time[0],
                100.0 * time[1] / Math.max(1, time[0]));
        System.out.println("parse cue words: " + ParseSelection.bundled().cueWords().size());
    }

    private static Set<String> keys(List<EntityMention> ms) {
        Set<String> out = new HashSet<>();
        for (EntityMention m : ms) out.add(m.begin() + ":" + m.end() + ":" + m.type() + ":" + m.normalized());
        return out;
    }
}
