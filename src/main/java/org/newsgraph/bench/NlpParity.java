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
 * <p>Run: {@code java -cp target/newsgraph.jar org.newsgraph.bench.NlpParity FOLDER...}
 */
public final class NlpParity {
    private NlpParity() {}

    public static void main(String[] args) throws Exception {
        List<Path> roots = java.util.Arrays.stream(args).map(Path::of).toList();
        List<Article> articles = AnnotatorProfile.read(roots);
        NlpPipeline full = new NlpPipeline(NlpSettings.full());
        NlpPipeline lean = new NlpPipeline(NlpSettings.lean());
        long tokens = 0, sentences = 0, nerDiff = 0, normDiff = 0, treeDiff = 0, unparsedS = 0, unparsedT = 0;
        long mentionsLost = 0, mentionsGained = 0;
        for (Article a : articles) {
            Document f = full.annotate(a.text(), a.datePublished());
            Document l = lean.annotate(a.text(), a.datePublished());
            for (int si = 0; si < f.sentences().size(); si++) {
                Sentence fs = f.sentences().get(si), ls = l.sentences().get(si);
                sentences++;
                if (ls.dependencies().isEmpty()) {
                    unparsedS++;
                    unparsedT += ls.tokens().size();
                } else if (!ls.dependencies().equals(fs.dependencies())) treeDiff++;
                for (int k = 0; k < fs.tokens().size(); k++) {
                    Token ft = fs.tokens().get(k), lt = ls.tokens().get(k);
                    tokens++;
                    if (!ft.ner().equals(lt.ner())) {
                        nerDiff++;
                        if (args.length > 0 && System.getProperty("verbose") != null)
                            System.out.printf("%s: %s %s -> %s%n", a.id(), ft.word(), ft.ner(), lt.ner());
                    }
                    if (!java.util.Objects.equals(ft.normalizedNer(), lt.normalizedNer())) normDiff++;
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
        System.out.println("parse cue words: " + ParseSelection.bundled().cueWords().size());
    }

    private static Set<String> keys(List<EntityMention> ms) {
        Set<String> out = new HashSet<>();
        for (EntityMention m : ms) out.add(m.begin() + ":" + m.end() + ":" + m.type() + ":" + m.normalized());
        return out;
    }
}
