package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paragraphs of plain text from its lines. Scraped text usually has one paragraph per line; but
 * wire copy, e-mail and archive text is hard-wrapped at a fixed width, and a paragraph cut into
 * lines loses its cues ("…," said / Kagawa.) when each line is taken as a paragraph. Two layouts
 * of hard-wrapped text are recognised:
 * <ul>
 * <li>blank-line separated blocks of wrapped lines: the lines of a block form one paragraph;</li>
 * <li>no blank lines at all, each paragraph starting on a new line: a line break is a wrap when
 *     the next line's first word would not have fitted on the line (what any filling algorithm
 *     does) or the line stops mid-sentence near the width, and a paragraph end otherwise.</li>
 * </ul>
 * Anything else keeps one paragraph per non-empty line.
 */
final class LineUnwrapper {
    /** Wider lines are not wrapped text, whatever else they look like. */
    private static final int MAX_WRAP_WIDTH = 100;
    /** Fewer line pairs than this cannot show a wrapping width. */
    private static final int MIN_PAIRS = 5;
    /** Lines shorter than this say nothing about the width (a short last line of a paragraph). */
    private static final int MIN_WRAPPED_LENGTH = 40;
    /** A line ending mid-sentence at least this share of the width is taken as wrapped. */
    private static final double SHORT_LINE = 0.6;
    private static final String SENTENCE_END = ".!?\"”:";

    private LineUnwrapper() {}

    static List<String> paragraphs(String text) {
        // Blank lines before the first and after the last line separate nothing.
        String[] lines = text.strip().split("\n", -1);
        for (int i = 0; i < lines.length; i++) lines[i] = lines[i].strip();
        Layout layout = layout(lines);
        return switch (layout) {
            case BLOCKS -> joinBlocks(lines);
            case FILLED -> unfill(lines);
            case LINES -> Arrays.stream(lines).filter(l -> !l.isEmpty()).toList();
        };
    }

    enum Layout { LINES, BLOCKS, FILLED }

    /** Which layout the lines have; see the class comment. */
    static Layout layout(String[] lines) {
        int blank = 0, pairs = 0, wrapped = 0, maxLen = 0;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i];
            maxLen = Math.max(maxLen, t.length());
            if (t.isEmpty()) { blank++; continue; }
            if (i + 1 < lines.length && !lines[i + 1].isEmpty()) {
                pairs++;
                if (t.length() >= MIN_WRAPPED_LENGTH && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) < 0) wrapped++;
            }
        }
        if (maxLen > MAX_WRAP_WIDTH || pairs < MIN_PAIRS) return Layout.LINES;
        if (blank > 0 && wrapped >= 0.6 * pairs) return Layout.BLOCKS;
        // Without blank lines the paragraph ends are unmarked, so most breaks must be mid-sentence.
        if (nonEmptyRuns(lines) == 1 && wrapped >= 0.5 * pairs) return Layout.FILLED;
        return Layout.LINES;
    }

    private static int nonEmptyRuns(String[] lines) {
        int runs = 0;
        boolean in = false;
        for (String l : lines) {
            if (!l.isEmpty() && !in) runs++;
            in = !l.isEmpty();
        }
        return runs;
    }

    private static List<String> joinBlocks(String[] lines) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String t : lines) {
            if (t.isEmpty()) {
                if (cur.length() > 0) out.add(cur.toString());
                cur.setLength(0);
            } else {
                if (cur.length() > 0) cur.append(' ');
                cur.append(t);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    /** Joins a line to the next unless the next one's first word would have fitted on it. */
    private static List<String> unfill(String[] lines) {
        int width = 0;
        for (String l : lines) width = Math.max(width, l.length());
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i];
            if (t.isEmpty()) continue;
            if (cur.length() > 0) cur.append(' ');
            cur.append(t);
            String next = i + 1 < lines.length ? lines[i + 1] : "";
            int firstWord = next.isEmpty() ? 0 : next.split("\\s+", 2)[0].length();
            boolean midSentence = SENTENCE_END.indexOf(t.charAt(t.length() - 1)) < 0;
            // A line cut short mid-sentence is still a wrap when a long word did not fit; a short
            // one without end punctuation is a heading or a line of its own.
            boolean wrap = !next.isEmpty()
                    && (t.length() + 1 + firstWord > width || midSentence && t.length() >= SHORT_LINE * width);
            if (!wrap) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }
}
