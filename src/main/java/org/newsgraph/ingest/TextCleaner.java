package org.newsgraph.ingest;

import org.newsgraph.text.WordLists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns scraped plain text into article paragraphs, removing what is not the article:
 * exact repeats (scrapers often copy a block twice), repeated title lines, and page furniture
 * (navigation, promotion, share and caption lines, matched by the general patterns in
 * {@code ingest/furniture.txt}). Wording is never changed: typos and style stay as written.
 *
 * <p>Paragraphs: every non-empty line is a paragraph and blank lines separate too, except for
 * hard-wrapped text, whose lines are joined back into their paragraphs ({@link LineUnwrapper}).
 */
public final class TextCleaner {

    /** Paragraphs longer than this are prose, never furniture, whatever words they start with. */
    static final int MAX_FURNITURE_WORDS = 40;
    private static final int NOTE_CHARS = 22;
    private static final Pattern WS = Pattern.compile("\\s+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s*[|:]\\s+");

    /** The kept paragraphs and one note per dropped paragraph. */
    public record Result(List<String> paragraphs, List<String> dropped) {
        public Result {
            paragraphs = List.copyOf(paragraphs);
            dropped = List.copyOf(dropped);
        }

        /** Kept paragraphs joined by exactly one blank line, as {@link Article#text()} requires. */
        public String text() { return String.join("\n\n", paragraphs); }
    }

    private final List<Pattern> furniture;

    public TextCleaner() {
        this(WordLists.patterns("/ingest/furniture.txt"));
    }

    TextCleaner(List<Pattern> furniture) {
        this.furniture = List.copyOf(furniture);
    }

    /** Cleans normalised text (see {@link TextDecoder#normalize}). */
    public Result clean(String text) {
        return cleanParagraphs(split(text));
    }

    /** Cleans paragraphs that a container (HTML, JSON) already separated. */
    public Result cleanParagraphs(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> titleKeys = new ArrayList<>();
        Map<String, Boolean> furnitureSeen = new HashMap<>();
        for (String raw : paragraphs) {
            String p = raw.strip();
            if (p.isEmpty()) continue;
            if (furnitureSeen.computeIfAbsent(p, this::isFurniture)) {
                dropped.add("furniture: \"" + abbreviate(p) + "\"");
                continue;
            }
            String key = WS.matcher(p).replaceAll(" ");
            boolean titleLike = isTitleLike(p);
            if (!seen.add(key)) {
                dropped.add((titleLike ? "repeated title: \"" : "repeated paragraph: \"") + abbreviate(p) + "\"");
                continue;
            }
            if (titleLike) {
                String folded = fold(p);
                if (repeatsTitle(p, folded, titleKeys)) {
                    dropped.add("repeated title: \"" + abbreviate(p) + "\"");
                    continue;
                }
                titleKeys.add(folded);
            }
            kept.add(p);
        }
        return new Result(kept, dropped);
    }

    /**
     * A title line already seen, in another case or punctuation, or with the outlet's name
     * appended ("Title | Outlet", "Title - Outlet") as page titles often are.
     */
    private static boolean repeatsTitle(String p, String folded, List<String> titleKeys) {
        for (String earlier : titleKeys) {
            if (earlier.equals(folded)) return true;
        }
        var m = TITLE_SEPARATOR.matcher(p);
        while (m.find()) {
            String head = fold(p.substring(0, m.start()));
            String tail = p.substring(m.end());
            if (wordCount(tail) <= 5 && titleKeys.contains(head)) return true;
        }
        return false;
    }

    boolean isFurniture(String p) {
        if (wordCount(p) > MAX_FURNITURE_WORDS) return false;
        String bare = p.replaceAll("^[\\s•·*>»›→-]+", "").replaceAll("[\\s:»›→>]+$", "");
        for (Pattern f : furniture) {
            if (f.matcher(p).matches() || (!bare.equals(p) && f.matcher(bare).matches())) return true;
        }
        return false;
    }

    /** Short line without sentence-final punctuation: a title, subtitle or section heading. */
    static boolean isTitleLike(String p) {
        int words = wordCount(p);
        if (words < 1 || words > 20 || p.contains("\n")) return false;
        String end = p.replaceAll("[\\s\"'”’»)\\]]+$", "");
        return !end.isEmpty() && ".!?;:,…".indexOf(end.charAt(end.length() - 1)) < 0;
    }

    /** Number of white-space separated words; stops counting past {@code cap} (paragraphs can be huge). */
    static int wordCount(String s, int cap) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !inWord && ++n > cap) return n;
            inWord = !ws;
        }
        return n;
    }

    static int wordCount(String s) {
        return wordCount(s, 200);
    }

    /** Letters and digits only, lower case: for comparing titles that differ in case or punctuation. */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String abbreviate(String s) {
        String one = WS.matcher(s).replaceAll(" ");
        return one.length() <= NOTE_CHARS ? one : one.substring(0, NOTE_CHARS).stripTrailing() + "…";
    }

    /** Splits into paragraphs: on every line break, or on blank lines for hard-wrapped text. */
    static List<String> split(String text) {
        return LineUnwrapper.paragraphs(text);
    }
}
