package org.newsgraph.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeSelectionTest {
    private final TimeSelection selection = TimeSelection.bundled();

    /** Whether any word of a space-separated sentence (no tags) makes it a SUTime sentence. */
    private boolean picks(String sentence) {
        for (String w : sentence.split(" ")) if (!w.isEmpty() && selection.timeLike(w, "NN")) return true;
        return false;
    }

    @Test
    void picksSentencesWithDateWordsOrDigits() {
        assertTrue(picks("The mayor of Westhaven resigned on Tuesday ."));
        assertTrue(picks("The council met last week to discuss the budget ."));
        assertTrue(picks("Harbour fees rose 12 percent ."));
        assertTrue(picks("The ferry will resume service in Sept. , officials said ."));
        assertTrue(picks("Repairs are planned for mid-June ."));
        assertTrue(picks("The vote was held two days ago ."));
        assertTrue(picks("It was the third time the bridge had closed ."));
        assertTrue(picks("Residents gathered YESTERDAY outside the town hall ."));
        assertTrue(picks("Shops stay open late into the evening ."));
        assertTrue(picks("The market opens on Saturdays ."));
    }

    @Test
    void aCardinalTagIsEnoughWhateverTheWord() {
        assertTrue(selection.timeLike("XIV", "CD"));
        assertFalse(selection.timeLike("XIV", "NNP"));
    }

    @Test
    void skipsSentencesThatCannotHoldADate() {
        assertFalse(picks("The mayor of Westhaven resigned amid criticism ."));
        assertFalse(picks("`` We are not going anywhere , '' said Ana Pereira , a harbour pilot ."));
        assertFalse(picks("The union called the decision a betrayal of dock workers ."));
        assertFalse(picks(""));
    }
}
