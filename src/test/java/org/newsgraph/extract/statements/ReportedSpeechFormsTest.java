package org.newsgraph.extract.statements;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.Statement;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reported-speech forms of real news (issue 10, failure class 5), on sentences written for the test:
 * "X quoted Y as saying" and its passive.
 */
class ReportedSpeechFormsTest {
    private static NlpPipeline nlp;
    private final StatementExtractor extractor = new StatementExtractor();

    @BeforeAll
    static void load() { nlp = NlpPipeline.shared(); }

    /** Speakers of the statements whose text contains the given words. */
    private Set<String> speakersOf(String text, String words) {
        Document doc = nlp.annotate(text, null);
        List<Agent> agents = TestAgents.fromMentions(doc);
        Set<String> out = new TreeSet<>();
        for (Statement s : extractor.extract(doc, agents)) {
            if (s.text().contains(words)) out.add(String.valueOf(GoldScorer.speakerName(s.speaker(), agents)));
        }
        return out;
    }

    @Test
    void passiveQuotedAsSaying() {
        assertEquals(Set.of("Lena Fischer"),
                speakersOf("Lena Fischer was quoted as saying the mine would reopen in spring.", "mine would reopen"));
    }

    @Test
    void quotedAsSayingGivesTheQuotedPerson() {
        assertEquals(Set.of("Lena Fischer"),
                speakersOf("The Valley Herald quoted Lena Fischer as saying the mine would reopen in spring.", "mine would reopen"));
    }
}
