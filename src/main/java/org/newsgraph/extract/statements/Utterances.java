package org.newsgraph.extract.statements;

import org.newsgraph.extract.Span;
import org.newsgraph.extract.statements.QuoteFinder.Quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a quotation stands: a whole utterance with no cue of its own, which a speaker of the discourse
 * said; a name or word set in marks ("the so-called “peace dividend”"), which is no speech; or a part of
 * the sentence around it, inside what a cue reports.
 */
final class Utterances {
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    private final String text;
    private final Cues cues;
    private final Attribution attribution;
    private final List<Quote> quotes;

    Utterances(String text, Cues cues, Attribution attribution, List<Quote> quotes) {
        this.text = text;
        this.cues = cues;
        this.attribution = attribution;
        this.quotes = quotes;
    }

    /** A quote with no cue counts only as a whole utterance: several words, closed as a sentence. */
    boolean standsAlone(Quote q) {
        String words = q.content().of(text).strip();
        if (words.split("\\s+").length < 3) return false;
        // the first paragraph of a quote that runs on into the next one has no closing mark
        if (QuoteFinder.CLOSING_MARKS.indexOf(text.charAt(q.marks().end() - 1)) < 0) return true;
        char lastInside = QuoteFinder.lastInside(q.marks(), text);
        char after = attribution.nextNonSpace(q.marks().end());
        // "“…,” “…”": a quotation closed by a comma that runs straight into the next one lost its cue
        boolean closedSentence = ".?!…".indexOf(lastInside) >= 0 || ".?!".indexOf(after) >= 0
                || lastInside == ',' && "“\"".indexOf(after) >= 0;
        boolean sentenceEnds = after == '\n' || Character.isUpperCase(after) || "“\"‘'«".indexOf(after) >= 0
                || ".?!".indexOf(after) >= 0;
        return closedSentence && sentenceEnds;
    }

    /** "the so-called “peace dividend”", "the word “pause”": a name or a word, not speech. */
    boolean namesTheWords(Quote q) {
        int end = q.marks().begin();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int begin = end;
        while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1))) begin--;
        String prev = text.substring(begin, end).toLowerCase().replaceAll("[^\\p{L}-]", "");
        if (cues.nonSpeechQuoteMarkers.contains(prev)) return true;
        String[] words = q.content().of(text).split("\\s+");
        // Brian 'Head' Welch: a nickname between a first name and a surname
        if (words.length <= 3 && Character.isUpperCase(text.codePointAt(q.content().begin())) && prev.length() > 1
                && Character.isUpperCase(text.codePointAt(begin)) && Character.isUpperCase(firstAfter(q.marks().end()))) return true;
        // a title: several words, every one capitalised but short function words ("Guardians of the Galaxy")
        int caps = 0, minor = 0;
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (Character.isUpperCase(w.charAt(0))) caps++;
            else if (cues.titleFunctionWords.contains(w.toLowerCase(Locale.ROOT))) minor++;
        }
        // "the “Avatar” star", "“Broad City” star Arturo Castro": a capitalised name of a work before the noun it qualifies
        if (caps + minor == words.length && caps > 0 && nounAfter(q)) return true;
        return caps >= 2 && (caps + minor == words.length || caps >= words.length - 1 && words.length >= 3);
    }

    /** The first character of the word after a single space at {@code at}, or a space when there is none. */
    private int firstAfter(int at) {
        return at + 1 < text.length() && text.charAt(at) == ' ' ? text.codePointAt(at + 1) : ' ';
    }

    /** Whether a common noun in lower case follows the quotation's closing mark. */
    private boolean nounAfter(Quote q) {
        SentenceTree t = attribution.treeAt(q.marks().begin());
        int k = t == null ? -1 : t.tokenAtOffset(q.marks().end());
        if (k < 0 || t.token(k).begin() < q.marks().end()) return false;
        String pos = t.token(k).pos();
        return (pos.equals("NN") || pos.equals("NNS")) && Character.isLowerCase(t.word(k).charAt(0));
    }

    /** A fragment of what some cue of its sentence reports (see {@link #partOfReport}). */
    boolean insideReport(Quote q) {
        for (SpeechCue c : attribution.embeddingCues(q)) if (partOfReport(q, c)) return true;
        return reportOpened(q) != null;
    }

    /** The cue whose report the quotation opens ({@link #opensReport}), or null. */
    SpeechCue reportOpened(Quote q) {
        for (SpeechCue c : attribution.reportsAround(q)) if (opensReport(q, c)) return c;
        return null;
    }

    /** A quotation that goes on with ({@link #continuesReport}) or opens ({@link #opensReport}) what cue c reports. */
    boolean partOfReport(Quote q, SpeechCue c) {
        return continuesReport(q, c) || opensReport(q, c);
    }

    /**
     * "“Ennahda is responsible …” while they were in power, Azzouz said.": a quotation that opens what a
     * cue after it reports, which goes on in the writer's words past the closing mark, is a fragment of that
     * report, however whole a sentence it looks; so is one whose last sentence opens it ("“… Bigger than
     * just the little deal” announced in October, said Derek Scissors").
     */
    private boolean opensReport(Quote q, SpeechCue c) {
        Span content = c.content();
        // (a comma inside the closing mark hands over to the quotation's own cue: "“…,” her mother said")
        return QuoteFinder.lastInside(q.marks(), text) != ',' && content.begin() >= q.marks().begin() && content.begin() < q.content().end()
                && content.end() > q.marks().end() && attribution.offsetOf(c) >= content.end()
                && hasWordsOutsideQuotes(new Span(q.marks().end(), content.end()));
    }

    /**
     * "notes that 58 companies would owe $212 billion, “equal to the state budgets …”": a quotation that
     * goes on, in lower case, with a report that has said more before it, is a fragment of that report.
     */
    boolean continuesReport(Quote q, SpeechCue c) {
        int at = q.content().begin();
        return c.content().begin() < q.marks().begin() && at < text.length() && Character.isLowerCase(text.charAt(at))
                && hasFiniteVerbOutsideQuotes(new Span(c.content().begin(), q.marks().begin()));
    }

    /** A clause of the report's own before the quotation, not a lead-in ("As for complexity, “…”"). */
    private boolean hasFiniteVerbOutsideQuotes(Span before) {
        SentenceTree t = attribution.treeAt(before.begin());
        if (t == null) return false;
        for (var tok : t.sentence.tokens()) {
            if (tok.begin() < before.begin() || tok.end() > before.end() || inTopLevelQuote(tok.begin())) continue;
            if (FINITE.contains(tok.pos())) return true;
        }
        return false;
    }

    /** A quote that continues the syntax of its sentence ("said Washington “had taken a step back”"). */
    boolean isEmbedded(Quote q) {
        return q.group() == quotes.indexOf(q) && Character.isLetterOrDigit(attribution.previousNonSpace(q.marks().begin()));
    }

    boolean hasWordsOutsideQuotes(Span content) {
        SentenceTree t = attribution.treeAt(content.begin());
        if (t == null) return false;
        for (var tok : t.sentence.tokens()) {
            if (tok.begin() < content.begin() || tok.end() > content.end()) continue;
            if (!Character.isLetterOrDigit(tok.word().charAt(0))) continue;
            if (!inTopLevelQuote(tok.begin())) return true;
        }
        return false;
    }

    boolean inTopLevelQuote(int offset) {
        for (Quote q : quotes) if (!q.nested() && q.marks().begin() <= offset && offset < q.marks().end()) return true;
        return false;
    }
}
