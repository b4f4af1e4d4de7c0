package org.newsgraph.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.NlpSettings;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Per-annotator CPU time and allocation of CoreNLP on a corpus, measured with the thread's own CPU
 * clock (so other processes on a shared machine do not inflate the figures). Each NER component is
 * measured as its own configuration on the same tagged tokens: one CRF model at a time, then the
 * numeric classifiers, SUTime, the extra RegexNER and entity-mention building as increments.
 *
 * <p>Run: {@code java -cp target/newsgraph.jar org.newsgraph.bench.AnnotatorProfile [N] [FOLDER]}
 * (N synthetic bench articles, default 200; or the articles of FOLDER).
 */
public final class AnnotatorProfile {
    private static final String NER_DIR = "edu/stanford/nlp/models/ner/";
    private static final String CRF3 = NER_DIR + "english.all.3class.distsim.crf.ser.gz";
    private static final String CRF7 = NER_DIR + "english.muc.7class.distsim.crf.ser.gz";
    private static final String CRF4 = NER_DIR + "english.conll.4class.distsim.crf.ser.gz";

    private record Step(String name, java.util.function.Consumer<Annotation> run) {}

    private AnnotatorProfile() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<Article> articles;
        if (args.length > 1) {
            articles = read(List.of(Path.of(args[1])));
        } else {
            Path dir = Files.createTempDirectory("ng-profile");
            SyntheticCorpus.write(dir.resolve("corpus"), n, 1);
            articles = read(List.of(dir.resolve("corpus")));
        }
        Properties base = NlpPipeline.defaultProperties();
        Map<String, Properties> steps = new LinkedHashMap<>();
        steps.put("tokenize (+ssplit)", with(base, "tokenize"));
        steps.put("pos", with(base, "pos"));
        steps.put("lemma", with(base, "lemma"));
        // Each NER piece alone on the lemma'd tokens; increments over the previous line where noted.
        steps.put("ner: 3-class CRF only", ner(base, CRF3, false, false, false, false));
        steps.put("ner: 7-class CRF only", ner(base, CRF7, false, false, false, false));
        steps.put("ner: 4-class CRF only", ner(base, CRF4, false, false, false, false));
        steps.put("ner: 3-class + numeric", ner(base, CRF3, true, false, false, false));
        steps.put("ner: 3-class + numeric + SUTime", ner(base, CRF3, true, true, false, false));
        steps.put("ner: ... + regexner", ner(base, CRF3, true, true, true, false));
        steps.put("ner: ... + mentions", ner(base, CRF3, true, true, true, true));
        steps.put("ner (lean models, SUTime on every sentence)", with(base, "ner"));
        steps.put("depparse (CoreNLP annotator: 5 graphs)", with(base, "depparse"));

        long l0 = System.nanoTime();
        List<Step> pipes = new ArrayList<>();
        for (var e : steps.entrySet()) {
            long t = System.nanoTime();
            pipes.add(new Step(e.getKey(), new StanfordCoreNLP(e.getValue(), false)::annotate));
            System.err.printf(Locale.ROOT, "loaded %-34s %6d ms%n", e.getKey(), (System.nanoTime() - t) / 1_000_000);
        }
        // What newsgraph runs instead: SUTime only where TimeSelection picks, and only the basic graph of a parse.
        NlpPipeline lean = new NlpPipeline(NlpSettings.lean());
        pipes.add(new Step("ner (lean: SUTime where TimeSelection picks)", lean::recogniseEntities));
        pipes.add(new Step(BASIC_PARSE, lean::parseEverySentence));
        System.err.printf(Locale.ROOT, "all loaded in %d ms%n", (System.nanoTime() - l0) / 1_000_000);

        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        // Warm-up on a few articles so JIT compilation is not charged to the first annotator.
        int warm = Math.min(10, articles.size());
        long[] cpu = new long[pipes.size()];
        long[] alloc = new long[pipes.size()];
        long tokens = 0, graphs = 0, graphsDiffering = 0;
        for (int round = 0; round < 2; round++) {
            List<Article> set = round == 0 ? articles.subList(0, warm) : articles;
            if (round == 1) {
                java.util.Arrays.fill(cpu, 0);
                java.util.Arrays.fill(alloc, 0);
            }
            for (Article a : set) {
                Annotation chain = annotation(a);
                for (int i = 0; i < 3; i++) {
                    long c = mx.getCurrentThreadCpuTime(), b = mx.getThreadAllocatedBytes(tid);
                    pipes.get(i).run().accept(chain);
                    cpu[i] += mx.getCurrentThreadCpuTime() - c;
                    alloc[i] += mx.getThreadAllocatedBytes(tid) - b;
                }
                if (round == 1) tokens += chain.get(CoreAnnotations.TokensAnnotation.class).size();
                for (int i = 3; i < pipes.size(); i++) {
                    boolean annotator = pipes.get(i).name().startsWith("depparse (CoreNLP");
                    Annotation fresh = annotator ? chain : copy(chain);
                    long c = mx.getCurrentThreadCpuTime(), b = mx.getThreadAllocatedBytes(tid);
                    pipes.get(i).run().accept(fresh);
                    cpu[i] += mx.getCurrentThreadCpuTime() - c;
                    alloc[i] += mx.getThreadAllocatedBytes(tid) - b;
                    if (round == 1 && pipes.get(i).name().equals(BASIC_PARSE)) {
                        graphs += chain.get(CoreAnnotations.SentencesAnnotation.class).size();
                        graphsDiffering += differingGraphs(chain, fresh);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d articles, %d tokens (thread CPU time; machine shared)%n%n", articles.size(), tokens);
        System.out.println("| annotator | CPU s | ms / 1k tokens | tokens / CPU-s | alloc MB |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int i = 0; i < pipes.size(); i++) {
            double s = cpu[i] / 1e9;
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.1f | %.0f | %.0f |%n", pipes.get(i).name(), s,
                    cpu[i] / 1e6 / (tokens / 1000.0), tokens / s, alloc[i] / 1048576.0);
        }
        long[] time = lean.timeSelectionCounts();
        System.out.printf(Locale.ROOT, "%nlean NER: SUTime skipped on %d of %d sentences; basic graphs differing from the CoreNLP annotator's: %d of %d%n",
                time[1], time[0], graphsDiffering, graphs);
    }

    private static final String BASIC_PARSE = "depparse (basic graph only, as newsgraph runs it)";

    /** Sentences whose basic dependency graph differs between two parses of the same document. */
    private static long differingGraphs(Annotation a, Annotation b) {
        List<CoreMap> sa = a.get(CoreAnnotations.SentencesAnnotation.class), sb = b.get(CoreAnnotations.SentencesAnnotation.class);
        long n = 0;
        for (int i = 0; i < sa.size(); i++) {
            var ga = sa.get(i).get(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            var gb = sb.get(i).get(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (ga == null || gb == null || !ga.typedDependencies().toString().equals(gb.typedDependencies().toString())) n++;
        }
        return n;
    }

    /** A copy of a tagged document whose tokens can be labelled again without touching the original. */
    private static Annotation copy(Annotation tagged) {
        Annotation out = new Annotation(tagged.get(CoreAnnotations.TextAnnotation.class));
        if (tagged.get(CoreAnnotations.DocDateAnnotation.class) != null)
            out.set(CoreAnnotations.DocDateAnnotation.class, tagged.get(CoreAnnotations.DocDateAnnotation.class));
        List<CoreLabel> all = new ArrayList<>();
        List<CoreMap> sentences = new ArrayList<>();
        for (CoreMap s : tagged.get(CoreAnnotations.SentencesAnnotation.class)) {
            CoreMap c = new ArrayCoreMap(s);
            List<CoreLabel> toks = new ArrayList<>();
            for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) toks.add(new CoreLabel(l));
            c.set(CoreAnnotations.TokensAnnotation.class, toks);
            all.addAll(toks);
            sentences.add(c);
        }
        out.set(CoreAnnotations.TokensAnnotation.class, all);
        out.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        return out;
    }

    /** The articles of files and folders, as {@code build} reads them (unreadable files skipped). */
    static List<Article> read(List<Path> roots) throws org.newsgraph.ingest.IngestException {
        Ingestor in = new Ingestor();
        List<Article> out = new ArrayList<>();
        for (Path f : in.listFiles(roots)) out.addAll(in.readAll(f).articles());
        return out;
    }

    private static Annotation annotation(Article a) {
        Annotation ann = new Annotation(a.text());
        if (a.datePublished() != null) ann.set(CoreAnnotations.DocDateAnnotation.class, a.datePublished().toString());
        return ann;
    }

    private static Properties with(Properties base, String annotators) {
        Properties p = new Properties();
        p.putAll(base);
        p.setProperty("annotators", annotators);
        return p;
    }

    private static Properties ner(Properties base, String model, boolean numeric, boolean sutime, boolean regexner,
                                  boolean mentions) {
        Properties p = with(base, "ner");
        p.setProperty("ner.model", model);
        p.setProperty("ner.applyNumericClassifiers", Boolean.toString(numeric));
        p.setProperty("ner.useSUTime", Boolean.toString(sutime));
        if (!regexner) p.remove("ner.additional.regexner.mapping");
        p.setProperty("ner.buildEntityMentions", Boolean.toString(mentions));
        return p;
    }
}
