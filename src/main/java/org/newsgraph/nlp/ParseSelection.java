package org.newsgraph.nlp;

import org.newsgraph.text.WordLists;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which sentences get a dependency parse. Extraction reads trees only around quotations, speech cues
 * ("said", "according to", "the statement"), event triggers, and the named people who may be the
 * "he" of a later "he said"; a sentence with none of these ("Temperatures fell to minus five
 * overnight.") is left unparsed and gets an empty dependency list, which every extractor treats as
 * "no structure here".
 *
 * <p>The test is cheap, on tokens already tagged: quotation-mark tokens, a word or lemma from the
 * cue lists (read from the extraction resources named in {@code nlp/parse-cues.txt}, so the two stay
 * in step when a list grows), or a proper noun / PERSON tag.
 */
public final class ParseSelection {
    /** Tokens CoreNLP produces for quotation marks (it keeps the original character as the word). */
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "‘", "’", "«", "»", "„", "‟", "‹", "›",
            "``", "''", "`", "'");
    private static final String CUES = "/nlp/parse-cues.txt";
    private static final Pattern TTL_LEMMA = Pattern.compile("ng:(?:\\w*[Tt]rigger\\w*|anaphorLemma)\\s+((?:\"[^\"]*\"\\s*,?\\s*)+)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static volatile ParseSelection bundled;

    private final Set<String> cueWords;

    /** @param cueWords lower-case words and lemmas whose presence makes a sentence worth parsing */
    public ParseSelection(Set<String> cueWords) {
        this.cueWords = Set.copyOf(cueWords);
    }

    /** The selection over the bundled extraction lists (loaded once). */
    public static ParseSelection bundled() {
        ParseSelection p = bundled;
        if (p == null) bundled = p = new ParseSelection(loadCueWords(CUES));
        return p;
    }

    public Set<String> cueWords() { return cueWords; }

    /** Whether extraction may read a tree of this (tagged, unparsed) sentence. */
    public boolean needsParse(List<Token> tokens) {
        for (Token t : tokens) {
            if (QUOTE_MARKS.contains(t.word())) return true;
            if (t.pos() != null && t.pos().startsWith("NNP")) return true;
            if ("PERSON".equals(t.ner())) return true;
            String w = t.word().toLowerCase(Locale.ROOT);
            if (cueWords.contains(w)) return true;
            if (t.lemma() != null && cueWords.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
            // "cut-off", "re-start": a hyphenated token counts when one of its parts is a cue
            if (w.indexOf('-') > 0) for (String part : w.split("-")) if (cueWords.contains(part)) return true;
        }
        return false;
    }

    /**
     * Reads the cue words: each non-comment line of {@code listing} is either a classpath word list
     * (read with {@link WordLists}; several words in an entry count each), a Turtle file whose
     * trigger and anaphor lemmas count, or {@code word:} followed by a single word.
     */
    static Set<String> loadCueWords(String listing) {
        Set<String> out = new HashSet<>();
        for (String line : WordLists.lines(listing)) {
            if (line.startsWith("word:")) out.add(line.substring(5).strip().toLowerCase(Locale.ROOT));
            else if (line.endsWith(".ttl")) addTurtleLemmas(WordLists.text(line), out);
            else for (String entry : WordLists.lines(line)) addWords(entry.split("\t")[0], out);
        }
        return out;
    }

    /** Trigger and anaphor lemmas of an event catalogue in Turtle ({@code ng:triggerLemma "a", "b" ;}). */
    static void addTurtleLemmas(String turtle, Set<String> out) {
        Matcher m = TTL_LEMMA.matcher(turtle);
        while (m.find()) {
            Matcher q = QUOTED.matcher(m.group(1));
            while (q.find()) addWords(q.group(1), out);
        }
    }

    /**
     * A one-word entry itself; of a phrase ("walk off the job", "by-election") only its longest word: the
     * phrase matches only where all its words are, so one is enough, and its "the", "on" or "by" would
     * otherwise make nearly every sentence a parse candidate.
     */
    private static void addWords(String entry, Set<String> out) {
        String longest = "";
        for (String w : entry.toLowerCase(Locale.ROOT).split("[\\s-]+")) if (w.strip().length() > longest.length()) longest = w.strip();
        if (!longest.isEmpty()) out.add(longest);
    }
}
