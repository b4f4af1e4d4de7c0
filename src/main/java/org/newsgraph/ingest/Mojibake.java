package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was UTF-8, was read once as Windows-1252 (or Latin-1) and saved again as
 * UTF-8, as scrapers and CMS exports often do: "â€œ" for "“", "â€™" for "’", "Ã©" for "é". Each
 * run of a UTF-8 lead byte and its continuation bytes, read back through Windows-1252, is replaced
 * by the character it encodes when it is one valid UTF-8 sequence; text written correctly has no
 * such runs (an accented letter followed by "€", "©" or "™" does not occur in English). Where a
 * byte was lost on the way ("RaÃol") nothing can be recovered and the text stays as it is.
 */
final class Mojibake {
    private Mojibake() {}

    /** Windows-1252 characters for bytes 0x80-0x9F, by byte; 0 where 1252 leaves the byte undefined. */
    private static final String CP1252_HIGH =
            "\u20AC\u0000\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u0000\u017D\u0000"
            + "\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u0000\u017E\u0178";

    /** The text with every repairable run replaced; the same instance when there is none. */
    static String repair(String s) {
        // text encoded twice ("Ã¢â‚¬â„¢") needs two rounds
        for (int round = 0; round < 2; round++) {
            String r = repairOnce(s);
            if (r.equals(s)) break;
            s = r;
        }
        return s;
    }

    private static String repairOnce(String s) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0xC2 || c > 0xF4) continue;
            int need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
            if (i + need >= s.length()) continue;
            byte[] bytes = new byte[need + 1];
            bytes[0] = (byte) c;
            boolean run = true;
            for (int j = 1; j <= need && run; j++) {
                int b = byteOf(s.charAt(i + j));
                run = b >= 0x80 && b <= 0xBF;
                bytes[j] = (byte) b;
            }
            String decoded = run ? utf8(bytes) : null;
            if (decoded == null) continue;
            if (out == null) out = new StringBuilder(s.length());
            out.append(s, copied, i).append(decoded);
            copied = i + need + 1;
            i += need;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** The Windows-1252 byte of a character (Latin-1 for the bytes 1252 leaves undefined), or -1. */
    private static int byteOf(char ch) {
        if (ch >= 0xA0 && ch <= 0xFF || ch >= 0x80 && ch <= 0x9F && CP1252_HIGH.charAt(ch - 0x80) == 0) return ch;
        int k = ch == 0 ? -1 : CP1252_HIGH.indexOf(ch);
        return k < 0 ? -1 : 0x80 + k;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
