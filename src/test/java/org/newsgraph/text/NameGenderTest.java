package org.newsgraph.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameGenderTest {
    @Test
    void honorificsAndKinNounsShowTheGenderASurnameAloneDoesNot() {
        assertEquals(NameGender.Gender.FEMALE, NameGender.of("Mrs. Okafor"));
        assertEquals(NameGender.Gender.MALE, NameGender.of("Mr. Okafor"));
        assertEquals(NameGender.Gender.UNKNOWN, NameGender.of("Okafor"));
        assertFalse(NameGender.agrees("she", "Mr. Okafor"));
        assertTrue(NameGender.agrees("he", "Okafor"));
        assertTrue(NameGender.compatible("Okafor", "Mrs. Okafor"));
        assertFalse(NameGender.compatible("Mr. Okafor", "Mrs. Okafor"));
    }

    @Test
    void personalPronounsStandForOnePersonOnly() {
        for (String w : new String[]{"he", "His", "himself", "she", "her", "hers", "Herself"})
            assertTrue(NameGender.isPersonalPronoun(w), w);
        for (String w : new String[]{"it", "its", "they", "their", "we", "Hera"})
            assertFalse(NameGender.isPersonalPronoun(w), w);
    }
}
