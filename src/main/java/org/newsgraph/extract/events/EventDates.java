package org.newsgraph.extract.events;

import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.newsgraph.extract.events.Parse.CLAUSE_RELATIONS;
import static org.newsgraph.extract.events.Parse.collect;

/**
 * Calendar dates of events. The NLP layer (SUTime) has already read every date expression against
 * the article's date ("on Friday", "late Monday", "Feb. 28"); here only what is a day counts, and
 * never a day after the report: a weekday put in the coming days is last week's (a realised event
 * was reported after it happened), a day-month put months ahead is last year's, anything else after
 * the report is dropped. Weeks, months, years and unresolved expressions give no date.
 */
final class EventDates {
    private EventDates() {}

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

    /**
     * A calendar date the tokens at/under {@code tok} give, normalised by SUTime against the
     * article's reference date.
     */
    static LocalDate dateOf(Document doc, Sentence s, int tok) {
        Set<Integer> sub = new LinkedHashSet<>();
        collect(s, tok, sub, CLAUSE_RELATIONS);
        int dateline = datelineEnd(s);
        for (int i : sub) {
            Token t = s.tokens().get(i);
            if (!"DATE".equals(t.ner()) || t.normalizedNer() == null || i < dateline) continue;
            LocalDate d = parseDate(t.normalizedNer(), doc.referenceDate());
            if (d == null) continue;
            if (weekday(s, i) && doc.referenceDate() != null && d.isAfter(doc.referenceDate())
                    && !d.isAfter(doc.referenceDate().plusDays(6))) d = d.minusDays(7);
            return d;
        }
        return null;
    }

    /** Whether the date expression at token i names a weekday ("on Friday", "late Monday"). */
    private static boolean weekday(Sentence s, int i) {
        List<Token> toks = s.tokens();
        String norm = toks.get(i).normalizedNer();
        for (int k = Math.max(0, i - 3); k < Math.min(toks.size(), i + 4); k++) {
            Token t = toks.get(k);
            if ("DATE".equals(t.ner()) && norm.equals(t.normalizedNer())
                    && WEEKDAYS.contains(t.word().toLowerCase(Locale.ROOT).replaceAll("'s$", ""))) return true;
        }
        return false;
    }

    /**
     * The index of the dash ending an opening dateline ("TOLEDO, Ohio, March 6, 2025 — Workers ..."),
     * or 0. Its date is when the article was filed, never an event's date.
     */
    static int datelineEnd(Sentence s) {
        int dash = s.index() > 3 ? -1 : s.openingDateline();
        for (int i = 0; i < dash; i++) if ("DATE".equals(s.tokens().get(i).ner())) return dash;
        return 0;
    }

    /**
     * An event that is reported happened no later than the report. A day-month SUTime put after the
     * article's date is last year's ("the Feb. 28 meeting" in January); a weekday it put in the coming
     * days is unresolved, so no date.
     */
    static LocalDate notAfter(LocalDate date, LocalDate reference) {
        if (date == null || reference == null || !date.isAfter(reference)) return date;
        if (date.isAfter(reference.plusDays(7)) && !date.minusYears(1).isAfter(reference)) return date.minusYears(1);
        return null;
    }

    /** Whether a normalised SUTime value lies after the reference date (next week, in June, on May 30). */
    static boolean isFuture(String norm, LocalDate reference) {
        if (norm == null) return false;
        if (norm.equals("FUTURE_REF")) return true;
        // without an article date SUTime keeps relative dates relative: "next week" = "THIS P1W OFFSET P1W"
        if (norm.matches(".*\\bOFFSET P\\d.*") || norm.startsWith("NEXT")) return true;
        if (reference == null) return false;
        try {
            Matcher m;
            if ((m = DAY.matcher(norm)).find())
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).isAfter(reference);
            if ((m = WEEK.matcher(norm)).find()) {
                int year = Integer.parseInt(m.group(1)), week = Integer.parseInt(m.group(2));
                int refYear = reference.get(IsoFields.WEEK_BASED_YEAR);
                int refWeek = reference.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                return year > refYear || year == refYear && week > refWeek;
            }
            if ((m = MONTH.matcher(norm)).find()) {
                int year = Integer.parseInt(m.group(1)), month = Integer.parseInt(m.group(2));
                return year > reference.getYear() || year == reference.getYear() && month > reference.getMonthValue();
            }
            if ((m = YEAR.matcher(norm)).find()) return Integer.parseInt(m.group(1)) > reference.getYear();
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    /** A date the text gives at or under {@code tok} that lies after the article's date. */
    static boolean futureDateUnder(Document doc, Sentence s, int tok) {
        Set<Integer> sub = new LinkedHashSet<>();
        collect(s, tok, sub, CLAUSE_RELATIONS);
        for (int i : sub) {
            Token t = s.tokens().get(i);
            if ("DATE".equals(t.ner()) && isFuture(t.normalizedNer(), doc.referenceDate())) return true;
        }
        return false;
    }

    /**
     * A day from a SUTime value: "2025-02-28", "2025-02-28TNI" (late Monday: the time of day does not
     * change the day), or a day-month "XXXX-02-28" read in the reference year (the year before when
     * that puts it more than a month after the report).
     */
    static LocalDate parseDate(String norm, LocalDate reference) {
        Matcher m = DAY.matcher(norm);
        if (m.matches()) {
            try { return LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)); } catch (DateTimeParseException e) { return null; }
        }
        if (reference != null && norm.matches("XXXX-\\d{2}-\\d{2}")) {
            try {
                LocalDate d = LocalDate.parse(reference.getYear() + norm.substring(4));
                // news reports past events: a day-month well after the reference date is last year's
                return d.isAfter(reference.plusDays(31)) ? d.minusYears(1) : d;
            } catch (DateTimeParseException e) { return null; }
        }
        return null;
    }
}
