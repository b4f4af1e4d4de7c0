package org.newsgraph.nlp;

import org.newsgraph.text.WordLists;

import java.util.Locale;
import java.util.Set;

/**
 * Which sentences SUTime and CoreNLP's numeric classifiers have to read. Together they cost more than
 * the CRF models and run on every sentence, yet every label they give (DATE, TIME, DURATION, SET,
 * NUMBER, ORDINAL, MONEY, PERCENT) needs a digit, a token tagged as a cardinal number, or one of a
 * closed set of words (month and weekday names, "yesterday", "last", "week", number and ordinal
 * words, ...; {@code nlp/time-words.txt}). A sentence with none of these gets the CRF labels only,
 * which is what CoreNLP gives it too (see {@link SelectiveTimeNer}).
 */
public final class TimeSelection {
    static final String WORDS = "/nlp/time-words.txt";
    private static volatile TimeSelection bundled;

    private final Set<String> timeWords;

    /** @param timeWords lower-case words that can be or start a time or number expression */
    public TimeSelection(Set<String> timeWords) {
        this.timeWords = Set.copyOf(timeWords);
    }

    /** The selection over the bundled word list (loaded once). */
    public static TimeSelection bundled() {
        TimeSelection t = bundled;
        if (t == null) bundled = t = new TimeSelection(WordLists.lowerSet(WORDS));
        return t;
    }

    /** Whether a sentence with this token can hold a date, time or number expression. */
    public boolean timeLike(String word, String pos) {
        if ("CD".equals(pos)) return true;
        for (int i = 0; i < word.length(); i++) if (Character.isDigit(word.charAt(i))) return true;
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        if (timeWords.contains(w)) return true;
        // "mid-June", "year-end", "Monday/Tuesday", "twenty-five": a part is enough.
        for (String part : w.split("[-/]")) if (!part.isEmpty() && timeWords.contains(part)) return true;
        return false;
    }
}
