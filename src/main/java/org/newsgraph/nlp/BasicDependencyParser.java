package org.newsgraph.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.EnglishGrammaticalRelations;
import edu.stanford.nlp.trees.EnglishGrammaticalStructure;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.ReflectionLoading;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser ({@code nndep}, the {@code depparse} annotator's model) giving only
 * the basic dependencies extraction reads. CoreNLP's annotator turns every parse into five graphs
 * (basic, collapsed, CC-processed, enhanced, enhanced++); the four derived ones cost more than the parse
 * itself and nothing here reads them.
 *
 * <p>The parse is CoreNLP's: its transition system ({@link ArcStandard}, {@link Configuration}) and its
 * network's arithmetic ({@link ParserNetwork}), from the same model, giving the same graphs (checked
 * against the annotator by {@code bench.AnnotatorProfile} and the unit tests). What differs is loading:
 * the model comes from a binary copy when there is one ({@link ParserModelCache}), and the hidden-layer
 * products CoreNLP precomputes at load are computed on first use. CoreNLP's {@code DependencyParser}
 * offers no way to build a parser from arrays, hence this small reimplementation of its parse loop.
 */
final class BasicDependencyParser {
    private static final String SHIFT = "S";
    private final ParserNetwork network;
    private final ArcStandard system;
    private final List<String> transitions;
    private final Language language;
    private final GrammaticalStructure.Extras extras;

    /** @param props the pipeline's CoreNLP properties ({@code depparse.*} keys, as the annotator reads them) */
    BasicDependencyParser(Properties props) { this(props, ParserModelCache.fromSystem()); }

    BasicDependencyParser(Properties props, ParserModelCache cache) {
        Properties own = PropertiesUtils.extractPrefixedProperties(props, "depparse.");
        Config config = new Config(own);
        ParserModel model = cache.load(own.getProperty("model", DependencyParser.DEFAULT_MODEL));
        if (model.language() != null) config.language = Config.getLanguage(model.language());
        if (model.tlp() != null) config.tlp = ReflectionLoading.loadByReflection(model.tlp());
        this.network = new ParserNetwork(model, config.numPreComputed, config.numCached);
        this.system = new ArcStandard(config.tlp, network.arcLabels(), false);
        this.transitions = network.transitions();
        this.language = config.language;
        this.extras = GrammaticalStructure.Extras.valueOf(own.getProperty("extradependencies", "NONE").toUpperCase());
    }

    /** Parses a tagged sentence and sets its {@code BasicDependenciesAnnotation}. */
    void parse(CoreMap sentence) {
        GrammaticalStructure gs = predict(sentence);
        SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, extras, null);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    }

    /** As {@code DependencyParser.predict(CoreMap)}: the best-scoring applicable transition until done. */
    private GrammaticalStructure predict(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        while (!system.isTerminal(c)) {
            if (c.getStackSize() <= 2 && c.getBufferSize() > 0) {
                // Only a shift can apply (ArcStandard: an arc needs three stack items, or the root and an empty buffer),
                // so it is the best applicable transition whatever the scores: skip computing them.
                system.apply(c, SHIFT);
                continue;
            }
            double[] scores = network.scores(c);
            double optScore = Double.NEGATIVE_INFINITY;
            String optTrans = null;
            for (int j = 0; j < transitions.size(); ++j) {
                if (scores[j] > optScore && system.canApply(c, transitions.get(j))) {
                    optScore = scores[j];
                    optTrans = transitions.get(j);
                }
            }
            system.apply(c, optTrans);
        }
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<TypedDependency> dependencies = new ArrayList<>();
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        for (int i = 1; i <= tokens.size(); i++) {
            int head = c.getHead(i);
            IndexedWord word = new IndexedWord(tokens.get(i - 1));
            IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(c.getLabel(i));
            dependencies.add(new TypedDependency(relation, headWord, word));
        }
        TreeGraphNode rootNode = new TreeGraphNode(root);
        return language == Language.English ? new EnglishGrammaticalStructure(dependencies, rootNode)
                : new UniversalEnglishGrammaticalStructure(dependencies, rootNode);
    }

    private GrammaticalRelation relation(String label) {
        GrammaticalRelation stored = switch (language) {
            case English -> EnglishGrammaticalRelations.shortNameToGRel.get(label);
            case UniversalEnglish -> UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
            default -> null;
        };
        return stored != null ? stored : new GrammaticalRelation(language, label, null, GrammaticalRelation.DEPENDENT);
    }
}
