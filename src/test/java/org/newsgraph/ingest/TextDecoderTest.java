package org.newsgraph.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class TextDecoderTest {

    private static final String SAMPLE = "Café “Zürich” reopened — its owner said it’s “back”.";

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        byte[] utf8 = SAMPLE.getBytes(StandardCharsets.UTF_8);
        assertEquals(SAMPLE, TextDecoder.decode(utf8));
        assertEquals(SAMPLE, TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)));
    }

    @Test
    void utf16WithBomAndByNulPattern() throws Exception {
        byte[] le = SAMPLE.getBytes(StandardCharsets.UTF_16LE);
        byte[] be = SAMPLE.getBytes(StandardCharsets.UTF_16BE);
        assertEquals(SAMPLE, TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le)));
        assertEquals(SAMPLE, TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be)));
        assertEquals(SAMPLE, TextDecoder.decode(le), "UTF-16LE without BOM");
        assertEquals(SAMPLE, TextDecoder.decode(be), "UTF-16BE without BOM");
    }

    @Test
    void windows1252SmartQuotesWhenNotValidUtf8() throws Exception {
        // 0x93 / 0x94 are curly double quotes in Windows-1252, 0xE9 is é; none is valid UTF-8 here.
        byte[] bytes = {0x48, 0x65, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, (byte) 0x93, 0x6E, 0x6F, (byte) 0x94,
                0x20, 0x69, 0x6E, 0x20, 0x4C, 0x69, (byte) 0xE9, 0x67, 0x65, 0x2E};
        assertEquals("He said “no” in Liége.", TextDecoder.decode(bytes));
        // Latin-1 accented letters
        assertEquals("Año", TextDecoder.decode(new byte[] {0x41, (byte) 0xF1, 0x6F}));
    }

    /** UTF-8 bytes read as Windows-1252 (Latin-1 for the bytes 1252 leaves undefined), as a scraper does. */
    private static String misread(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, java.nio.charset.Charset.forName("windows-1252"));
            out.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
        }
        return out.toString();
    }

    @Test
    void textMisreadOnceOrTwiceOnItsWayIsRepaired() throws Exception {
        String once = misread(SAMPLE);
        assertTrue(once.contains("â€œZÃ¼richâ€"), once);
        assertEquals(SAMPLE, TextDecoder.decode(once.getBytes(StandardCharsets.UTF_8)));
        assertEquals(SAMPLE, TextDecoder.normalize(misread(once)), "encoded twice");
        // the closing quote's last byte 0x9D is undefined in 1252: kept as the control character U+009D
        assertEquals("“no”", TextDecoder.normalize(misread("“no”")));
    }

    @Test
    void correctTextAndTextThatLostBytesStayAsTheyAre() {
        String fine = "São Paulo’s mayor, André Müller, said “ça va” — 5 €, 10 ©, Ã as a letter.";
        assertEquals(fine, TextDecoder.normalize(fine));
        assertEquals("Representative RaÃol Grijalva", TextDecoder.normalize("Representative RaÃol Grijalva"));
    }

    @Test
    void lineEndingsControlCharactersSpacesAndNfc() throws Exception {
        String raw = "One\r\nTwo\rThree\u0007 four\u0000\u001B\tfive\u00A0six\u200Bseven e\u0301\n";
        assertEquals("One\nTwo\nThree four\tfive sixseven é\n", TextDecoder.normalize(raw));
        assertEquals("é".length(), TextDecoder.normalize("e\u0301").length(), "NFC composes");
        assertEquals("a\nb", TextDecoder.decode("a\r\nb".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void emptyBinaryAndNonText() {
        assertEquals(TextDecoder.EMPTY, assertThrows(TextDecoder.NotText.class, () -> TextDecoder.decode(new byte[0])).getMessage());
        assertEquals(TextDecoder.EMPTY, assertThrows(TextDecoder.NotText.class,
                () -> TextDecoder.decode(" \n\r\n\t ".getBytes(StandardCharsets.UTF_8))).getMessage());
        byte[] png = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0};
        assertEquals(TextDecoder.BINARY, assertThrows(TextDecoder.NotText.class, () -> TextDecoder.decode(png)).getMessage());
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (1 + i % 8);
        assertEquals(TextDecoder.NOT_TEXT, assertThrows(TextDecoder.NotText.class, () -> TextDecoder.decode(controls)).getMessage());
    }
}
