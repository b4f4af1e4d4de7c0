package org.newsgraph.extract.statements;

import org.newsgraph.extract.Span;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds quoted stretches of text from the quotation marks alone: curly and straight double
 * quotes, single quotes, guillemets; nesting; and quotes that run over several paragraphs where
 * each paragraph reopens the quote and only the last one closes it (one {@link Quote} per
 * paragraph, sharing a {@code group}).
 *
 * <p>Apostrophes ("Trump’s", "it's", "allies’") are told from single quotes by their neighbours:
 * a mark between two letters is an apostrophe; a single quote only closes one that is open.
 */
public final class QuoteFinder {
    /** Characters that close a quotation (a doubled apostrophe '' closes one in wire copy). */
    static final String CLOSING_MARKS = "”\"’'»";

    /**
     * The last character inside a quotation, before its closing mark (two characters wide in wire copy:
     * '') and any space before that mark ("… and Tour. " in copy that spaces its marks).
     */
    static char lastInside(Span marks, String text) {
        int k = marks.end() - 1;
        while (k > marks.begin() && CLOSING_MARKS.indexOf(text.charAt(k)) >= 0) k--;
        while (k > marks.begin() && Character.isWhitespace(text.charAt(k))) k--;
        return text.charAt(k);
    }

    /**
     * One quoted stretch.
     *
     * @param marks   from the opening mark to the closing mark inclusive (or paragraph end for an
     *                unclosed paragraph of a multi-paragraph quote)
     * @param content the words inside, trimmed, without a trailing comma or full stop
     * @param parent  index of the enclosing quote in the list, or -1
     * @param group   index of the first paragraph of a multi-paragraph quote (own index otherwise)
     */
    public record Quote(Span marks, Span content, int parent, int group) {
        public boolean nested() { return parent >= 0; }
    }

    private enum Kind { DOUBLE, SINGLE, GUILLEMET }

    private static final class Open {
        final Kind kind;
        final int at;
        int width = 1;              // two for a doubled apostrophe used as a double quote ('')
        int closeWidth = 0;         // of the closing mark when it differs from the opening one (“…’’)
        int closeEnd = -1;
        boolean continues;          // paragraph ended inside it and the next paragraph reopens it
        Open parent;
        Open previousSegment;

        Open(Kind kind, int at) { this.kind = kind; this.at = at; }
    }

    public List<Quote> find(String text) {
        List<Open> done = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        Open carried = null;          // segment of a multi-paragraph quote continued into this paragraph
        int n = text.length();
        int p = 0;
        while (p < n) {
            int pe = lineEnd(text, p);
            if (pe > p) {
                carried = scanParagraph(text, p, pe, stack, done, carried);
            }
            p = pe + 1;
        }
        done.sort(Comparator.comparingInt(o -> o.at));
        Map<Open, Integer> index = new IdentityHashMap<>();
        List<Quote> out = new ArrayList<>();
        for (Open o : done) {
            Span content = trimContent(text, o.at + o.width, o.continues ? o.closeEnd : o.closeEnd - (o.closeWidth > 0 ? o.closeWidth : o.width));
            if (content == null) continue;
            index.put(o, out.size());
            int parent = o.parent == null ? -1 : index.getOrDefault(o.parent, -1);
            int group = out.size();
            if (o.previousSegment != null && index.containsKey(o.previousSegment)) {
                group = out.get(index.get(o.previousSegment)).group();
            }
            out.add(new Quote(new Span(o.at, o.closeEnd), content, parent, group));
        }
        return out;
    }

    /** Scans one paragraph [b, e); returns the open quote that continues into the next paragraph, or null. */
    private Open scanParagraph(String text, int b, int e, Deque<Open> stack, List<Open> done, Open carried) {
        stack.clear();
        for (int i = b; i < e; i++) {
            char c = text.charAt(i);
            char prev = i > b ? text.charAt(i - 1) : ' ';
            char next = i + 1 < e ? text.charAt(i + 1) : ' ';
            if (c == '\'' && next == '\'' && !(i + 2 < e && text.charAt(i + 2) == '\'')) {
                // '' as a double quote (wire copy): opens before a word, closes after one
                if (has(stack, Kind.DOUBLE)) close(stack, Kind.DOUBLE, i + 1, done);
                else if (i + 2 < e && !Character.isWhitespace(text.charAt(i + 2))) {
                    open(stack, Kind.DOUBLE, i, carried, b);
                    stack.peek().width = 2;
                }
                i++;
                continue;
            }
            if (c == '’' && next == '’' && has(stack, Kind.DOUBLE) && stack.peek().kind == Kind.DOUBLE) {
                // ’’ closing a double quote (wire copy typeset from '': "“It was an attempt,’’ Moy said")
                close(stack, Kind.DOUBLE, i + 1, done);
                done.get(done.size() - 1).closeWidth = 2;
                i++;
                continue;
            }
            switch (c) {
                case '“' -> {
                    // scraped text: “ typed for the closing mark ("“… for him,“ Jerry says now.")
                    if (has(stack, Kind.DOUBLE) && ",.?!".indexOf(prev) >= 0 && Character.isWhitespace(next)) {
                        close(stack, Kind.DOUBLE, i, done);
                    } else if (reopensWithinParagraph(text, b, i, e, stack)) reopen(stack, i, text, b, done);
                    else open(stack, Kind.DOUBLE, i, carried, b);
                }
                case '«' -> open(stack, Kind.GUILLEMET, i, carried, b);
                case '”' -> {
                    int nextClose = text.indexOf('”', i + 1);
                    if (!has(stack, Kind.DOUBLE) && opensParagraph(text, b, i) && nextClose >= 0 && nextClose < e) {
                        open(stack, Kind.DOUBLE, i, carried, b);      // scraped text: ” … used as the opening mark
                    } else {
                        close(stack, Kind.DOUBLE, i, done);
                    }
                }
                case '»' -> close(stack, Kind.GUILLEMET, i, done);
                case '"' -> {
                    if (reopensWithinParagraph(text, b, i, e, stack)) reopen(stack, i, text, b, done);
                    else if (lostItsClosingMark(text, i, e, stack)) {
                        stack.clear();                        // its end is unknown: the quote is not kept
                        open(stack, Kind.DOUBLE, i, carried, b);
                    } else if (has(stack, Kind.DOUBLE)) close(stack, Kind.DOUBLE, i, done);
                    else if (!Character.isWhitespace(next)) open(stack, Kind.DOUBLE, i, carried, b);
                }
                case '‘' -> {
                    if (!Character.isLetterOrDigit(prev)) open(stack, Kind.SINGLE, i, carried, b);
                }
                case '’', '\'' -> {
                    boolean between = Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
                    if (between) break;                               // it's, Trump’s, we'll
                    if (pluralPossessive(text, i, e, prev, next, stack)) break;  // ‘… passengers’ plans …’
                    if (has(stack, Kind.SINGLE) && !Character.isWhitespace(prev)) close(stack, Kind.SINGLE, i, done);
                    else if (c == '\'' && opensAfter(prev) && Character.isLetterOrDigit(next)) open(stack, Kind.SINGLE, i, carried, b);
                }
                default -> { }
            }
        }
        // Paragraph end: a quote still open continues only if the next paragraph reopens it; a single
        // quote (British style) only when it opened a sentence, as an apostrophe ('90s) does not.
        Open continuing = null;
        for (Open o : stack) {
            boolean single = o.kind == Kind.SINGLE;
            if (o.parent == null && reopensNext(text, e, o.kind) && (!single || opensSentence(text, b, o.at))) {
                o.continues = true;
                o.closeEnd = e;
                done.add(o);
                continuing = o;
            }
        }
        // A quote opened at the start of a paragraph (or after a colon) and never closed: scraped text
        // that lost its closing mark, or the last paragraph of a multi-paragraph quote cut short.
        if (continuing == null) {
            for (Open o : stack) {
                if (o.kind != Kind.DOUBLE || o.parent != null || !opensParagraph(text, b, o.at)) continue;
                o.closeEnd = e;
                o.continues = true;
                done.add(o);
            }
        }
        stack.clear();
        return continuing;
    }

    /**
     * Text whose paragraph breaks were lost ("“First paragraph. “Second paragraph.”" on one line): an
     * opening double mark after a sentence end, while a double quote opened at the top level is still
     * open, and closed later in the line, is the next paragraph of the same quotation reopening it.
     */
    private static boolean reopensWithinParagraph(String text, int b, int i, int e, Deque<Open> stack) {
        Open outer = stack.peekLast();
        if (outer == null || outer.kind != Kind.DOUBLE || i + 1 >= e) return false;
        if (!Character.isWhitespace(text.charAt(i - 1)) || Character.isWhitespace(text.charAt(i + 1))) return false;
        int k = i - 1;
        // (the sentence may end inside a nested quote: "… saying 'what do you want?' "To not apologise …")
        while (k > outer.at && (Character.isWhitespace(text.charAt(k)) || "'’".indexOf(text.charAt(k)) >= 0)) k--;
        if (k <= outer.at || ".?!".indexOf(text.charAt(k)) < 0) return false;
        for (int j = i + 1; j < e; j++) if (text.charAt(j) == '"' || text.charAt(j) == '”') return true;
        return false;
    }

    /**
     * A straight double mark between a space and a word opens a quotation ("Smith said: \"Yes"); when one
     * is still open and this one is closed later in the line, the open one lost its closing mark.
     */
    private static boolean lostItsClosingMark(String text, int i, int e, Deque<Open> stack) {
        Open outer = stack.peekLast();
        if (outer == null || outer.kind != Kind.DOUBLE || i + 1 >= e) return false;
        if (!Character.isWhitespace(text.charAt(i - 1)) || !Character.isLetterOrDigit(text.charAt(i + 1))) return false;
        return text.indexOf('"', i + 1) >= 0 && text.indexOf('"', i + 1) < e;
    }

    /** Ends the open top-level double quote at the sentence end before {@code at} and opens its next segment there. */
    private static void reopen(Deque<Open> stack, int at, String text, int b, List<Open> done) {
        Open outer = stack.peekLast();
        stack.clear();                                            // inner marks left open are dropped
        int k = at - 1;
        while (k > outer.at && Character.isWhitespace(text.charAt(k))) k--;
        outer.closeEnd = k + 1;
        outer.continues = true;
        done.add(outer);
        Open next = new Open(Kind.DOUBLE, at);
        next.previousSegment = outer;
        stack.push(next);
    }

    private static boolean opensParagraph(String text, int b, int at) {
        int k = at - 1;
        while (k >= b && Character.isWhitespace(text.charAt(k))) k--;
        return k < b || text.charAt(k) == ':';
    }

    /**
     * End of the paragraph starting at p: the next line break, unless the text is wrapped at a fixed
     * width and a double quote is still open where the line breaks mid-sentence (the next line then
     * continues the same paragraph).
     */
    private static int lineEnd(String text, int p) {
        int n = text.length();
        int e = text.indexOf('\n', p);
        if (e < 0) return n;
        int open = 0;
        for (int i = p; ; i++) {
            if (i == e) {
                int next = e;
                while (next < n && Character.isWhitespace(text.charAt(next))) next++;
                if (open == 0 || next >= n) return e;
                char last = lastNonSpace(text, p, e);
                char nextFirst = text.charAt(next);
                if (".?!:;\"”'’".indexOf(last) >= 0 || nextFirst == '“' || nextFirst == '"' || nextFirst == '\'') return e;
                i = next;
                int ne = text.indexOf('\n', next);
                e = ne < 0 ? n : ne;
                if (ne < 0) return n;
            }
            char c = text.charAt(i);
            if (c == '“') open++;
            else if (c == '”') open = Math.max(0, open - 1);
            else if (c == '"') open = open > 0 ? open - 1 : 1;
        }
    }

    private static char lastNonSpace(String text, int b, int e) {
        for (int k = e - 1; k >= b; k--) if (!Character.isWhitespace(text.charAt(k))) return text.charAt(k);
        return ' ';
    }

    /**
     * Inside an open single quote, "passengers’ plans" is an apostrophe, not the close: the mark
     * follows an "s" and a lower-case word, and the quote is closed by a later mark of the same
     * paragraph with no new single quote opened in between.
     */
    private static boolean pluralPossessive(String text, int i, int e, char prev, char next, Deque<Open> stack) {
        if (!has(stack, Kind.SINGLE) || prev != 's' || next != ' ' || i + 2 >= e) return false;
        if (!Character.isLowerCase(text.charAt(i + 2))) return false;
        for (int j = i + 1; j < e; j++) {
            char c = text.charAt(j);
            if (c == '‘') return false;
            if (c == '’' || c == '\'') {
                char before = text.charAt(j - 1);
                char after = j + 1 < e ? text.charAt(j + 1) : ' ';
                boolean closes = !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
                if (closes) return true;
            }
        }
        return false;
    }

    private static boolean opensAfter(char prev) {
        return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '"' || prev == '“' || prev == '—' || prev == '–';
    }

    private static boolean reopensNext(String text, int e, Kind kind) {
        int j = e;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
        if (j >= text.length()) return false;
        char c = text.charAt(j);
        return switch (kind) {
            case DOUBLE -> c == '“' || c == '"';
            case GUILLEMET -> c == '«';
            case SINGLE -> (c == '‘' || c == '\'') && j + 1 < text.length() && Character.isLetter(text.charAt(j + 1));
        };
    }

    /** The mark at {@code at} opens the paragraph or follows the end of a sentence or a colon. */
    private static boolean opensSentence(String text, int b, int at) {
        int k = at - 1;
        while (k >= b && Character.isWhitespace(text.charAt(k))) k--;
        return k < b || ".?!:".indexOf(text.charAt(k)) >= 0;
    }

    private static void open(Deque<Open> stack, Kind kind, int at, Open carried, int paragraphBegin) {
        Open o = new Open(kind, at);
        o.parent = stack.peek();
        if (o.parent == null && carried != null && carried.kind == kind && onlySpaceBetween(paragraphBegin, at)) {
            o.previousSegment = carried;
        }
        stack.push(o);
    }

    private static boolean onlySpaceBetween(int paragraphBegin, int at) { return at == paragraphBegin; }

    private static boolean has(Deque<Open> stack, Kind kind) {
        for (Open o : stack) if (o.kind == kind) return true;
        return false;
    }

    private static void close(Deque<Open> stack, Kind kind, int at, List<Open> done) {
        if (!has(stack, kind)) return;
        while (!stack.isEmpty()) {
            Open o = stack.pop();
            if (o.kind == kind) {
                o.closeEnd = at + 1;
                done.add(o);
                return;
            }
            // an inner mark left open (usually a stray apostrophe) is dropped
        }
    }

    /** Content between the marks: trimmed, without a trailing comma or single full stop. */
    static Span trimContent(String text, int b, int e) {
        while (b < e && Character.isWhitespace(text.charAt(b))) b++;
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > b) {
            char last = text.charAt(e - 1);
            boolean ellipsis = e - 2 >= b && text.charAt(e - 2) == '.';
            if (last == ',' || (last == '.' && !ellipsis)) e--;
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
        }
        return e > b ? new Span(b, e) : null;
    }
}
