package org.newsgraph.resolve;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class StatementTextTest {
    @Test
    void foldsStylesBracketsAndContractions() {
        StatementText a = StatementText.of("“We’ll NOT  back down [on the tariffs], it’s too late,” ");
        StatementText b = StatementText.of("\"we will not back down, it is too late\"");
        assertEquals(b.folded(), a.folded());
        assertEquals(List.of("we", "will", "not", "back", "down", "it", "is", "too", "late"), a.tokens());
        assertEquals(Set.of("not", "back", "late"), a.content());
    }

    @Test
    void ellipsisSplitsSegmentsThatMustOccurInOrder() {
        StatementText longer = StatementText.of("we will rebuild the bridge and we will not wait for anyone");
        assertTrue(StatementText.of("we will rebuild … not wait for anyone").fragmentOf(longer));
        assertTrue(StatementText.of("we will rebuild ... not wait").fragmentOf(longer));
        assertFalse(StatementText.of("not wait ... we will rebuild").fragmentOf(longer));
        assertFalse(StatementText.of("rebuild the tunnel").fragmentOf(longer));
    }

    @Test
    void possessivesAndAccentsFold() {
        assertEquals(StatementText.of("Kyiv's defence of Zaporizhzhia").folded(), StatementText.of("Kyiv’s défence of Zaporizhzhia").folded());
        assertEquals("kyiv defence of zaporizhzhia", StatementText.of("Kyiv's defence of Zaporizhzhia").folded());
    }
}
