package org.newsgraph.ingest;

import org.newsgraph.text.WordLists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Article metadata that the text itself states, and nothing else: a value is null unless a line
 * of the text says it. Works on cleaned paragraphs ({@link TextCleaner}).
 *
 * <ul>
 * <li>headline: the first title-like line (no sentence-final punctuation, 3-20 words, starting
 *     with a capital, digit or quote) before the body begins. The body begins at the second prose
 *     paragraph, or at the first prose paragraph of more than 50 words; one short prose paragraph
 *     (a standfirst placed above the title by some scrapers) may come first. A first line that is
 *     a full sentence ending with a period is therefore never the headline.
 *     The headline line stays in the text: it is part of what the article says.</li>
 * <li>datePublished: the first date of a dateline line near the top ("Mar 06, 2025, updated ...",
 *     "Published 6 March 2025 10:00 GMT"), or of a "CITY, March 6, 2025 -" dateline opening the
 *     first paragraph. Dates without a year are ignored, as are numeric dates whose day/month
 *     order is ambiguous: nothing is guessed. <b>A dateline line is removed from the text</b>
 *     (its date is kept as datePublished): a bare date line carries no statement, and left in it
 *     would reach the NLP as a sentence of its own. A dateline inside a prose paragraph stays.</li>
 * <li>author and publisher: a "(Jane Doe, Outlet)" byline opening the first paragraph; a
 *     "By Jane Doe" line (with "for Outlet" naming the publisher); footers such as "This article
 *     originally appeared at Outlet." ({@code ingest/publisher-footers.txt}). Bylines and footers
 *     stay in the text (they name a person or an outlet as the article does). When a byline names
 *     several authors, the first is the author.</li>
 * </ul>
 */
public final class MetadataExtractor {

    /** What the text states; {@code datelines} are indices of paragraphs that are only a dateline. */
    public record Metadata(String headline, LocalDate datePublished, String author, String publisher,
                           Set<Integer> datelines) {
        public Metadata {
            datelines = Set.copyOf(datelines);
        }
    }

    private static final int TOP = 8;
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d/-])");
    private static final Pattern TIME = Pattern.compile(
            "\\b\\d{1,2}(?:[:.]\\d{2}){1,2}\\s*(?:[ap]\\.?m\\.?)?|\\b\\d{1,2}\\s*[ap]\\.?m\\.?|T\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZONE = Pattern.compile("\\b(?:[A-Z]{2,5})(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\b");

    // A personal name: 2-4 capitalised words, allowing particles (de, van, bin ...) and initials.
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
    private static final String NAME = NAME_WORD
            + "(?:\\s+(?:(?:de|da|del|della|van|von|der|den|bin|al|la|le|di|du|dos|ibn|ben|ter|ten)\\s+)*" + NAME_WORD + "){1,3}";
    private static final Pattern PAREN_BYLINE = Pattern.compile(
            "^\\((" + NAME + ")\\s*[,/]\\s*([^()]{2,60}?)\\)\\s+\\S");
    private static final Pattern BY_LINE = Pattern.compile(
            "^By:?\\s+(" + NAME + ")((?:\\s*(?:,|and|&)\\s*" + NAME + ")*)(?:\\s+for\\s+(.+)|\\s*[,|•·–—-]\\s*(.*))?$");
    private static final Pattern OPENING_DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{Lu}\\p{L} .'-]*,\\s*(?:\\p{Lu}[\\p{L}.]+,\\s*)?)?(.{6,22}?)\\s*(?:\\([^)]{1,40}\\))?\\s*[—–-]\\s");

    private final Set<String> datelineWords;
    private final List<Pattern> footers;

    public MetadataExtractor() {
        this(Set.copyOf(WordLists.lines("/ingest/dateline-words.txt")), WordLists.patterns("/ingest/publisher-footers.txt"));
    }

    MetadataExtractor(Set<String> datelineWords, List<Pattern> footers) {
        this.datelineWords = datelineWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.footers = List.copyOf(footers);
    }

    public Metadata extract(List<String> paragraphs) {
        String headline = null, author = null, publisher = null;
        LocalDate date = null;
        Set<Integer> datelines = new TreeSet<>();

        int top = Math.min(paragraphs.size(), TOP);
        int prose = 0;
        boolean bodyBegun = false;
        for (int i = 0; i < top; i++) {
            String p = paragraphs.get(i);
            if (isDateline(p)) {
                datelines.add(i);
                if (date == null) date = firstDate(p);
                continue;
            }
            Matcher by = BY_LINE.matcher(p);
            if (TextCleaner.wordCount(p) <= 16 && by.matches()) {
                if (author == null) author = by.group(1).strip();
                if (publisher == null && by.group(3) != null) publisher = outlet(by.group(3));
                if (date == null && by.group(4) != null) date = firstDate(by.group(4));
                continue;
            }
            if (bodyBegun) continue;
            if (headline == null && isHeadlineLike(p)) {
                headline = p;
                continue;
            }
            if (TextCleaner.isTitleLike(p)) continue; // subtitle or section label: not yet the body
            prose++;
            if (prose >= 2 || headline != null || TextCleaner.wordCount(p) > 50) bodyBegun = true;
        }

        // Byline or dateline opening the first prose paragraph.
        for (int i = 0; i < top; i++) {
            String p = paragraphs.get(i);
            if (datelines.contains(i) || TextCleaner.isTitleLike(p)) continue;
            Matcher m = PAREN_BYLINE.matcher(p);
            if (m.find() && author == null) {
                author = m.group(1).strip();
                if (publisher == null) publisher = outlet(m.group(2));
            }
            if (date == null) {
                Matcher d = OPENING_DATELINE.matcher(p);
                if (d.find()) date = firstDate(d.group(1));
            }
            break;
        }

        if (publisher == null) publisher = footerPublisher(paragraphs);
        return new Metadata(headline, date, author, publisher, datelines);
    }

    private String footerPublisher(List<String> paragraphs) {
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - 3); i--) {
            String p = paragraphs.get(i);
            if (TextCleaner.wordCount(p) > 30) continue;
            for (Pattern f : footers) {
                Matcher m = f.matcher(p);
                if (m.lookingAt()) {
                    String o = outlet(m.group("outlet"));
                    if (o != null) return o;
                }
            }
        }
        return null;
    }

    /** An outlet name as a byline or footer gives it: up to its sentence end, a date, or a clause. */
    static String outlet(String s) {
        if (s == null) return null;
        String o = s.strip();
        o = o.split("(?<=[\\p{L}\\p{N}])\\.\\s+(?=\\p{Lu})|\\s+on\\s+(?=\\p{Lu}\\p{L}+\\.?\\s+\\d)|\\s+on\\s+(?=\\d)|,\\s+|;\\s+|\\s+\\(", 2)[0];
        o = o.replaceAll("[\\s.…]+$", "").replaceAll("^[\"“'‘]+|[\"”'’]+$", "").strip();
        if (o.isEmpty() || TextCleaner.wordCount(o) > 8 || !Character.isLetterOrDigit(o.codePointAt(0))) return null;
        return o;
    }

    static boolean isHeadlineLike(String p) {
        int words = TextCleaner.wordCount(p);
        if (words < 3 || words > 20 || !TextCleaner.isTitleLike(p)) return false;
        int first = p.codePointAt(0);
        boolean capitalStart = Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'".indexOf(first) >= 0;
        return capitalStart && !p.matches("(?i)^(?:https?://|www\\.).*") && firstDate(p) == null;
    }

    /** A short line made only of dates, times, time zones and dateline words. */
    boolean isDateline(String p) {
        if (TextCleaner.wordCount(p) > 16 || firstDate(p) == null) return false;
        String rest = MONTH_DAY_YEAR.matcher(p).replaceAll(" ");
        rest = DAY_MONTH_YEAR.matcher(rest).replaceAll(" ");
        rest = ISO.matcher(rest).replaceAll(" ");
        rest = TIME.matcher(rest).replaceAll(" ");
        rest = ZONE.matcher(rest).replaceAll(" ");
        for (String w : rest.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !datelineWords.contains(w)) return false;
        }
        return true;
    }

    /** The first complete date (day, month and year) written in {@code s}, or null. */
    public static LocalDate firstDate(String s) {
        if (s == null) return null;
        List<Object[]> found = new ArrayList<>(); // {start, date}
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        while (m.find()) add(found, m.start(), Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        m = DAY_MONTH_YEAR.matcher(s);
        while (m.find()) add(found, m.start(), Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        m = ISO.matcher(s);
        while (m.find()) add(found, m.start(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return found.stream().min((a, b) -> Integer.compare((int) a[0], (int) b[0])).map(a -> (LocalDate) a[1]).orElse(null);
    }

    private static void add(List<Object[]> found, int start, int y, int mo, int d) {
        if (y < 1800 || y > 2200) return;
        try {
            found.add(new Object[] {start, LocalDate.of(y, mo, d)});
        } catch (DateTimeException e) {
            // "February 30": not a date.
        }
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) if (n.startsWith(prefixes[i])) return i + 1;
        throw new IllegalArgumentException(name);
    }
}
