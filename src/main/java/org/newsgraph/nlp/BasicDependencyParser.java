package org.newsgraph.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;

import java.util.Properties;

/**
 * CoreNLP's neural dependency parser giving only the basic dependencies extraction reads. CoreNLP's
 * {@code depparse} annotator turns every parse into five graphs (basic, collapsed, CC-processed,
 * enhanced, enhanced++); the four derived ones cost more than the parse itself and nothing here reads
 * them. The basic graph is built exactly as that annotator builds it, from the same model.
 */
final class BasicDependencyParser {
    private final DependencyParser parser;
    private final GrammaticalStructure.Extras extras;

    /** @param props the pipeline's CoreNLP properties ({@code depparse.*} keys, as the annotator reads them) */
    BasicDependencyParser(Properties props) {
        Properties own = PropertiesUtils.extractPrefixedProperties(props, "depparse.");
        this.parser = DependencyParser.loadFromModelFile(own.getProperty("model", DependencyParser.DEFAULT_MODEL), own);
        this.extras = GrammaticalStructure.Extras.valueOf(own.getProperty("extradependencies", "NONE").toUpperCase());
    }

    /** Parses a tagged sentence and sets its {@code BasicDependenciesAnnotation}. */
    void parse(CoreMap sentence) {
        GrammaticalStructure gs = parser.predict(sentence);
        SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, extras, null);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    }
}
