package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * CoreNLP behind our document model. The pipeline is loaded once per process ({@link #shared()})
 * and is safe to call from several threads on different texts.
 *
 * <p>No coref and no CoreNLP quote attribution: both are slow and attribution is ours
 * (see extract). Fine-grained NER is off because it triples load time; titles come from
 * our own resource list. What else runs is in {@link NlpSettings}: by default two CRF models, SUTime
 * only on the sentences {@link TimeSelection} says can hold a date, and a dependency parse (basic
 * graph only) of the sentences {@link ParseSelection} says extraction reads trees of.
 *
 * <p>Sentences are capped at {@link #MAX_SENTENCE_TOKENS} tokens: a scraped table or comment dump
 * without sentence ends would otherwise be one sentence of thousands of tokens, and tagging, parsing
 * and extraction grow faster than its length. Over-long sentences are cut into pieces of at most that
 * many tokens (marked {@link Sentence#cut()}) right after tokenising, before tagging and parsing.
 *
 * <p>The annotators are built directly (not through CoreNLP's annotator pool, which loads one model
 * after another under a lock) on several threads at once: tokenizer, tagger and lemmatiser; each CRF
 * model; SUTime with the rest of NER; parser (with the lean settings; otherwise NER is one thread).
 * The parser reads a binary copy of its model when one is cached ({@link ParserModelCache}) and
 * multiplies out its network's frequent features on first use rather than at load ({@link ParserNetwork}).
 */
public final class NlpPipeline {
    /** Longer than any sentence a news writer produces; longer runs are not prose. */
    public static final int MAX_SENTENCE_TOKENS = 150;

    private static volatile NlpPipeline shared;

    private final NlpSettings settings;
    private final Annotator tokenizer;
    private final Annotator tagger;
    private final Annotator lemmatizer;
    private final Annotator ner;
    private final BasicDependencyParser parser;
    private final ParseSelection selection;
    private final long loadMillis;
    private final java.util.Map<String, Long> loadCpuMillis = new java.util.concurrent.ConcurrentHashMap<>();

    public NlpPipeline(NlpSettings settings) {
        long t0 = System.nanoTime();
        this.settings = settings;
        Properties props = settings.properties();
        AnnotatorImplementations impl = new AnnotatorImplementations();
        ExecutorService loaders = Executors.newFixedThreadPool(settings.selectiveTime() ? 3 + settings.nerModels().size() : 3, r -> {
            Thread t = new Thread(r, "corenlp-load");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<Annotator[]> basic = async(loaders, "tokenize+pos+lemma", () -> new Annotator[] {
                    impl.tokenizer(props), impl.posTagger(props), impl.morpha(props, false)});
            CompletableFuture<Annotator> nerF = settings.selectiveTime() ? selectiveNer(loaders, props)
                    : async(loaders, "ner", () -> impl.ner(props));
            CompletableFuture<BasicDependencyParser> parseF = async(loaders, "depparse", () -> new BasicDependencyParser(props));
            CompletableFuture<ParseSelection> selF = async(loaders, "parse cues", ParseSelection::bundled);
            Annotator[] b = join(basic);
            this.tokenizer = b[0];
            this.tagger = b[1];
            this.lemmatizer = b[2];
            this.ner = join(nerF);
            this.parser = join(parseF);
            this.selection = join(selF);
        } finally {
            loaders.shutdown();
        }
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * NER whose SUTime reads only the sentences {@link TimeSelection} picks: each CRF model loads on its own
     * thread, SUTime with the rest of CoreNLP's NER annotator on another, and the models are loaded once.
     */
    private CompletableFuture<Annotator> selectiveNer(ExecutorService pool, Properties props) {
        List<CompletableFuture<edu.stanford.nlp.ie.AbstractSequenceClassifier<CoreLabel>>> models = new ArrayList<>();
        for (String path : settings.nerModels()) {
            String name = path.substring(path.lastIndexOf('/') + 1).replace(".distsim.crf.ser.gz", "");
            models.add(async(pool, "ner " + name, () -> SelectiveTimeNer.loadModel(path)));
        }
        CompletableFuture<edu.stanford.nlp.ie.ClassifierCombiner<CoreLabel>> crf =
                CompletableFuture.allOf(models.toArray(new CompletableFuture[0]))
                        .thenApply(done -> SelectiveTimeNer.combine(models.stream().map(NlpPipeline::join).toList()));
        // SUTime and the rest of the annotator load on this thread while the models load on theirs.
        return async(pool, "ner sutime+regexner", () -> SelectiveTimeNer.load(props, () -> join(crf), TimeSelection.bundled()));
    }

    /** Runs one loader and notes the CPU time its thread spent (load time on a shared machine is noisy). */
    private <T> CompletableFuture<T> async(ExecutorService pool, String part, Supplier<T> s) {
        return CompletableFuture.supplyAsync(() -> {
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            T t = s.get();
            loadCpuMillis.put(part, (mx.getCurrentThreadCpuTime() - c0) / 1_000_000);
            return t;
        }, pool);
    }

    /** CPU milliseconds each loader thread spent (tokenize+pos+lemma, ner parts, depparse, parse cues). */
    public java.util.Map<String, Long> loadCpuMillis() { return new java.util.TreeMap<>(loadCpuMillis); }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** The process-wide pipeline ({@link NlpSettings#fromSystem()}), loaded on first use. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null) shared = p = new NlpPipeline(NlpSettings.fromSystem());
            }
        }
        return p;
    }

    public static boolean isLoaded() { return shared != null; }

    /** CoreNLP properties of the default (lean) settings. */
    public static Properties defaultProperties() { return NlpSettings.lean().properties(); }

    public NlpSettings settings() { return settings; }

    public long loadMillis() { return loadMillis; }

    /** For profiling (bench): this pipeline's NER step alone, on a tokenised, tagged and lemmatised annotation. */
    public void recogniseEntities(Annotation tagged) { ner.annotate(tagged); }

    /** For profiling (bench): basic dependencies of every sentence of a tagged annotation, as {@link #annotate} parses. */
    public void parseEverySentence(Annotation tagged) {
        for (CoreMap cm : tagged.get(CoreAnnotations.SentencesAnnotation.class)) parser.parse(cm);
    }

    /** Sentences tagged and sentences SUTime skipped ({@link TimeSelection}) since loading; zeros when not selective. */
    public long[] timeSelectionCounts() {
        return ner instanceof SelectiveTimeNer s ? s.counts() : new long[] {0, 0};
    }

    /**
     * Annotates a cleaned article text.
     *
     * @param referenceDate publication date used to resolve "on Wednesday", "last week"; null when unknown
     */
    public Document annotate(String text, LocalDate referenceDate) { return annotate(text, referenceDate, true); }

    /**
     * Annotates a cleaned article text, with no dependency parse at all when {@code parse} is false
     * (for measuring the tagging stages alone).
     */
    public Document annotate(String text, LocalDate referenceDate, boolean parse) {
        Annotation ann = new Annotation(text);
        if (referenceDate != null) ann.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
        tokenizer.annotate(ann);
        QuoteMarkTokens.split(ann, text);
        SentenceSplits.mergeFalseBreaks(ann, text);
        List<Boolean> cut = capSentences(ann, text, MAX_SENTENCE_TOKENS);
        tagger.annotate(ann);
        lemmatizer.annotate(ann);
        ner.annotate(ann);
        List<CoreMap> cms = ann.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tokens = new ArrayList<>(cms.size());
        for (CoreMap cm : cms) tokens.add(tokens(cm));
        List<CoreMap> toParse = new ArrayList<>();
        for (int si = 0; si < cms.size(); si++) {
            if (!settings.selectiveParse() || selection.needsParse(tokens.get(si))) toParse.add(cms.get(si));
        }
        java.util.Map<CoreMap, List<Dependency>> parsed = new java.util.IdentityHashMap<>();
        if (parse) for (CoreMap cm : toParse) parsed.put(cm, QuoteFreeParse.parse(parser, cm));
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (int si = 0; si < cms.size(); si++) {
            CoreMap cm = cms.get(si);
            List<Token> toks = tokens.get(si);
            int begin = toks.isEmpty() ? 0 : toks.get(0).begin();
            int end = toks.isEmpty() ? 0 : toks.get(toks.size() - 1).end();
            sentences.add(new Sentence(si, begin, end, toks, parsed.getOrDefault(cm, List.of()), cut.get(si)));
            mentions.addAll(mentions(cm, si, text));
        }
        return new Document(text, referenceDate, sentences, mentions);
    }

    private static List<Token> tokens(CoreMap cm) {
        List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String norm = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            String word = l.originalText() != null ? l.originalText() : l.word();
            tokens.add(new Token(i, l.beginPosition(), l.endPosition(), word, l.tag(), l.lemma(),
                    l.ner() == null ? "O" : l.ner(), norm));
        }
        return tokens;
    }

    private static List<EntityMention> mentions(CoreMap cm, int si, String text) {
        List<EntityMention> out = new ArrayList<>();
        List<CoreMap> ems = cm.get(CoreAnnotations.MentionsAnnotation.class);
        if (ems == null) return out;
        for (CoreMap em : ems) {
            List<CoreLabel> mt = em.get(CoreAnnotations.TokensAnnotation.class);
            if (mt == null || mt.isEmpty()) continue;
            int tb = mt.get(0).index() - 1;
            int te = mt.get(mt.size() - 1).index();
            int b = mt.get(0).beginPosition();
            int e = mt.get(mt.size() - 1).endPosition();
            out.add(new EntityMention(si, b, e, tb, te, text.substring(b, e),
                    em.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                    em.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
        }
        return out;
    }

    /**
     * Cuts sentences longer than {@code max} tokens into pieces of at most {@code max}, before any
     * tagging; returns for each resulting sentence whether it is such a piece.
     */
    static List<Boolean> capSentences(Annotation ann, String text, int max) {
        List<CoreMap> in = ann.get(CoreAnnotations.SentencesAnnotation.class);
        List<Boolean> cut = new ArrayList<>();
        if (in.stream().noneMatch(cm -> cm.get(CoreAnnotations.TokensAnnotation.class).size() > max)) {
            for (int i = 0; i < in.size(); i++) cut.add(false);
            return cut;
        }
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap cm : in) {
            List<CoreLabel> tokens = cm.get(CoreAnnotations.TokensAnnotation.class);
            int docTokenBegin = cm.get(CoreAnnotations.TokenBeginAnnotation.class);
            boolean over = tokens.size() > max;
            for (int from = 0; from < tokens.size(); from += max) {
                List<CoreLabel> piece = tokens.subList(from, Math.min(tokens.size(), from + max));
                out.add(sentence(text, piece, out.size(), docTokenBegin + from));
                cut.add(over);
            }
        }
        ann.set(CoreAnnotations.SentencesAnnotation.class, out);
        return cut;
    }

    /** A sentence map as CoreNLP's splitter makes it, over {@code tokens} (re-indexed from 1). */
    static CoreMap sentence(String text, List<CoreLabel> tokens, int index, int docTokenBegin) {
        int begin = tokens.get(0).beginPosition(), end = tokens.get(tokens.size() - 1).endPosition();
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        s.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, docTokenBegin);
        s.set(CoreAnnotations.TokenEndAnnotation.class, docTokenBegin + tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).setIndex(i + 1);
            tokens.get(i).setSentIndex(index);
        }
        return s;
    }
}
