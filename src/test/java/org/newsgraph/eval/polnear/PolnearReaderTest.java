package org.newsgraph.eval.polnear;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The BRAT standoff reader on a small split written for this test. */
class PolnearReaderTest {
    static final String TEXT = "Mayor Ines Calloway said the bridge will reopen in May. "
            + "He believes, aides say, that voters agree.";

    static final List<String> ANN = List.of(
            "T1\tSource 6 19\tInes Calloway",
            "T2\tCue 20 24\tsaid",
            "T3\tContent 25 54\tthe bridge will reopen in May",
            "T4\tAttribution 20 24\tsaid",
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
            "T5\tSource 56 58\tHe",
            "T6\tCue 59 67\tbelieves",
            // a discontinuous span: its parts are joined by one space
            "T7\tContent 80 84;85 97\tthat voters agree",
            "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
            "T9\tCue 69 78\taides say",
            "E3\tAttribution:T10 Cue:T9",
            "A1\tNote T1 ignored");

    @Test
    void readsSpansEventsAndDiscontinuousContent() {
        List<PolnearAttribution> as = PolnearReader.attributions(TEXT, ANN);
        assertEquals(2, as.size(), "an attribution without content is skipped: " + as);
        PolnearAttribution said = as.get(0);
        assertEquals("Ines Calloway", said.source());
        assertEquals("said", said.cue());
        assertEquals("the bridge will reopen in May", said.content());
        assertTrue(said.speech());
        assertTrue(said.named());
        PolnearAttribution belief = as.get(1);
        assertEquals("that voters agree", belief.content());
        assertFalse(belief.speech(), "believes is no verb of saying");
        assertFalse(belief.named(), "a pronoun source is not named");
    }

    @Test
    void matchesTextToAnnotationByNamePrefix(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/paper_2016-01-02_bridge.txt"), TEXT);
        Files.writeString(dir.resolve("attributions/paper_2016-01-02_bridge_9a1f.ann"), String.join("\n", ANN) + "\n");
        Files.writeString(dir.resolve("text/paper_2016-01-03_unannotated.txt"), "No annotation file.");
        List<PolnearArticle> arts = PolnearReader.read(dir);
        assertEquals(1, arts.size(), "a text without annotations is skipped");
        assertEquals("paper_2016-01-02_bridge", arts.get(0).id());
        assertEquals(2, arts.get(0).attributions().size());
    }

    @Test
    void rejectsAFolderThatIsNoSplit(@TempDir Path dir) {
        assertThrows(java.io.IOException.class, () -> PolnearReader.read(dir));
    }
}
