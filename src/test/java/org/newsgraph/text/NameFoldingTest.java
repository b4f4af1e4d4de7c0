package org.newsgraph.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameFoldingTest {
    @Test
    void personKeyFoldsTransliterationsPossessivesAndInitials() {
        assertEquals(NameFolding.person("Volodymyr Zelensky"), NameFolding.person("Volodymyr Zelenskyy"));
        assertEquals(NameFolding.person("Trump"), NameFolding.person("Trump’s"));
        assertEquals(NameFolding.person("JD Vance"), NameFolding.person("J.D. Vance"));
        assertNotEquals(NameFolding.person("Sullivan"), NameFolding.person("O'Sullivan"));
    }

    @Test
    void surfaceFormDropsLeadingArticleAndJoinsSpacedInitials() {
        assertEquals("us", NameFolding.surface("the U.S."));
        assertEquals("jd vance", NameFolding.surface("J. D. Vance"));
        assertEquals(NameFolding.surface("Zelensky", true), NameFolding.surface("Zelenskiy", true));
        assertNotEquals(NameFolding.surface("Zelensky", false), NameFolding.surface("Zelenskiy", false));
        assertEquals(2, NameFolding.words(NameFolding.surface("Mike Waltz")));
    }
}
