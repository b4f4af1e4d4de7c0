package org.newsgraph.text;


import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one SHA-256 helper: content hashes, cache keys and content-derived ids all use it. */
public final class Hashes {
    private Hashes() {}

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    /** The first {@code bytes} bytes of the SHA-256, as hex (short content-derived ids). */
    public static String sha256Hex(String text, int bytes) {
        return HexFormat.of().formatHex(sha256(text), 0, bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
