package org.newsgraph.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameFoldingTest {
    @Test
    void transliterationVariantsFoldTogether() {
        String z = NameFolding.person("Volodymyr Zelensky");
        for (String v : new String[]{"Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenskij", "VOLODYMYR ZELENSKY"})
            assertEquals(z, NameFolding.person(v), v);
        assertEquals(NameFolding.person("Dmitry Peskov"), NameFolding.person("Dmitri Peskov"));
        assertEquals(NameFolding.person("Oleksii Reznikov"), NameFolding.person("Oleksiy Reznikov"));
        assertEquals(NameFolding.person("José Pérez"), NameFolding.person("Jose Perez"));
    }

    @Test
    void punctuationAndPossessivesFold() {
        assertEquals(NameFolding.person("Trump"), NameFolding.person("Trump’s"));
        assertEquals(NameFolding.person("Zelensky"), NameFolding.person("Zelensky's"));
        assertEquals(NameFolding.person("JD Vance"), NameFolding.person("J.D. Vance"));
        assertEquals(NameFolding.person("Jean Claude Juncker"), NameFolding.person("Jean-Claude Juncker"));
        assertNotEquals(NameFolding.person("Sullivan"), NameFolding.person("O'Sullivan"));
    }

    @Test
    void distinctNamesStayDistinct() {
        assertNotEquals(NameFolding.person("Anna Berg"), NameFolding.person("Paul Berg"));
        assertNotEquals(NameFolding.person("Mike Waltz"), NameFolding.person("Mike Walz"));
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
