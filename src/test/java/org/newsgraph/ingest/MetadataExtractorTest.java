package org.newsgraph.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class MetadataExtractorTest {

    private final MetadataExtractor extractor = new MetadataExtractor();
    private final TextCleaner cleaner = new TextCleaner();

    private MetadataExtractor.Metadata md(String text) {
        return extractor.extract(cleaner.clean(text).paragraphs());
    }

    private static final String BODY = "The regional council approved the harbour plan on Thursday after a long debate, "
            + "and the first works are expected to begin in the spring, officials said.";

    // --- headline ---

    @Test
    void titleLineAtTheTopIsTheHeadline() {
        assertEquals("Harbour Plan Approved After Long Debate", md("Harbour Plan Approved After Long Debate\n" + BODY).headline());
    }

    @Test
    void headlineMayFollowAShortStandfirstSentence() {
        String text = "Councillors back a plan that has divided the town for a decade.\nHarbour Plan Approved After Long Debate\n" + BODY;
        assertEquals("Harbour Plan Approved After Long Debate", md(text).headline());
    }

    @Test
    void firstLineThatIsAFullSentenceIsNotAHeadline() {
        assertNull(md(BODY + "\nWork will start in April.").headline());
        assertNull(md("The harbour plan was approved.\n" + BODY).headline());
    }

    @Test
    void headingInsideTheBodyIsNotAHeadline() {
        String text = BODY + "\nThe vote followed months of public hearings and two legal challenges, both of which failed.\n"
                + "What Happens Next\nThe contractor must now file detailed drawings.";
        assertNull(md(text).headline());
    }

    @Test
    void tooShortOrTooLongLinesAreNotHeadlines() {
        assertNull(md("Harbour\n" + BODY).headline());
        assertNull(md("Harbour plan\n" + BODY).headline());
        String longLine = "This line has far too many words to be the title of any normal news article that a newspaper would print on a page";
        assertNull(md(longLine + "\n" + BODY).headline());
    }

    @Test
    void headlineEndingWithAPeriodOrLowerCaseStartIsNotTaken() {
        assertNull(md("harbour plan approved after long debate\n" + BODY).headline());
        assertNull(md("Harbour plan approved after long debate.\n" + BODY).headline());
    }

    // --- dates ---

    @Test
    void datelineFormats() {
        LocalDate d = LocalDate.of(2025, 3, 6);
        for (String line : new String[] {"Mar 06, 2025", "March 6, 2025", "6 March 2025", "2025-03-06",
                "Mar 06, 2025, updated Mar 07, 2025", "Published Thursday, 6th March 2025 at 10:42 GMT",
                "Updated: March 6, 2025 5:30 p.m. ET", "Sept 9, 2024"}) {
            MetadataExtractor.Metadata m = md("Harbour Plan Approved After Long Debate\n" + line + "\n" + BODY);
            LocalDate expected = line.startsWith("Sept") ? LocalDate.of(2024, 9, 9) : d;
            assertEquals(expected, m.datePublished(), line);
            assertEquals(Set.of(1), m.datelines(), line);
        }
    }

    @Test
    void datelineOpeningTheFirstParagraphIsReadButNotRemoved() {
        MetadataExtractor.Metadata m = md("LONDON, March 6, 2025 — " + BODY);
        assertEquals(LocalDate.of(2025, 3, 6), m.datePublished());
        assertTrue(m.datelines().isEmpty());
    }

    @Test
    void noDateIsGuessed() {
        assertNull(md(BODY).datePublished(), "no date at all");
        assertNull(md("Harbour Plan Approved\nMarch 6\n" + BODY).datePublished(), "no year");
        assertNull(md("Harbour Plan Approved\n06/03/2025\n" + BODY).datePublished(), "ambiguous day/month");
        assertNull(md("Harbour Plan Approved\nFebruary 30, 2025\n" + BODY).datePublished(), "impossible date");
        // a date inside a body sentence is an event date, not the publication date
        assertNull(md(BODY + "\nThe works will start on April 2, 2026, the council said.").datePublished());
    }

    @Test
    void firstDateOfAStringOnly() {
        assertEquals(LocalDate.of(2025, 3, 6), MetadataExtractor.firstDate("2025-03-06T10:15:00Z"));
        assertEquals(LocalDate.of(2024, 12, 1), MetadataExtractor.firstDate("1 Dec 2024, updated 3 Dec 2024"));
        assertNull(MetadataExtractor.firstDate("in May 2025"));
    }

    // --- bylines and footers ---

    @Test
    void parentheticalBylineGivesAuthorAndPublisher() {
        MetadataExtractor.Metadata m = md("(Jane Roe, Harbour Times) " + BODY);
        assertEquals("Jane Roe", m.author());
        assertEquals("Harbour Times", m.publisher());
    }

    @Test
    void byLineGivesAuthorAndForGivesPublisher() {
        assertEquals("Jane Roe", md("Harbour Plan Approved After Debate\nBy Jane Roe\n" + BODY).author());
        MetadataExtractor.Metadata m = md("By Maria van der Berg for Coastal News\n" + BODY);
        assertEquals("Maria van der Berg", m.author());
        assertEquals("Coastal News", m.publisher());
        MetadataExtractor.Metadata two = md("By Jane Roe and John Doe | March 6, 2025\n" + BODY);
        assertEquals("Jane Roe", two.author());
        assertEquals(LocalDate.of(2025, 3, 6), two.datePublished());
        assertNull(two.publisher());
    }

    @Test
    void byAtSentenceStartIsNotAByline() {
        MetadataExtractor.Metadata m = md("By Wednesday, the flood waters had receded.\n" + BODY);
        assertNull(m.author());
        assertNull(md("By the end of the week, talks had stalled.\n" + BODY).author());
    }

    @Test
    void parenthesisThatIsNotANameAndOutletGivesNothing() {
        MetadataExtractor.Metadata m = md("(Updated with new figures) " + BODY);
        assertNull(m.author());
        assertNull(m.publisher());
        assertNull(md("(Reuters) - " + BODY).author());
    }

    @Test
    void footerNamesThePublisher() {
        assertEquals("Harbour Times", md(BODY + "\nThis article originally appeared at Harbour Times.").publisher());
        assertEquals("Example.org", md(BODY + "\nThis story was originally published by Example.org.").publisher());
        assertEquals("The Conversation", md(BODY + "\nOriginally published by The Conversation.").publisher());
        assertEquals("Coastal Review", md(BODY + "\nThis article was first published on Coastal Review on March 2, 2025.").publisher());
    }

    @Test
    void noBylineNoFooterMeansNullAuthorAndPublisher() {
        MetadataExtractor.Metadata m = md("Harbour Plan Approved After Long Debate\n" + BODY + "\nThe mayor welcomed the vote.");
        assertNull(m.author());
        assertNull(m.publisher());
        assertNull(m.datePublished());
    }

    @Test
    void extractionReadsOnlyGivenParagraphs() {
        assertEquals(new MetadataExtractor.Metadata(null, null, null, null, Set.of()), extractor.extract(List.of()));
    }
}
