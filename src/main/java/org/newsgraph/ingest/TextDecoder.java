package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Bytes to normalised text. News files come from scrapers, word processors and old CMS exports,
 * so the encoding is detected, never assumed: a byte-order mark wins; UTF-16 without a mark shows
 * as a NUL in every other byte; otherwise strict UTF-8, and bytes that are not valid UTF-8 are
 * read as Windows-1252 (a superset of Latin-1 for printable text, and what "smart quotes" 0x93/0x94
 * mean in practice), falling back to Latin-1 for the five bytes 1252 leaves undefined.
 */
public final class TextDecoder {
    private TextDecoder() {}

    public static final String EMPTY = "empty file";
    public static final String BINARY = "binary content (NUL bytes)";
    public static final String NOT_TEXT = "not valid text in any supported encoding";

    /** Why bytes are not text; the reason is one of the constants above. */
    public static final class NotText extends Exception {
        public NotText(String reason) { super(reason); }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decodes and {@link #normalize normalises}; a file of only white space counts as empty. */
    public static String decode(byte[] bytes) throws NotText {
        String text = normalize(decodeRaw(bytes, null));
        if (text.isBlank()) throw new NotText(EMPTY);
        return text;
    }

    /**
     * As {@link #decode(byte[])}, but a charset declared by the container (an HTML meta tag) is tried
     * before detection when there is no byte-order mark.
     */
    public static String decode(byte[] bytes, Charset declared) throws NotText {
        String text = normalize(decodeRaw(bytes, declared));
        if (text.isBlank()) throw new NotText(EMPTY);
        return text;
    }

    static String decodeRaw(byte[] b, Charset declared) throws NotText {
        if (b.length == 0) throw new NotText(EMPTY);
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return checked(strict(StandardCharsets.UTF_8, b, 3));
        if (startsWith(b, 0xFF, 0xFE)) return checked(strict(StandardCharsets.UTF_16LE, b, 2));
        if (startsWith(b, 0xFE, 0xFF)) return checked(strict(StandardCharsets.UTF_16BE, b, 2));

        int nulEven = 0, nulOdd = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) nulEven++; else nulOdd++;
            }
        }
        if (nulEven + nulOdd > 0) {
            // Mostly-ASCII UTF-16 puts its NUL high bytes in every other position.
            int half = b.length / 2;
            Charset utf16 = null;
            if (nulOdd >= 0.3 * half && nulEven <= nulOdd / 20) utf16 = StandardCharsets.UTF_16LE;
            else if (nulEven >= 0.3 * half && nulOdd <= nulEven / 20) utf16 = StandardCharsets.UTF_16BE;
            if (utf16 == null) throw new NotText(BINARY);
            Optional<String> s = strict(utf16, b, 0);
            if (s.isEmpty() || controlShare(s.get()) > 0.05) throw new NotText(BINARY);
            return s.get();
        }
        if (declared != null && !declared.name().startsWith("UTF-16")) {
            Optional<String> s = strict(declared, b, 0);
            if (s.isPresent()) return checked(s);
        }
        Optional<String> s = strict(StandardCharsets.UTF_8, b, 0);
        if (s.isEmpty()) s = strict(WINDOWS_1252, b, 0);
        if (s.isEmpty()) s = strict(StandardCharsets.ISO_8859_1, b, 0);
        return checked(s);
    }

    /** Rejects decodings that are mostly control characters: binary data that happens to lack NULs. */
    private static String checked(Optional<String> s) throws NotText {
        if (s.isEmpty() || controlShare(s.get()) > 0.05) throw new NotText(NOT_TEXT);
        return s.get();
    }

    private static double controlShare(String s) {
        if (s.isEmpty()) return 0;
        int bad = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\f') continue;
            if (Character.getType(c) == Character.CONTROL || c == '\uFFFD') bad++;
        }
        return (double) bad / s.length();
    }

    private static Optional<String> strict(Charset cs, byte[] b, int offset) {
        try {
            CharBuffer out = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return Optional.of(out.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /**
     * Text that went through a wrong decoding once {@link Mojibake repaired} ("â€™" to "’");
     * line ends to LF; control characters removed except LF and TAB; no-break and other fixed-width
     * spaces to a plain space; invisible format characters (BOM, zero-width space, soft hyphen,
     * bidi marks) removed; Unicode NFC, so that equal words compare equal.
     */
    public static String normalize(String s) {
        s = Mojibake.repair(s).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\t') { out.append((char) cp); continue; }
            if (cp == 0x2028 || cp == 0x2029) { out.append('\n'); continue; }
            if (cp == 0x00A0 || cp == 0x2007 || cp == 0x202F) { out.append(' '); continue; }
            if (Character.getType(cp) == Character.CONTROL) continue;
            if (cp == 0xFEFF || cp == 0x200B || cp == 0x2060 || cp == 0x00AD || cp == 0x200E || cp == 0x200F
                    || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) continue;
            out.appendCodePoint(cp);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
