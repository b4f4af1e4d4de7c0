package org.newsgraph.link;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EntityCsvTest {
    @Test
    void writesRfc4180WithQuoting() {
        StringWriter w = new StringWriter();
        EntityCsv.write(List.of(
                new EntityCsv.EntityRow("Volodymyr Zelenskyy", "person", "Q3874799", List.of("Zelensky", "Zelenskiy"), 12),
                new EntityCsv.EntityRow("Smith, Barney & Co.", "organization", "", List.of(), 1),
                new EntityCsv.EntityRow("The \"Iron\" Lady", "person", null, List.of("Thatcher, M.", "line\nbreak"), 3)), w);
        String expected = "name,type,wikidata_id,alternate_names,mention_count,entity,confidence,method,evidence,candidates,review\r\n"
                + "Volodymyr Zelenskyy,person,Q3874799,Zelensky|Zelenskiy,12,,,,,,\r\n"
                + "\"Smith, Barney & Co.\",organization,,,1,,,,,,\r\n"
                + "\"The \"\"Iron\"\" Lady\",person,,\"Thatcher, M.|line\nbreak\",3,,,,,,\r\n";
        assertEquals(expected, w.toString());
    }

    @Test
    void writesLinkEvidenceAndCandidatesAndReadsReviewsBack() {
        StringWriter w = new StringWriter();
        String base = "https://example.org/id/";
        EntityCsv.write(List.of(
                new EntityCsv.EntityRow("Alex Morgan", "Person", "Q1001", List.of(), 2, base + "person/alex-morgan", "0.9",
                        "gazetteer", "name 'Alex Morgan' is its label or alias; party tag 'B-Y' fits [B]",
                        List.of(new EntityLink.Scored("Q1001", 1.4), new EntityLink.Scored("Q1002", 0.9))),
                new EntityCsv.EntityRow("Pat Doyle", "Person", "", List.of(), 1, base + "person/pat-doyle", "", "gazetteer",
                        "too close", List.of(new EntityLink.Scored("Q7", 0.6), new EntityLink.Scored("Q8", 0.6)))), w);
        String csv = w.toString();
        assertTrue(csv.contains(",Q1001=1.4|Q1002=0.9,\r\n"), csv);
        // The researcher fills the review column: accept the first, name the right item for the second.
        String reviewed = csv.replace("Q1001=1.4|Q1002=0.9,\r\n", "Q1001=1.4|Q1002=0.9,accept\r\n")
                .replace("Q7=0.6|Q8=0.6,\r\n", "Q7=0.6|Q8=0.6,Q8\r\n");
        List<ReviewedLinks.Review> reviews = EntityCsv.readReviews(new java.io.StringReader(reviewed), base);
        assertEquals(List.of(
                new ReviewedLinks.Review("person/alex-morgan", ReviewedLinks.Decision.ACCEPT, "Q1001", "from Q1001"),
                new ReviewedLinks.Review("person/pat-doyle", ReviewedLinks.Decision.CORRECT, "Q8", "from no link")), reviews);
        assertThrows(IllegalArgumentException.class, () -> EntityCsv.readReviews(
                new java.io.StringReader(csv.replace("Q7=0.6|Q8=0.6,\r\n", "Q7=0.6|Q8=0.6,reject\r\n")), base),
                "rejecting an unlinked entity names no item");
    }

    @Test
    void quotesOnlyWhenNeeded() {
        assertEquals("plain", EntityCsv.field("plain"));
        assertEquals("\"a\rb\"", EntityCsv.field("a\rb"));
        assertEquals("\"\"\"\"", EntityCsv.field("\""));
        assertEquals("", EntityCsv.field(null));
    }

    @Test
    void headerOnlyForNoRows() {
        StringWriter w = new StringWriter();
        EntityCsv.write(List.of(), w);
        assertEquals(EntityCsv.HEADER + "\r\n", w.toString());
    }
}
