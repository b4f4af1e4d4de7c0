package org.newsgraph.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HashesAndFoldersTest {
    @Test
    void sha256OfKnownInputAndItsPrefix() {
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertEquals(abc, Hashes.sha256Hex("abc"));
        assertEquals(abc.substring(0, 16), Hashes.sha256Hex("abc", 8));
    }

    @Test
    void listsABundledFolderSortedWithContents() {
        SortedMap<String, byte[]> corpus = ClassPathFolder.files("/corpus");
        assertEquals(5, corpus.size());
        assertEquals("000_9e860430130e48f5.txt", corpus.firstKey());
        assertTrue(new String(corpus.get(corpus.firstKey()), StandardCharsets.UTF_8).contains("Ukraine"));
        assertThrows(IllegalStateException.class, () -> ClassPathFolder.files("/no-such-folder"));
    }
}
