package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.*;

/** The parser gives CoreNLP's graphs, from the text model and from its binary copy; a bad copy is rewritten. */
class BasicDependencyParserTest {
    private static final String TEXT = String.join("\n\n",
            "The harbour authority said on Monday that the new ferry terminal would open in March.",
            "“We are not going to wait for another winter,” Marta Kowalczyk, who chairs the island council, told reporters.",
            "Shares in Brightwater Foods fell 4.2 per cent after the company warned that profits would be lower than expected.",
            "According to the coastguard, two fishermen were rescued near Skerryvore late on Saturday.",
            "Asked whether the plan, which critics call rushed, would survive, the minister shrugged: “Time will tell.”",
            "Flurbish zentocks gribble the quoxical marn.");
    private static List<CoreMap> sentences;

    @BeforeAll
    static void tag() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        Annotation a = new Annotation(TEXT);
        new StanfordCoreNLP(p).annotate(a);
        sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** CoreNLP's own parser, as its depparse annotator builds the basic graph. */
    private static List<String> stock() {
        DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        List<String> out = new ArrayList<>();
        for (CoreMap s : sentences) {
            GrammaticalStructure gs = parser.predict(s);
            out.add(edges(SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null)));
        }
        return out;
    }

    private static List<String> ours(BasicDependencyParser parser) {
        List<String> out = new ArrayList<>();
        for (CoreMap s : sentences) {
            parser.parse(s);
            out.add(edges(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)));
        }
        return out;
    }

    private static String edges(SemanticGraph g) {
        List<String> e = new ArrayList<>();
        g.edgeIterable().forEach(x -> e.add(x.getRelation() + "(" + x.getGovernor().index() + "," + x.getDependent().index() + ")"));
        g.getRoots().forEach(r -> e.add("root(0," + r.index() + ")"));
        e.sort(null);
        return String.join(" ", e);
    }

    private static Properties props() { return NlpSettings.lean().properties(); }

    @Test
    void parsesAsCoreNlpFromTheTextModelAndFromItsCopy(@TempDir Path dir) throws Exception {
        List<String> expected = stock();
        assertEquals(sentences.size(), expected.size());
        assertTrue(expected.get(1).contains("nsubj"), expected.get(1));

        assertEquals(expected, ours(new BasicDependencyParser(props(), new ParserModelCache(null))), "text model, no copy");
        ParserModelCache cache = new ParserModelCache(dir);
        assertEquals(expected, ours(new BasicDependencyParser(props(), cache)), "text model, copy written");
        Path copy = cache.file(ParserModelCache.key(DependencyParser.DEFAULT_MODEL));
        assertTrue(Files.size(copy) > 1_000_000, "the copy holds the arrays");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(copy), files.toList(), "no temporary file left behind");
        }
        assertEquals(expected, ours(new BasicDependencyParser(props(), cache)), "read from the copy");
    }

    @Test
    void theCopyRoundTripsExactly() {
        ParserModel m = ParserModel.readText(DependencyParser.DEFAULT_MODEL);
        ParserModel back = ParserModel.fromBinary(m.toBinary("k"), "k");
        assertEquals(m.words(), back.words());
        assertEquals(m.tags(), back.tags());
        assertEquals(m.labels(), back.labels());
        assertEquals(m.language(), back.language());
        assertEquals(m.tlp(), back.tlp());
        assertTrue(java.util.Arrays.deepEquals(m.E(), back.E()));
        assertTrue(java.util.Arrays.deepEquals(m.W1(), back.W1()));
        assertArrayEquals(m.b1(), back.b1());
        assertTrue(java.util.Arrays.deepEquals(m.W2(), back.W2()));
        assertArrayEquals(m.preComputed(), back.preComputed());
        assertThrows(IllegalArgumentException.class, () -> ParserModel.fromBinary(m.toBinary("k"), "another model"));
    }

    @Test
    void aDamagedCopyIsIgnoredAndWrittenAgain(@TempDir Path dir) throws Exception {
        ParserModelCache cache = new ParserModelCache(dir);
        Path copy = cache.file(ParserModelCache.key(DependencyParser.DEFAULT_MODEL));
        List<String> expected = ours(new BasicDependencyParser(props(), cache));
        byte[] good = Files.readAllBytes(copy);

        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x55;
        Files.write(copy, flipped);
        assertEquals(expected, ours(new BasicDependencyParser(props(), cache)), "one changed byte");
        assertArrayEquals(good, Files.readAllBytes(copy), "rewritten");

        Files.write(copy, java.util.Arrays.copyOf(good, good.length / 3));
        assertEquals(expected, ours(new BasicDependencyParser(props(), cache)), "truncated");
        assertArrayEquals(good, Files.readAllBytes(copy), "rewritten");
    }

    @Test
    void theKeyNamesTheModelItsSizeAndChecksum() {
        String key = ParserModelCache.key(DependencyParser.DEFAULT_MODEL);
        assertNotNull(key);
        assertTrue(key.matches(java.util.regex.Pattern.quote(DependencyParser.DEFAULT_MODEL) + "\\|\\d+\\|[0-9a-f]+"), key);
        assertNull(ParserModelCache.key("no/such/model.gz"));
    }
}
