package org.newsgraph.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which invented sentences get a dependency parse. */
class ParseSelectionTest {
    private final ParseSelection bundled = ParseSelection.bundled();

    /** Tokens from "word/POS/lemma/NER" items; lemma defaults to the lower-cased word, NER to O. */
    private static List<Token> sentence(String... items) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String item : items) {
            String[] p = item.split("/");
            String word = p[0];
            String pos = p.length > 1 ? p[1] : "NN";
            String lemma = p.length > 2 && !p[2].isEmpty() ? p[2] : word.toLowerCase();
            String ner = p.length > 3 ? p[3] : "O";
            out.add(new Token(out.size(), at, at + word.length(), word, pos, lemma, ner, null));
            at += word.length() + 1;
        }
        return out;
    }

    @Test
    void sentenceWithoutCuesNamesOrQuotesIsNotParsed() {
        assertFalse(bundled.needsParse(sentence("Temperatures/NNS/temperature", "fell/VBD/fall", "to/TO", "minus/CC",
                "five/CD", "overnight/RB", "./.")));
        assertFalse(bundled.needsParse(List.of()));
    }

    @Test
    void speechVerbInAnyFormIsParsed() {
        // "told" is found through its lemma, as the statement extractor finds cues
        assertTrue(bundled.needsParse(sentence("The/DT", "official/NN", "told/VBD/tell", "reporters/NNS/reporter",
                "the/DT", "talks/NNS/talk", "stalled/VBD/stall", "./.")));
        assertTrue(bundled.needsParse(sentence("the/DT", "talks/NNS/talk", "stalled/VBD/stall", ",/,", "according/VBG",
                "to/TO", "officials/NNS/official")));
    }

    @Test
    void quotationMarkIsParsed() {
        assertTrue(bundled.needsParse(sentence("“/``", "We/PRP", "are/VBP/be", "ready/JJ", ",/,", "”/''")));
        assertTrue(bundled.needsParse(sentence("\"/``", "Enough/JJ", "./.")));
    }

    @Test
    void eventTriggerFromTheCatalogueIsParsed() {
        // "suspension" and "meeting" are trigger lemmas of the bundled event catalogue
        assertTrue(bundled.needsParse(sentence("The/DT", "suspension/NN", "lasted/VBD/last", "a/DT", "week/NN", "./.")));
        assertTrue(bundled.needsParse(sentence("The/DT", "cut-off/NN", "came/VBD/come", "suddenly/RB")));
    }

    @Test
    void namedPersonOrProperNounIsParsed() {
        // a named subject may be the "he" of a later "he said"
        assertTrue(bundled.needsParse(sentence("Marta/NNP/marta/PERSON", "Ilves/NNP/ilves/PERSON", "arrived/VBD/arrive",
                "late/RB", "./.")));
        assertTrue(bundled.needsParse(sentence("Brindlewood/NNP", "won/VBD/win", "easily/RB")));
    }

    @Test
    void cueWordsComeFromTheListingResources() {
        Set<String> words = ParseSelection.loadCueWords("/nlp/parse-cues.txt");
        assertTrue(words.contains("say"));
        assertTrue(words.contains("according"));
        assertTrue(words.contains("suspension"));
        // a multi-word trigger counts by its longest word, never by its "the", "on" or "by"
        assertTrue(words.contains("cut"));
        assertTrue(words.contains("election"));
        assertFalse(words.contains("the"));
        assertFalse(words.contains("on"));
        assertFalse(words.contains("by"));
        assertFalse(words.contains("temperature"));
    }

    @Test
    void turtleTriggerAndAnaphorLemmasAreRead() {
        Set<String> out = new HashSet<>();
        ParseSelection.addTurtleLemmas("""
                ng:Parade a owl:Class ;
                    ng:triggerLemma "parade", "march past" ;
                    ng:weakTriggerLemma "gathering" ;
                    ng:excludesArgumentLemma "ice" .
                ng:Event ng:anaphorLemma "move" .
                """, out);
        assertTrue(out.containsAll(Set.of("parade", "march", "gathering", "move")));
        assertFalse(out.contains("past"), "a phrase counts by its longest word");
        assertFalse(out.contains("ice"));
    }

    @Test
    void customCueListDecides() {
        ParseSelection only = new ParseSelection(Set.of("wave"));
        assertTrue(only.needsParse(sentence("crowds/NNS/crowd", "waved/VBD/wave")));
        assertFalse(only.needsParse(sentence("crowds/NNS/crowd", "cheered/VBD/cheer")));
    }
}
