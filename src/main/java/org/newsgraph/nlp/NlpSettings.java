package org.newsgraph.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * What the CoreNLP stage runs. {@link #lean()} (the default) spends CoreNLP time only where
 * extraction reads the result; {@link #full()} is the earlier configuration (CoreNLP's three default
 * CRF models, every sentence parsed), kept so speed and quality can be compared on the same code.
 * Chosen per process with {@code -Dnewsgraph.nlp=lean|full}.
 *
 * @param nerModels      CRF models, in CoreNLP's precedence order (an earlier model's labels win)
 * @param selectiveParse dependency-parse only the sentences {@link ParseSelection} picks
 * @param selectiveTime  run SUTime and the numeric classifiers only on the sentences {@link TimeSelection}
 *                       picks (the others get the CRF labels, as CoreNLP gives them when those find nothing)
 */
public record NlpSettings(String name, List<String> nerModels, boolean selectiveParse, boolean selectiveTime) {
    public static final String PROPERTY = "newsgraph.nlp";
    private static final String NER = "edu/stanford/nlp/models/ner/";
    public static final String CRF_3CLASS = NER + "english.all.3class.distsim.crf.ser.gz";
    public static final String CRF_7CLASS = NER + "english.muc.7class.distsim.crf.ser.gz";
    public static final String CRF_4CLASS = NER + "english.conll.4class.distsim.crf.ser.gz";

    public NlpSettings {
        nerModels = List.copyOf(nerModels);
    }

    /**
     * PERSON/ORGANIZATION/LOCATION from the 3-class model and MISC (nationalities, "Ukrainian") from
     * the 4-class one; the 7-class model's DATE/TIME/MONEY/PERCENT are left out because SUTime and the
     * numeric classifiers label and normalise those anyway.
     */
    public static NlpSettings lean() { return new NlpSettings("lean", List.of(CRF_3CLASS, CRF_4CLASS), true, true); }

    /** The lean models and parse selection with SUTime on every sentence (to measure what {@link TimeSelection} changes). */
    public static NlpSettings leanAllTime() {
        return new NlpSettings("lean-alltime", List.of(CRF_3CLASS, CRF_4CLASS), true, false);
    }

    /** CoreNLP's default NER models, SUTime on every sentence and a parse of every sentence. */
    public static NlpSettings full() {
        return new NlpSettings("full", List.of(CRF_3CLASS, CRF_7CLASS, CRF_4CLASS), false, false);
    }

    /** The settings the system property names (lean when unset). */
    public static NlpSettings fromSystem() { return named(System.getProperty(PROPERTY, "lean")); }

    /** lean, full or lean-alltime. */
    public static NlpSettings named(String name) {
        String v = name.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "lean", "" -> lean();
            case "full" -> full();
            case "lean-alltime" -> leanAllTime();
            default -> throw new IllegalArgumentException("-D" + PROPERTY + " must be lean, full or lean-alltime, not " + v);
        };
    }

    /** CoreNLP properties for these settings (one key space for every annotator). */
    public Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // Paragraphs are separated by one blank line in Article.text: never let a sentence cross them.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Quotation marks and apostrophes reach the tagger and parser as the LaTeX marks they were trained on
        // (`` '' ` '): a curly "she’s" is otherwise tagged a possessive. Token.word keeps the text's characters.
        props.setProperty("tokenize.options", "untokenizable=noneKeep,normalizeParentheses=false,normalizeOtherBrackets=false,quotes=latex");
        props.setProperty("ner.model", String.join(",", nerModels));
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
}
