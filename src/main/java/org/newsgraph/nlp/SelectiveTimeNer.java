package org.newsgraph.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * CoreNLP's NER annotator with SUTime and the numeric classifiers run only on the sentences that can
 * hold a date, time or number ({@link TimeSelection}). SUTime is most of NER's cost and runs its patterns
 * on every sentence, yet on a sentence with no digit, no cardinal and no time or number word it finds
 * nothing, so skipping it there leaves every label as CoreNLP would set it.
 *
 * <p>How: the CoreNLP annotator underneath is built without CRF models (it keeps SUTime, the numeric
 * classifiers, the extra RegexNER, NER-specific tokenisation and mention building) and with CoreNLP's
 * "preset tags" classifier in their place. This class runs the CRF models itself on every sentence
 * first, combined as CoreNLP combines them; on a sentence that can hold a date it hands their labels to
 * the annotator's own step as preset tags, which adds the numeric and time labels over them as it would
 * over the models' own; on the other sentences the CRF labels become the NER tags directly. The models
 * are loaded once. (Label probabilities are not carried over; nothing here reads them.)
 */
final class SelectiveTimeNer extends NERCombinerAnnotator {
    private final ClassifierCombiner<CoreLabel> crf;
    private final TimeSelection selection;
    private final java.util.concurrent.atomic.AtomicLong sentences = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong skipped = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param props     the pipeline's CoreNLP properties (its {@code ner.model} is ignored: {@code crf} runs the models)
     * @param crf       the CRF models, combined in CoreNLP's precedence order; asked for once the rest
     *                  of the annotator (SUTime) is loaded, so the models can load meanwhile elsewhere
     */
    private SelectiveTimeNer(Properties props, Supplier<ClassifierCombiner<CoreLabel>> crf, TimeSelection selection)
            throws IOException {
        super(withoutModels(props));
        this.crf = crf.get();
        this.selection = selection;
    }

    static SelectiveTimeNer load(Properties props, Supplier<ClassifierCombiner<CoreLabel>> crf, TimeSelection selection) {
        try {
            return new SelectiveTimeNer(props, crf, selection);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties withoutModels(Properties props) {
        Properties p = new Properties();
        p.putAll(props);
        p.setProperty("ner.model", "");
        p.setProperty("ner.usePresetNERTags", "true");
        p.setProperty("ner.useSUTime", "true");
        return p;
    }

    @Override
    public void doOneSentence(Annotation annotation, CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        crf.classify(tokens);  // labels every token's AnswerAnnotation in place (CoreNLP's combiner does the same)
        sentences.incrementAndGet();
        if (mayMentionTime(tokens)) {
            // The annotator's combiner reads these as preset labels (its only "model") and adds SUTime's
            // and the numeric classifiers' labels over them as it would over the models' own.
            for (CoreLabel t : tokens) t.set(CoreAnnotations.PresetAnswerAnnotation.class, t.get(CoreAnnotations.AnswerAnnotation.class));
            super.doOneSentence(annotation, sentence);
            return;
        }
        skipped.incrementAndGet();
        // What CoreNLP sets when the numeric classifiers and SUTime find nothing: the CRF label as NER tag.
        for (CoreLabel t : tokens) {
            String tag = t.get(CoreAnnotations.AnswerAnnotation.class);
            Double p = t.get(CoreAnnotations.AnswerProbAnnotation.class);
            t.setNER(tag);
            t.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, Collections.singletonMap(tag, p == null ? -1.0 : p));
            t.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, tag);
        }
    }

    /** Sentences seen and sentences SUTime was skipped on, since loading. */
    long[] counts() { return new long[] {sentences.get(), skipped.get()}; }

    private boolean mayMentionTime(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) if (selection.timeLike(t.word(), t.tag())) return true;
        return false;
    }

    /** One CRF model, loaded as CoreNLP's NER annotator loads it (so several can load on separate threads). */
    static AbstractSequenceClassifier<CoreLabel> loadModel(String path) {
        try {
            return ClassifierCombiner.loadClassifierFromPath(new Properties(), path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CRF models combined in the given (precedence) order, as CoreNLP's NER annotator combines them. */
    @SuppressWarnings("unchecked")
    static ClassifierCombiner<CoreLabel> combine(List<AbstractSequenceClassifier<CoreLabel>> models) {
        return new ClassifierCombiner<>(models.toArray(new AbstractSequenceClassifier[0]));
    }
}
