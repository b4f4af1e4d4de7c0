package org.newsgraph.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void everyLineIsAParagraphAndBlankLinesSeparateToo() {
        TextCleaner.Result r = cleaner.clean("First line of the story.\nSecond line here.\n\n\nThird after blanks.\n");
        assertEquals(List.of("First line of the story.", "Second line here.", "Third after blanks."), r.paragraphs());
        assertEquals("First line of the story.\n\nSecond line here.\n\nThird after blanks.", r.text());
    }

    @Test
    void exactRepeatsAfterWhitespaceFoldingAreDroppedKeepingTheFirst() {
        TextCleaner.Result r = cleaner.clean("""
                The mayor opened the new bridge on Friday.
                Traffic was heavy all afternoon.
                The mayor  opened the new bridge   on Friday.
                Traffic was heavy all afternoon.
                """);
        assertEquals(List.of("The mayor opened the new bridge on Friday.", "Traffic was heavy all afternoon."), r.paragraphs());
        assertEquals(List.of("repeated paragraph: \"The mayor opened the n…\"", "repeated paragraph: \"Traffic was heavy all…\""),
                r.dropped());
    }

    @Test
    void nearlyEqualSentencesAreBothKept() {
        TextCleaner.Result r = cleaner.clean("The council voted 5-4 on Tuesday.\nThe council voted 6-3 on Tuesday.");
        assertEquals(2, r.paragraphs().size());
        assertTrue(r.dropped().isEmpty());
    }

    @Test
    void repeatedTitleLinesAreDroppedIncludingOutletSuffixAndCaseVariants() {
        TextCleaner.Result r = cleaner.clean("""
                Storm Floods Coastal Towns Overnight
                Storm floods coastal towns overnight
                Storm Floods Coastal Towns Overnight | The Daily Example
                Heavy rain fell across the region, officials said.
                """);
        assertEquals(List.of("Storm Floods Coastal Towns Overnight", "Heavy rain fell across the region, officials said."),
                r.paragraphs());
        assertEquals(2, r.dropped().size());
        assertTrue(r.dropped().stream().allMatch(d -> d.startsWith("repeated title:")), r.dropped().toString());
    }

    @Test
    void furnitureLinesAreDropped() {
        String[] furniture = {"Just In", "Stay informed, daily", "Advertisement", "ADVERTISEMENT", "Read more",
                "Read more: Floods hit the valley again", "Share this article", "Sign up for our newsletter",
                "Sign up for our daily newsletter to get the latest news", "Follow us on Twitter and Facebook",
                "Related: Markets slide after rate decision", "Click here to subscribe",
                "Image: Rescue teams at the scene", "Photo: A supplied picture of the harbour",
                "Story continues below advertisement", "Skip to main content", "Share", "Facebook Twitter Email",
                "5 min read", "© 2025 Example Media. All rights reserved.",
                "Firefighters at the scene on Monday. (AP Photo/Jane Roe)", "Most Read", "Topics: Weather, Floods", "* * *", "———"};
        for (String f : furniture) {
            TextCleaner.Result r = cleaner.clean("The fire started early on Monday.\n" + f + "\nNobody was hurt.");
            assertEquals(List.of("The fire started early on Monday.", "Nobody was hurt."), r.paragraphs(), f);
            assertEquals(1, r.dropped().size(), f);
            assertTrue(r.dropped().get(0).startsWith("furniture: "), r.dropped().get(0));
        }
    }

    @Test
    void proseThatStartsLikeFurnitureIsKept() {
        String[] prose = {"Share prices fell 5% on Monday.", "Follow the money, the inspector told the inquiry.",
                "Related talks are expected next week.", "Read the fine print before signing, the regulator warned.",
                "Image rights became a sticking point in the negotiations.",
                "Advertisement spending rose sharply in the third quarter, the agency reported.",
                "Subscribers of the service were told about the breach on Friday.",
                "Photographers gathered outside the court before the hearing began.",
                "She said: \"Just in time, we got out.\""};
        for (String p : prose) {
            TextCleaner.Result r = cleaner.clean(p);
            assertEquals(List.of(p), r.paragraphs(), p);
            assertTrue(r.dropped().isEmpty(), p);
        }
    }

    @Test
    void longParagraphIsNeverFurniture() {
        String longPara = "Read more about the case in the report, which runs to several hundred pages and describes in great "
                + "detail how the contracts were awarded, who signed them, and which officials raised concerns at the time, "
                + "according to people who have seen it and spoke on condition of anonymity.";
        assertEquals(List.of(longPara), cleaner.clean(longPara).paragraphs());
    }

    @Test
    void wordingIncludingTyposIsKept() {
        String typo = "The goverment has announced new measures, teh minister said.";
        assertEquals(typo, cleaner.clean(typo).text());
    }

    @Test
    void repeatedCaptionIsDroppedOnce() {
        TextCleaner.Result r = cleaner.clean("""
                Workers clear debris in the town centre
                The storm hit on Sunday night.
                Workers clear debris in the town centre
                Power was restored by Tuesday.
                """);
        assertEquals(3, r.paragraphs().size());
        assertEquals(1, r.dropped().size());
    }

    @Test
    void hardWrappedTextIsRejoinedIntoParagraphs() {
        String wrapped = """
                The city council met on Tuesday evening to discuss the new budget and
                heard from residents who had waited for hours to speak about the plan
                to close two libraries and a swimming pool in the northern districts.

                Several councillors said they had received hundreds of letters from
                residents opposed to the closures, and asked the mayor to reconsider
                the plan before the final vote, which is scheduled for next month.

                The mayor said the city had no choice given the size of the deficit
                and that the savings would protect jobs in other parts of the service
                over the next three years, a claim the opposition disputed strongly.
                """;
        TextCleaner.Result r = cleaner.clean(wrapped);
        assertEquals(3, r.paragraphs().size(), r.paragraphs().toString());
        assertTrue(r.paragraphs().get(0).startsWith("The city council met") && r.paragraphs().get(0).endsWith("northern districts."));
    }

    @Test
    void longLinesSeparatedByBlankLinesAreNotJoined() {
        String text = "A short headline here\n\nThe first paragraph is a single long line that goes on and on beyond one hundred characters in length, as scraped text does.\nAnother long line that is its own paragraph because scrapers write one paragraph per line of the file.";
        assertEquals(3, cleaner.clean(text).paragraphs().size());
    }
}
