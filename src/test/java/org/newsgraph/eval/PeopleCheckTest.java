package org.newsgraph.eval;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.PeopleCheck.CorpusPerson;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PeopleCheckTest {
    @Test
    void aOneWordSurnameOfADominantFullNameIsADuplicate() {
        PeopleCheck c = PeopleCheck.of(List.of(new CorpusPerson("Rachel Osborne", 9), new CorpusPerson("Osborne", 3),
                new CorpusPerson("Lena Fischer", 2), new CorpusPerson("Tom Fischer", 2), new CorpusPerson("Fischer", 1),
                new CorpusPerson("Varga", 4)));
        assertEquals(6, c.people());
        assertEquals(1, c.surnameDuplicates().size(), c.toText(true));
        assertTrue(c.surnameDuplicates().get(0).startsWith("Osborne (3) ~ Rachel Osborne (9)"), c.toText(true));
    }

    @Test
    void capitalsRunTogetherWordsAndHeadlineShapes() {
        PeopleCheck c = PeopleCheck.of(List.of(new CorpusPerson("MARA QUENTIN", 1), new CorpusPerson("JFK", 1),
                new CorpusPerson("Paul HollisterMara", 1), new CorpusPerson("Mitch McConnell", 1), new CorpusPerson("Betsy DeVos", 1), new CorpusPerson("Ava DuVernay", 1),
                new CorpusPerson("LeBron James", 1), new CorpusPerson("Dana Whitcombe Drops Into Dayton Today", 1)));
        assertEquals(List.of("MARA QUENTIN"), c.allCapitals());
        assertEquals(List.of("Paul HollisterMara"), c.runTogether());
        assertEquals(List.of(), c.brokenEncoding());
        assertEquals(List.of("Dana Whitcombe Drops Into Dayton Today"), c.longNames());
        String text = c.toText(false);
        assertTrue(text.contains("all capitals") && !text.contains("MARA QUENTIN"), text);
        assertTrue(c.toText(true).contains("MARA QUENTIN"));
    }

    @Test
    void whatAWrongDecodingLeftIsBrokenEncodingNotWordsRunTogether() {
        PeopleCheck c = PeopleCheck.of(List.of(new CorpusPerson("RaÃol Grijalva", 1), new CorpusPerson("JosÃÂ Ortiz", 1),
                new CorpusPerson("Jim VandeHei", 1), new CorpusPerson("Lena\uFFFDs", 1)));
        assertEquals(List.of("RaÃol Grijalva", "JosÃÂ Ortiz", "Lena\uFFFDs"), c.brokenEncoding());
        assertEquals(List.of(), c.runTogether());
        assertTrue(c.toText(false).contains("broken encoding in the source"), c.toText(false));
    }
}
