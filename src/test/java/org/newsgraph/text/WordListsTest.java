package org.newsgraph.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordListsTest {
    @Test
    void oneSyntaxCommentsBlankLinesAndWhiteSpace() throws IOException {
        List<String> l = WordLists.lines(new StringReader("# a comment\n\n  say \r\ntell\n   # indented comment\n"));
        assertEquals(List.of("say", "tell"), l);
    }

    @Test
    void tabSeparatedFieldsAreStrippedAndKeepEmptyOnes() {
        assertArrayEquals(new String[]{"a", "b c", ""}, WordLists.fields(" a \tb c\t"));
    }

    @Test
    void readsBundledListsAndFailsLoudlyOnAMissingOne() {
        assertTrue(WordLists.lowerSet("/extract/statements/speech-verbs.txt").contains("say"));
        assertThrows(IllegalStateException.class, () -> WordLists.lines("/no/such/list.txt"));
    }
}
