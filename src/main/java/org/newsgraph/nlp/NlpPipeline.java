package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP behind our document model. The pipeline is loaded once per process ({@link #shared()})
 * and is safe to call from several threads on different texts.
 *
 * <p>No coref and no CoreNLP quote attribution: both are slow and attribution is ours
 * (see extract). Fine-grained NER is off because it triples load time; titles come from
 * our own resource list.
 *
 * <p>Sentences are capped at {@link #MAX_SENTENCE_TOKENS} tokens: a scraped table or comment dump
 * without sentence ends would otherwise be one sentence of thousands of tokens, and tagging, parsing
 * and extraction grow faster than its length. CoreNLP's splitter has no length option, so the text is
 * split first, over-long sentences are cut into pieces of at most that many tokens (marked
 * {@link Sentence#cut()}), and only then tagged and parsed; the whole document then costs about its
 * token count. Ordinary news sentences are far shorter and go through unchanged.
 */
public final class NlpPipeline {
    /** Longer than any sentence a news writer produces; longer runs are not prose. */
    public static final int MAX_SENTENCE_TOKENS = 150;

    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP analysis;
    private final long loadMillis;

    private NlpPipeline(Properties props) {
        long t0 = System.nanoTime();
        Properties split = new Properties();
        split.putAll(props);
        split.setProperty("annotators", "tokenize,ssplit");
        Properties rest = new Properties();
        rest.putAll(props);
        String all = props.getProperty("annotators");
        rest.setProperty("annotators", all.replaceFirst("^tokenize,ssplit,?", ""));
        // The tokens and sentences come from the splitter above.
        rest.setProperty("enforceRequirements", "false");
        this.splitter = new StanfordCoreNLP(split);
        this.analysis = new StanfordCoreNLP(rest);
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** The process-wide pipeline, loaded on first use. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null) shared = p = new NlpPipeline(defaultProperties());
            }
        }
        return p;
    }

    public static boolean isLoaded() { return shared != null; }

    public static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // Paragraphs are separated by one blank line in Article.text: never let a sentence cross them.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("tokenize.options", "untokenizable=noneKeep,normalizeParentheses=false,normalizeOtherBrackets=false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "true");
        // Well-known place names the statistical model misses (it predates "Kyiv"): relabels only
        // tokens it left O or MISC. See nlp/README.md.
        props.setProperty("ner.additional.regexner.mapping", "nlp/places.regexner");
        props.setProperty("ner.additional.regexner.ignorecase", "false");
        props.setProperty("depparse.extradependencies", "NONE");
        return props;
    }

    public long loadMillis() { return loadMillis; }

    /**
     * Annotates a cleaned article text.
     *
     * @param referenceDate publication date used to resolve "on Wednesday", "last week"; null when unknown
     */
    public Document annotate(String text, LocalDate referenceDate) {
        Annotation ann = new Annotation(text);
        if (referenceDate != null) ann.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
        splitter.annotate(ann);
        List<Boolean> cut = capSentences(ann, text, MAX_SENTENCE_TOKENS);
        analysis.annotate(ann);
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        List<CoreMap> cms = ann.get(CoreAnnotations.SentencesAnnotation.class);
        for (int si = 0; si < cms.size(); si++) {
            CoreMap cm = cms.get(si);
            List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String norm = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                String word = l.originalText() != null ? l.originalText() : l.word();
                tokens.add(new Token(i, l.beginPosition(), l.endPosition(), word, l.tag(), l.lemma(),
                        l.ner() == null ? "O" : l.ner(), norm));
            }
            List<Dependency> deps = new ArrayList<>();
            SemanticGraph g = cm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (g != null) {
                for (var root : g.getRoots()) deps.add(new Dependency(-1, root.index() - 1, "root"));
                for (SemanticGraphEdge e : g.edgeIterable()) {
                    deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                            e.getRelation().toString()));
                }
            }
            int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
            int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
            sentences.add(new Sentence(si, begin, end, tokens, deps, cut.get(si)));
            List<CoreMap> ems = cm.get(CoreAnnotations.MentionsAnnotation.class);
            if (ems != null) {
                for (CoreMap em : ems) {
                    List<CoreLabel> mt = em.get(CoreAnnotations.TokensAnnotation.class);
                    if (mt == null || mt.isEmpty()) continue;
                    int tb = mt.get(0).index() - 1;
                    int te = mt.get(mt.size() - 1).index();
                    int b = mt.get(0).beginPosition();
                    int e = mt.get(mt.size() - 1).endPosition();
                    mentions.add(new EntityMention(si, b, e, tb, te, text.substring(b, e),
                            em.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                            em.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
                }
            }
        }
        return new Document(text, referenceDate, sentences, mentions);
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
    private static CoreMap sentence(String text, List<CoreLabel> tokens, int index, int docTokenBegin) {
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
