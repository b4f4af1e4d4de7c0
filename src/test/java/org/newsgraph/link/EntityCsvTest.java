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
        String expected = "name,type,wikidata_id,alternate_names,mention_count\r\n"
                + "Volodymyr Zelenskyy,person,Q3874799,Zelensky|Zelenskiy,12\r\n"
                + "\"Smith, Barney & Co.\",organization,,,1\r\n"
                + "\"The \"\"Iron\"\" Lady\",person,,\"Thatcher, M.|line\nbreak\",3\r\n";
        assertEquals(expected, w.toString());
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
