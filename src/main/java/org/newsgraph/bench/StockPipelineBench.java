package org.newsgraph.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The baseline newsgraph is compared with: CoreNLP's stock English pipeline with coreference and
 * quote attribution (what one would run to get "who said what" out of the box), on the same articles.
 * CoreNLP's own defaults are kept (fine-grained NER, the default coref algorithm) so the figure is the
 * stock one, not a tuned one; the bench also runs it with the faster statistical coreference, so the
 * comparison is not only against the slowest default. Single-threaded, as CoreNLP runs one document at
 * a time by default.
 */
public final class StockPipelineBench {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    /**
     * @param loadMillis time to construct the pipeline (model loading)
     * @param articles   articles annotated
     * @param tokens     tokens in them
     * @param nanos      wall time of annotation (one thread)
     * @param corefAlgorithm the coref algorithm CoreNLP picked
     * @param quotes     quotes CoreNLP found
     */
    public record Result(long loadMillis, int articles, long tokens, long nanos, String corefAlgorithm, int quotes) {
        public double tokensPerSecond() { return nanos == 0 ? 0 : tokens / (nanos / 1e9); }

        public double articlesPerSecond() { return nanos == 0 ? 0 : articles / (nanos / 1e9); }
    }

    private StockPipelineBench() {}

    /**
     * Child-JVM entry used by {@link Bench}: annotates the given files and prints one STOCK line.
     * A first argument {@code --coref=ALGORITHM} (statistical, neural, fastneural) overrides CoreNLP's default.
     */
    public static void main(String[] args) {
        List<String> a = new java.util.ArrayList<>(List.of(args));
        String coref = !a.isEmpty() && a.get(0).startsWith("--coref=") ? a.remove(0).substring(8) : null;
        Result r = run(a.stream().map(Path::of).toList(), coref);
        System.out.printf("STOCK load=%d articles=%d tokens=%d nanos=%d coref=%s quotes=%d%n", r.loadMillis(),
                r.articles(), r.tokens(), r.nanos(), r.corefAlgorithm(), r.quotes());
    }

    /** @param corefAlgorithm CoreNLP's {@code coref.algorithm}, or null for its default */
    public static Properties properties(String corefAlgorithm) {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        if (corefAlgorithm != null) p.setProperty("coref.algorithm", corefAlgorithm);
        return p;
    }

    /** Loads the stock pipeline and annotates {@code files} (the text as written on disk). */
    public static Result run(List<Path> files, String corefAlgorithm) {
        Properties props = properties(corefAlgorithm);
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        long tokens = 0;
        int quotes = 0;
        long t1 = System.nanoTime();
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Annotation ann = new Annotation(text);
            pipeline.annotate(ann);
            tokens += ann.get(CoreAnnotations.TokensAnnotation.class).size();
            List<?> q = ann.get(CoreAnnotations.QuotationsAnnotation.class);
            quotes += q == null ? 0 : q.size();
        }
        long nanos = System.nanoTime() - t1;
        String algorithm = edu.stanford.nlp.coref.CorefProperties.algorithm(props).name().toLowerCase();
        return new Result(loadMillis, files.size(), tokens, nanos, algorithm, quotes);
    }
}
