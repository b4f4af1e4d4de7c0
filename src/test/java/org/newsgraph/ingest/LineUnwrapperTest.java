package org.newsgraph.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineUnwrapperTest {

    // Wire copy filled to a fixed width, no blank lines: each paragraph starts on a new line.
    private static final String FILLED = """
            Harbour Town council approved a new ferry terminal on
            Tuesday after a two-year dispute with residents of the old
            quarter, who argued that the building was too large.
            The terminal will cost 40 million crowns.
            "This is a day I have waited for since I was elected," said
            Lindqvist. "The town needs the jobs and the ferries need a
            quay that does not flood every winter."
            Residents said they would appeal the decision to the
            regional court, which can take a year or more to decide.
            """;

    @Test
    void filledLinesWithoutBlankLinesAreJoinedIntoTheirParagraphs() {
        List<String> p = LineUnwrapper.paragraphs(FILLED);
        assertEquals(4, p.size(), p.toString());
        assertEquals("The terminal will cost 40 million crowns.", p.get(1));
        // The cue and its speaker on two lines end up in one paragraph.
        assertEquals(true, p.get(2).contains("was elected,\" said Lindqvist. \"The town"), p.get(2));
        assertEquals(LineUnwrapper.Layout.FILLED, LineUnwrapper.layout(FILLED.strip().split("\n")));
    }

    @Test
    void oneParagraphPerLineStaysSo() {
        String scraped = """
                Harbour Town council approved a new ferry terminal on Tuesday after a two-year dispute.
                "This is a day I have waited for," said Lindqvist.
                Residents said they would appeal.
                The terminal will cost 40 million crowns.
                Work starts in the spring.
                The first ferry is due in 2028.
                """;
        assertEquals(6, LineUnwrapper.paragraphs(scraped).size());
    }

    @Test
    void blankLineSeparatedBlocksOfWrappedLinesAreJoined() {
        String blocks = """
                The city council met on Tuesday evening to discuss the budget and
                heard from residents who had waited for hours to speak about the plan
                to close two libraries and a swimming pool in the northern districts of
                the city, which residents say would leave their children with nowhere
                to go after school.

                Several councillors said they had received hundreds of letters from
                residents opposed to the closures, and asked the mayor to reconsider
                the plan before the final vote, which is scheduled for next month.
                """;
        assertEquals(LineUnwrapper.Layout.BLOCKS, LineUnwrapper.layout(blocks.strip().split("\n")));
        assertEquals(2, LineUnwrapper.paragraphs(blocks).size());
    }

    @Test
    void aShortHeadingLineStaysItsOwnParagraph() {
        String text = "Ferry terminal approved\n" + FILLED;
        List<String> p = LineUnwrapper.paragraphs(text);
        assertEquals("Ferry terminal approved", p.get(0));
        assertEquals(5, p.size(), p.toString());
    }
}
