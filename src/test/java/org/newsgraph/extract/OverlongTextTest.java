package org.newsgraph.extract;

import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.Sentence;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A 20,000-token text without sentence ends (a scraped table or comment dump) costs about its token
 * count: the NLP stage cuts it into pieces of bounded length and extraction skips them.
 */
class OverlongTextTest {
    static final String UNIT = "Mayor John Smith said the council voted 12 to 3 in Paris for Reuters , ";

    @Test
    void aHugeRunWithoutSentenceEndsIsCutAndSkipped() {
        NlpPipeline nlp = NlpPipeline.shared();
        String prose = "The mayor, Jane Hill, said on Monday that the bridge would reopen in May.\n\n";
        String text = prose + UNIT.repeat(1_430).strip();
        Article a = new Ingestor().fromText("dump", "mem:dump", text);
        // CPU time of this thread, not wall time: the machine running the tests may be busy.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        Document doc = nlp.annotate(a.text(), null);
        long c1 = cpu.getCurrentThreadCpuTime();
        ArticleFacts facts = new ArticleExtractor().extract(a, doc);
        long c2 = cpu.getCurrentThreadCpuTime();
        System.out.printf("%d-token run without sentence ends: NLP %.1f s CPU, extraction %.2f s CPU%n",
                doc.tokenCount(), (c1 - c0) / 1e9, (c2 - c1) / 1e9);
        assertTrue(doc.tokenCount() > 20_000, "tokens: " + doc.tokenCount());
        for (Sentence s : doc.sentences()) assertTrue(s.tokens().size() <= NlpPipeline.MAX_SENTENCE_TOKENS);
        assertTrue(doc.cutTokenCount() > 20_000, "the run is marked as cut: " + doc.cutTokenCount());
        assertFalse(doc.sentences().get(0).cut(), "the prose sentence before it is kept");
        // Generous bounds that only catch runaway (superlinear) behaviour: uncapped, this took 34 s of NLP
        // and 67 s of extraction.
        assertTrue((c1 - c0) / 1e9 < 90, "NLP CPU " + (c1 - c0) / 1e9 + " s");
        assertTrue((c2 - c1) / 1e9 < 10, "extraction CPU " + (c2 - c1) / 1e9 + " s");
        // Only the prose sentence yields a statement; nothing bogus comes out of the run.
        assertEquals(1, facts.statements().size(), facts.statements().toString());
        assertTrue(facts.agents().stream().noneMatch(ag -> ag.name().contains("Smith")), facts.agents().toString());
    }
}
