package org.newsgraph.ingest;

import org.jsoup.parser.Parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text copied out of web pages often keeps HTML character references ("Jos&#233; Manuel
 * Barroso", "Procter &amp; Gamble"). Only complete references, ending in ";", are decoded, with
 * jsoup's table of names, so "AT&T" or "R&D" stay as written.
 */
final class CharacterReferences {
    private CharacterReferences() {}

    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    static String decode(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = REFERENCE.matcher(s);
        if (!m.find()) return s;
        m.reset();
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(Parser.unescapeEntities(m.group(), false)));
        m.appendTail(out);
        String decoded = out.toString();
        return decoded.equals(s) ? s : TextDecoder.normalize(decoded);   // "&#160;" is a space like any other
    }
}
