package org.newsgraph.extract.statements;

import org.newsgraph.extract.Span;
import org.newsgraph.extract.statements.QuoteFinder.Quote;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the speech cue a quote belongs to from the text around it, in the usual news layouts:
 * <ul>
 *   <li>after the quote: {@code “…,” Waltz said.} / {@code “…,” said Waltz} / {@code “…,” he told Fox News.}</li>
 *   <li>before the quote: {@code Waltz said: “…”} / {@code Waltz stated, “…”} / {@code Said Waltz: “…”} ({@link InvertedLead})</li>
 *   <li>through the parse: a cue whose reported clause lies in the quote</li>
 *   <li>around an embedded fragment: {@code Waltz said Washington “had taken a step back”}</li>
 *   <li>from the words alone when the parse lost the cue after a quote ({@link QuoteThenSpeaker})</li>
 * </ul>
 * Quotes with no cue of their own are left to {@link DiscourseSpeaker}.
 */
final class Attribution {
    private static final int MAX_GAP_BEFORE = 10;
    private static final int MAX_GAP_BEFORE_COLON = 30;

    private final Document doc;
    private final List<SentenceTree> trees;
    private final List<List<SpeechCue>> cues;
    private final List<Span> topLevelQuotes;
    private final Cues lexicon;

    Attribution(Document doc, List<SentenceTree> trees, List<List<SpeechCue>> cues, List<Span> topLevelQuotes, Cues lexicon) {
        this.doc = doc;
        this.trees = trees;
        this.cues = cues;
        this.topLevelQuotes = topLevelQuotes;
        this.lexicon = lexicon;
    }

    /** Where the cue word stands in the text. */
    int offsetOf(SpeechCue c) {
        return trees.get(c.sentence()).token(c.cueToken()).begin();
    }

    /** Is the cue word itself quoted (so it belongs to a quoted speaker, not to the article)? */
    boolean insideQuote(SpeechCue c) {
        int at = offsetOf(c);
        for (Span q : topLevelQuotes) if (q.begin() <= at && at < q.end()) return true;
        return false;
    }

    /**
     * The cue of a quote given as its own utterance, or null.
     *
     * @param scope for a quote nested in another quote: the outer quote's content (cues must lie in it);
     *              null for a top-level quote (cues must lie outside quotes)
     */
    SpeechCue directCue(Quote q, Span scope) {
        SpeechCue c = after(q, scope);
        // "Peabody said: “…,” adding that …": a participle after the quote goes on from the cue before it
        if (c == null || trees.get(c.sentence()).token(c.cueToken()).pos().equals("VBG")) {
            SpeechCue b = before(q, scope);
            if (b != null) c = b;
        }
        if (c == null && scope == null) c = announcedBefore(q);
        if (c == null && scope == null) c = throughParse(q);
        return c;
    }

    /**
     * "And here is what John Stankey said yesterday …:" or "Twitter issued a statement …:" closing the
     * paragraph before, and the quotation opening the next one: the last cue of that sentence, which
     * announced it; null when the quotation does not open a paragraph after a colon.
     */
    private SpeechCue announcedBefore(Quote q) {
        String text = doc.text();
        int p = q.marks().begin() - 1;
        boolean paragraph = false;
        for (; p >= 0 && Character.isWhitespace(text.charAt(p)); p--) paragraph |= text.charAt(p) == '\n';
        if (!paragraph || p < 0 || text.charAt(p) != ':') return null;
        SentenceTree t = treeAt(p);
        if (t == null || t.sentence.end() <= p) return null;
        SpeechCue last = null;
        for (SpeechCue c : cues.get(t.sentence.index())) {
            if (!eligible(c, null) || c.speakerHead() < 0 || offsetOf(c) > p) continue;
            if (last == null || c.cueToken() > last.cueToken()) last = c;
        }
        return last;
    }

    /**
     * For a fragment quoted at the end of a clause that a cue closes ("Varga is also a “change
     * agent,” Cole said."): that cue, or null.
     */
    SpeechCue closingCue(Quote q) {
        return after(q, null);
    }

    /** {@code “…,” Waltz said}: a cue right after the closing mark, with only its subject in between. */
    private SpeechCue after(Quote q, Span scope) {
        SentenceTree t = treeAt(q.marks().end() - 1);
        if (t == null) return null;
        SpeechCue best = null;
        // "“…,” Kapor is reported as saying": the verb of quoting passes the words on; "as saying" is the cue
        Set<Integer> quoting = new HashSet<>();
        for (SpeechCue c : cues.get(t.sentence.index())) quoting.add(lexicon.quotingVerbOf(t, c.cueToken()));
        for (SpeechCue c : cues.get(t.sentence.index())) {
            if (!eligible(c, scope) || quoting.contains(c.cueToken())) continue;
            if (t.token(c.cueToken()).begin() < q.marks().end()) continue;
            // ("“… Bigger than just the little deal” announced in October, said Derek Scissors": a participle
            // describing a noun of the quotation is no cue of it)
            if (t.rel(c.cueToken()).startsWith("acl") && t.token(c.cueToken()).pos().equals("VBN")) continue;
            if (best == null || c.cueToken() < best.cueToken()) best = c;
        }
        if (best == null) return byLayout(t, q, scope);
        // a name and its appositive between the quote and the verb: "“…,” Ana Ruiz, a lawyer, told …"
        if (best.speakerHead() >= 0 && InvertedSubjects.nameAfterQuote(t, best.cueToken()) == best.speakerHead()) return best;
        // "“…,” Reuters quoted a bank official as saying.": the quoting clause stands between quote and cue
        if (quotedAs(t, best.cueToken(), q)) return best;
        Set<Integer> subject = best.speakerHead() >= 0 ? new HashSet<>(t.subtree(subjectPhrase(t, best))) : Set.of();
        int first = t.tokenAtOffset(q.marks().end());
        // ("“…,” the man could be heard saying": the verb of perceiving and its auxiliaries)
        int perceiving = t.head(best.cueToken()) >= 0 && lexicon.isPerceptionVerb(t.lemma(t.head(best.cueToken())))
                ? t.head(best.cueToken()) : -1;
        for (int k = first; k >= 0 && k < best.cueToken(); k++) {
            // "…,” as Brenner said on Monday": the cue's "as" may stand before its subject
            boolean as = t.rel(k).equals("mark") && t.head(k) == best.cueToken() && t.lemma(k).equalsIgnoreCase("as");
            // ("…,” Howard Gleckman, a senior fellow at …, has written": the cue's auxiliary)
            boolean aux = t.head(k) == best.cueToken() && t.rel(k).startsWith("aux");
            boolean heard = perceiving >= 0 && (k == perceiving || t.head(k) == perceiving && t.rel(k).startsWith("aux"));
            if (t.isPunct(k) || subject.contains(k) || t.token(k).pos().startsWith("RB") || as || aux || heard) continue;
            return byLayout(t, q, scope);
        }
        return best;
    }

    /**
     * The cue's dependent that holds its speaker: the speaker itself, or the phrase it is named in
     * ("Ms. Merkel's spokesman, Steffen Seibert, wrote": the name inside the description's phrase).
     */
    private static int subjectPhrase(SentenceTree t, SpeechCue c) {
        int top = c.speakerHead();
        for (int steps = 0; steps < 6 && t.head(top) >= 0 && t.head(top) != c.cueToken(); steps++) top = t.head(top);
        return t.head(top) == c.cueToken() ? top : c.speakerHead();
    }

    /** The cue is "as saying" under a verb of quoting that follows the quote right after its closing mark. */
    private boolean quotedAs(SentenceTree t, int cue, Quote q) {
        int h = lexicon.quotingVerbOf(t, cue);
        if (h < 0 || t.token(h).begin() < q.marks().end()) return false;
        for (int k = t.tokenAtOffset(q.marks().end()); k >= 0 && k < h; k++) {
            if (t.token(k).isVerb() && !t.rel(k).startsWith("aux")) return false;
        }
        return true;
    }

    /** "“…,” the statement obtained by the Bee said.": the layout holds where the parse did not (top-level quotes). */
    private SpeechCue byLayout(SentenceTree t, Quote q, Span scope) {
        return scope == null ? QuoteThenSpeaker.cue(t, q.marks(), doc.text(), lexicon) : null;
    }

    /** {@code Waltz said: “…”}: the last cue before the opening mark, governing what lies between. */
    private SpeechCue before(Quote q, Span scope) {
        SentenceTree t = treeAt(q.marks().begin());
        if (t == null) return null;
        char prev = previousNonSpace(q.marks().begin());
        if (prev != ',' && prev != ':' && prev != '—' && prev != '–') return null;
        SpeechCue best = null;
        for (SpeechCue c : cues.get(t.sentence.index())) {
            if (!eligible(c, scope)) continue;
            if (t.token(c.cueToken()).end() > q.marks().begin()) continue;
            if (best == null || c.cueToken() > best.cueToken()) best = c;
        }
        // "Said Ellis: “…”": the tagger made the verb part of a name, or left the verb without its subject
        SpeechCue lead = scope == null && (best == null || best.speakerHead() < 0) ? InvertedLead.cue(t, q.marks(), lexicon) : null;
        if (lead == null && best == null && scope == null) lead = InTheWordsOf.cue(t, q.marks());
        if (lead != null || best == null) return lead;
        int markToken = t.tokenAtOffset(q.marks().begin());
        // a colon announces the quotation, however long the clause the cue governs before it
        if (markToken - best.cueToken() > (prev == ':' ? MAX_GAP_BEFORE_COLON : MAX_GAP_BEFORE)) return null;
        // "According to Limbaugh, “…”": the source hangs "according" below it, not above
        Set<Integer> source = best.cue().equals("according to") && best.speakerHead() >= 0
                ? new HashSet<>(t.subtree(best.speakerHead())) : Set.of();
        for (int k = best.cueToken() + 1; k < markToken; k++) {
            if (t.isPunct(k) || t.dominates(best.cueToken(), k) || source.contains(k)) continue;
            return null;
        }
        return best;
    }

    /** A cue whose reported clause lies inside the quote (odd layouts the text rules miss). */
    private SpeechCue throughParse(Quote q) {
        for (SentenceTree t : sentencesOf(q.marks())) {
            for (SpeechCue c : cues.get(t.sentence.index())) {
                if (!eligible(c, null) || c.content() == null || c.speakerHead() < 0) continue;
                if (q.content().contains(c.content())) return c;
            }
        }
        return null;
    }

    /** The cues with a reported content in the sentences a quotation spans, outside quotations. */
    List<SpeechCue> reportsAround(Quote q) {
        List<SpeechCue> out = new ArrayList<>();
        for (SentenceTree t : sentencesOf(q.marks())) {
            for (SpeechCue c : cues.get(t.sentence.index())) if (eligible(c, null) && c.content() != null) out.add(c);
        }
        return out;
    }

    /**
     * For a fragment embedded in a sentence, every cue whose reported content holds it, innermost
     * first: "Ryan said the protests demand that Americans engage in “more listening”" gives
     * "demand", then "said".
     */
    List<SpeechCue> embeddingCues(Quote q) {
        List<SpeechCue> out = new ArrayList<>();
        for (SentenceTree t : sentencesOf(q.marks())) {
            for (SpeechCue c : cues.get(t.sentence.index())) {
                if (!eligible(c, null) || c.content() == null) continue;
                // the fragment starts inside the reported clause (the parse may end the clause early)
                if (c.content().begin() > q.content().begin() || q.content().begin() >= c.content().end()) continue;
                out.add(c);
            }
        }
        // innermost first: each holds the fragment's start, so a content inside another is the shorter
        out.sort(Comparator.comparingInt((SpeechCue c) -> c.content().end() - c.content().begin())
                .thenComparing(c -> -c.content().begin()));
        return out;
    }

    /**
     * "called the findings “encouraging”", "describes her as “the most stubborn person”": a quoted
     * phrase that is the complement of a verb of characterising is the subject's words. Returns a
     * cue for that verb (content: from the verb to the end of the quote), or null.
     */
    SpeechCue predicativeCue(Quote q, Set<String> verbs) {
        SentenceTree t = treeAt(q.content().begin());
        if (t == null) return null;
        int k = t.tokenAtOffset(q.content().begin());
        if (k < 0) return null;
        // climb from the quote's first word to the verb, leaving the quote at most twice
        for (int g = t.head(k), steps = 0; g >= 0 && steps < 4; g = t.head(g), steps++) {
            if (t.token(g).begin() >= q.marks().begin() && t.token(g).end() <= q.marks().end()) continue;
            if (t.token(g).isVerb() && verbs.contains(t.lemma(g))) {
                if (t.token(g).begin() > q.marks().begin() || !eligible(g, t)) return null;
                int subject = -1;
                for (int c : t.children(g)) if (t.rel(c).equals("nsubj") && c < g) subject = c;
                // "Fox responded by accusing the minister of “…”": a participle shares the subject of its clause
                int h = t.head(g);
                if (subject < 0 && h >= 0 && h < g && t.token(g).pos().equals("VBG")
                        && (t.rel(g).equals("advcl") || t.rel(g).equals("xcomp"))) subject = CueSubjects.activeSubject(t, h);
                // "has been described as “heartbreaking” by the department": a passive's agent
                if (subject < 0) subject = CueSubjects.passiveAgent(t, g);
                if (subject < 0 || subject > g && t.rel(subject).equals("nsubj")) return null;
                Span content = new Span(t.token(g).begin(), q.marks().end());
                return new SpeechCue(t.sentence.index(), g, t.lemma(g), subject, content, null, null);
            }
        }
        return null;
    }

    private boolean eligible(int token, SentenceTree t) {
        int at = t.token(token).begin();
        for (Span q : topLevelQuotes) if (q.begin() <= at && at < q.end()) return false;
        return true;
    }

    private boolean eligible(SpeechCue c, Span scope) {
        if (scope == null) return !insideQuote(c);
        int at = offsetOf(c);
        return scope.begin() <= at && at < scope.end();
    }

    SentenceTree treeAt(int offset) {
        Sentence s = doc.sentenceAt(offset);
        if (s == null) {
            for (Sentence x : doc.sentences()) if (x.begin() >= offset) { s = x; break; }
        }
        return s == null ? null : trees.get(s.index());
    }

    List<SentenceTree> sentencesOf(Span span) {
        return trees.stream().filter(t -> t.sentence.begin() < span.end() && span.begin() < t.sentence.end()).toList();
    }

    char previousNonSpace(int offset) {
        String text = doc.text();
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') return '\n';
            if (!Character.isWhitespace(c)) return c;
        }
        return '\n';
    }

    char nextNonSpace(int offset) {
        String text = doc.text();
        for (int i = offset; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') return '\n';
            if (!Character.isWhitespace(c)) return c;
        }
        return '\n';
    }
}
