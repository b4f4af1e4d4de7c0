package org.newsgraph.extract.statements;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Speaker;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.statements.QuoteFinder.Quote;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who said what in one article: direct quotes (nested and multi-paragraph), partial quotes inside
 * reported speech, and reported speech, each with its speaker, cue, addressee, date and evidence.
 *
 * <p>The article is read once in text order so that "he said" goes to whoever is speaking at that
 * point ({@link DiscourseSpeaker}). Thread-safe: each call builds its own state.
 */
public final class StatementExtractor {
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    /** who put a question the text reports without naming the one who asked ("Asked whether …, X said") */
    private static final String UNNAMED_ASKER = "the one who asked";

    private final Cues cues;
    private final QuoteFinder quoteFinder = new QuoteFinder();

    public StatementExtractor() { this(Cues.defaults()); }

    public StatementExtractor(Cues cues) { this.cues = cues; }

    public List<Statement> extract(Document doc, List<Agent> agents) {
        return new Run(doc, agents).run();
    }

    /** State of one extraction. */
    private final class Run {
        final Document doc;
        final List<Agent> agents;
        final String text;
        final List<SentenceTree> trees = new ArrayList<>();
        final List<List<SpeechCue>> cuesBySentence = new ArrayList<>();
        final List<Quote> quotes;
        final List<Span> topLevel = new ArrayList<>();
        final SpeakerResolver resolver;
        final DiscourseSpeaker discourse;
        final Attribution attribution;
        final Utterances utterances;
        final Map<SpeechCue, Speaker> resolved = new HashMap<>();
        final List<Statement> out = new ArrayList<>();

        Run(Document doc, List<Agent> agents) {
            this.doc = doc;
            this.agents = agents;
            this.text = doc.text();
            this.quotes = quoteFinder.find(text);
            for (Quote q : quotes) if (!q.nested()) topLevel.add(q.content());
            ReportedSpeechFinder finder = new ReportedSpeechFinder(text, cues);
            for (Sentence s : doc.sentences()) {
                SentenceTree t = new SentenceTree(s);
                trees.add(t);
                cuesBySentence.add(finder.find(t));
            }
            DiscourseSpeaker.ParagraphIndex paragraphs = new DiscourseSpeaker.ParagraphIndex(text);
            discourse = new DiscourseSpeaker(paragraphs, cues::isSourceNoun, cues::isInstitutionNoun);
            resolver = new SpeakerResolver(doc, agents, cues, topLevel);
            resolver.indexDocuments(trees);
            attribution = new Attribution(doc, trees, cuesBySentence, topLevel, cues);
            utterances = new Utterances(text, cues, attribution, quotes);
            for (SentenceTree t : trees) {
                for (int k = 0; k < t.size(); k++) {
                    // the one a question was put to is the one who answers next ("Mr Johnson was asked why Mr Smith
                    // had been allowed to go. He replied: …"), and the one made to act ("Minar was forced to pull
                    // out"); not someone else something happened to ("Mutu was sacked")
                    if (t.head(k) < 0) continue;
                    boolean passive = t.rel(k).equals("nsubj:pass") && isMainClause(t, t.head(k))
                            && (cues.questionVerbs.contains(t.lemma(t.head(k))) || t.child(t.head(k), "xcomp") >= 0);
                    if (!t.rel(k).equals("nsubj") && !passive) continue;
                    Speaker p = resolver.named(t, k);
                    // "The company's founder, Mikhail Khodorkovsky, is in jail", "A specialist at the IAEA, Peter
                    // Hale, would like …": the person the appositive names
                    int appos = p == null ? t.child(k, "appos") : -1;
                    if (appos > k) p = resolver.named(t, appos);
                    if (p == null && !t.token(k).isProperNoun()) p = resolver.nameEndingPhrase(t, k);
                    if (p == null || p.kind() != Speaker.Kind.PERSON) continue;
                    int at = t.token(k).begin();
                    discourse.addSubject(new DiscourseSpeaker.Subject(at, paragraphs.paragraphOf(at), t.sentence.index(),
                            k, t.head(k), p, utterances.inTopLevelQuote(at), isMainClause(t, t.head(k))));
                }
            }
            for (Agent a : agents) {
                if (a.kind() != AgentKind.PERSON) continue;
                for (Span m : a.mentions()) discourse.addMentioned(m.begin(), Speaker.named(Speaker.Kind.PERSON, m, a.name()));
            }
        }

        List<Statement> run() {
            // Walk quotes and cues in text order.
            record Item(int offset, Quote quote, int quoteIndex, SpeechCue cue, SpeakerLabels.Label label) {}
            List<Item> items = new ArrayList<>();
            for (SpeakerLabels.Label l : SpeakerLabels.find(text, agents)) items.add(new Item(l.end(), null, -1, null, l));
            for (int i = 0; i < quotes.size(); i++) {
                Quote q = quotes.get(i);
                if (!q.nested() && q.group() == i) items.add(new Item(q.marks().begin(), q, i, null, null));
            }
            for (List<SpeechCue> cs : cuesBySentence) {
                for (SpeechCue c : cs) items.add(new Item(trees.get(c.sentence()).token(c.cueToken()).begin(), null, -1, c, null));
            }
            items.sort(Comparator.comparingInt(Item::offset));
            for (Item it : items) {
                if (it.quote() != null) quoteGroup(it.quoteIndex());
                else if (it.label() != null) discourse.spoke(it.label().speaker(), it.label().end());
                else reported(it.cue());
            }
            return out;
        }

        private void reported(SpeechCue c) {
            if (c.content() == null || attribution.insideQuote(c) || !utterances.hasWordsOutsideQuotes(c.content())) return;
            // a cue whose clause is a quoted utterance attributes that quote; it is not reported speech
            for (Quote q : quotes) {
                if (q.nested() || utterances.isEmbedded(q) || !q.content().overlaps(c.content())) continue;
                if (!utterances.partOfReport(q, c)) return;
            }
            Speaker s = speakerOf(c);
            if (s == null && continuesQuote(c)) s = discourse.current();
            if (s == null) return;
            SentenceTree t = trees.get(c.sentence());
            Span evidence = new Span(t.sentence.begin(), t.sentence.end());
            List<Speaker> together = withCoSpeakers(c, s);
            for (Speaker each : together) {
                out.add(new Statement(Statement.Kind.REPORTED_SPEECH, c.contentText(text), c.content(), each, c.cue(),
                        c.statedTo(), c.statedOn(), evidence, -1));
            }
            // the unnamed asker is nobody a later "he said" can mean; nor is a report in a subordinate
            // clause of a sentence whose quote was just attributed ("“…,” Olsen said, two hours after
            // news outlets declared him the victor. “…”": the next quote is still Olsen's)
            boolean aside = !isMainClause(t, c.cueToken()) && discourse.currentOffset() >= t.sentence.begin();
            if (!UNNAMED_ASKER.equals(s.description()) && !aside) discourse.spoke(s, c.content().end(), together.size() > 1);
        }

        private void quoteGroup(int first) {
            List<Integer> segments = new ArrayList<>();
            for (int i = first; i < quotes.size(); i++) if (quotes.get(i).group() == first) segments.add(i);
            Quote head = quotes.get(first);
            if (utterances.isEmbedded(head)) {
                partial(first);
                return;
            }
            SpeechCue cue = null;
            for (int i : segments) {
                cue = attribution.directCue(quotes.get(i), null);
                if (cue != null) break;
            }
            Speaker speaker = cue == null ? null : speakerOf(cue);
            // "Apple shipped its display and Steve Jobs said that, …, “…”": the name joined to a misparsed subject
            List<Speaker> joined = speaker != null && speaker.isAnonymous() ? withCoSpeakers(cue, speaker) : List.of();
            if (joined.size() == 1 && joined.get(0) != speaker) speaker = joined.get(0);
            if (cue != null && cue.speakerHead() >= 0 && trees.get(cue.sentence()).token(cue.speakerHead()).pos().equals("PRP"))
                speaker = discourse.unlessNamedIn(speaker, wordsOf(segments));
            Span cueSentence = cue == null ? null : sentenceSpan(cue);
            if (cue == null) {
                // "…would owe $212 billion, “equal to the state budgets,” if …": a fragment set off by a comma
                // inside what a cue reports is part of the report
                boolean alone = utterances.standsAlone(head);
                if (!alone && utterances.insideReport(head)) {
                    partial(first);
                    return;
                }
                if (!alone || utterances.namesTheWords(head)) return;
                speaker = discourse.forFollowOnQuote(head.marks().begin(), followsLastStatement(head.marks().begin()), wordsOf(segments));
            }
            // a follow-on paragraph continues the utterance its speaker's last statement reported
            String cueWord = cue != null ? cue.cue() : continuedCue(speaker);
            // a quotation whose speaker is not resolved is still a statement, with no speaker
            for (int i : segments) {
                Quote q = quotes.get(i);
                int index = out.size();
                out.add(new Statement(Statement.Kind.DIRECT_QUOTE, q.content().of(text), q.content(), speaker,
                        cueWord, cue == null ? null : cue.statedTo(),
                        cue == null ? null : cue.statedOn(), evidence(q.marks(), cueSentence), -1));
                nested(i, index, speaker);
            }
            discourse.spoke(speaker, quotes.get(segments.get(segments.size() - 1)).marks().end());
        }

        /** The words of a run of quotations, one after the other. */
        private String wordsOf(List<Integer> segments) {
            StringBuilder out = new StringBuilder();
            for (int i : segments) out.append(quotes.get(i).content().of(text)).append(' ');
            return out.toString();
        }

        /** "“…,” adding that …": a participle right after the quotation just attributed, whose speaker it continues. */
        private boolean continuesQuote(SpeechCue c) {
            SentenceTree t = trees.get(c.sentence());
            int k = c.cueToken() - 1;
            if (!t.token(c.cueToken()).pos().equals("VBG") || k < 0) return false;
            if (t.word(k).equals(",")) k--;
            return k >= 0 && t.token(k).pos().equals("''") && discourse.currentOffset() == t.token(k).end();
        }

        /** The cue of the quotation just before (others' reports in between aside), when the same speaker made it; else null. */
        private String continuedCue(Speaker speaker) {
            if (speaker == null) return null;
            for (int i = out.size() - 1; i >= 0; i--) {
                Statement last = out.get(i);
                boolean same = last.speaker() != null && last.speaker().kind() == speaker.kind()
                        && (last.speaker().isAnonymous() ? java.util.Objects.equals(last.speaker().description(), speaker.description())
                        : java.util.Objects.equals(last.speaker().name(), speaker.name()));
                if (same) return last.cue();
                if (last.kind() != Statement.Kind.REPORTED_SPEECH) return null;
            }
            return null;
        }

        /** A fragment quoted inside a sentence: speech only when it sits in a cue's reported content. */
        private void partial(int index) {
            Quote q = quotes.get(index);
            if (utterances.namesTheWords(q)) return;
            List<SpeechCue> embedding = attribution.embeddingCues(q);
            SpeechCue cue = embedding.isEmpty() ? null : embedding.get(0);
            if (cue == null) cue = attribution.predicativeCue(q, cues.predicativeQuoteVerbs);
            if (cue == null) cue = attribution.closingCue(q);
            if (cue == null) cue = utterances.reportOpened(q);
            if (cue == null) return;
            Speaker s = speakerOf(cue);            // null: quoted speech whose speaker is unresolved
            // "Ryan said the protests demand that Americans engage in “more listening”": a cue with no
            // one behind it reports for the speaker of the report around it
            for (int i = 1; s == null && i < embedding.size(); i++) {
                Speaker outer = speakerOf(embedding.get(i));
                if (outer != null) { cue = embedding.get(i); s = outer; }
            }
            int at = out.size();
            out.add(new Statement(Statement.Kind.PARTIAL_QUOTE, q.content().of(text), q.content(), s, cue.cue(),
                    cue.statedTo(), cue.statedOn(), evidence(q.marks(), sentenceSpan(cue)), -1));
            nested(index, at, s);
            // whoever is quoted, even in part, is the one speaking now ("… describes her as “…” He says …")
            discourse.spoke(s, q.marks().end());
        }

        /** Quotes inside quote {@code outerIndex}, attributed within it ("…and he said, ‘Let's pause’"). */
        private void nested(int outerIndex, int outerStatement, Speaker outerSpeaker) {
            Quote outer = quotes.get(outerIndex);
            for (int j = outerIndex + 1; j < quotes.size(); j++) {
                Quote inner = quotes.get(j);
                if (inner.parent() != outerIndex) continue;
                discourse.enterScope(outer.content().begin(), outer.content().end());
                try {
                    SpeechCue cue = attribution.directCue(inner, outer.content());
                    if (cue == null) continue;
                    SentenceTree t = trees.get(cue.sentence());
                    Speaker s;
                    if (cue.speakerHead() >= 0 && FIRST_PERSON.contains(t.lemma(cue.speakerHead()))) s = outerSpeaker;
                    else s = cue.speakerHead() < 0 ? null : resolver.resolve(t, cue.speakerHead(), discourse);
                    if (s == null) continue;
                    out.add(new Statement(Statement.Kind.DIRECT_QUOTE, inner.content().of(text), inner.content(), s,
                            cue.cue(), cue.statedTo(), cue.statedOn(), evidence(outer.marks(), null), outerStatement));
                } finally {
                    discourse.leaveScope();
                }
            }
        }

        /** No whole sentence lies between the last statement and this offset. */
        private boolean followsLastStatement(int offset) {
            int last = discourse.currentOffset();
            if (last < 0) return false;
            SentenceTree a = attribution.treeAt(Math.max(0, last - 1)), b = attribution.treeAt(offset);
            return a != null && b != null && b.sentence.index() <= a.sentence.index() + 1;
        }

        /**
         * "Ortiz and Baker said ...", "according to A and B", "with A and B saying": every named
         * conjunct of the speaker phrase reports the same content, so each gets its own statement. Quotations stay one
         * statement: the words were spoken once, and the discourse gives them to the first.
         */
        private List<Speaker> withCoSpeakers(SpeechCue c, Speaker first) {
            List<Speaker> all = new ArrayList<>();
            all.add(first);
            if (first == null || c == null || c.speakerHead() < 0) return all;
            SentenceTree t = trees.get(c.sentence());
            for (int k : t.children(c.speakerHead())) {
                if (!t.rel(k).equals("conj") || !t.token(k).isProperNoun() || !joinedByAnd(t, k)) continue;
                Speaker other = resolver.named(t, k);
                if (other != null && !all.contains(other)) all.add(other);
            }
            // "Harbour Times contributor and monetary historian Dag Marsh": titles joined before one name, one person
            int h = c.speakerHead();
            if (all.size() > 1 && first.isAnonymous() && t.token(h).pos().equals("NN") && t.child(h, "det") < 0) all.remove(first);
            for (int k : CueSubjects.namedAfterWith(t, c.cueToken())) {
                Speaker other = resolver.named(t, k);
                if (other != null && other.kind() == Speaker.Kind.PERSON && !all.contains(other)) all.add(other);
            }
            // in the order the text names them
            all.sort(Comparator.comparingInt(sp -> sp.nameSpan() == null ? Integer.MAX_VALUE : sp.nameSpan().begin()));
            return all;
        }

        private boolean joinedByAnd(SentenceTree t, int conjunct) {
            for (int k : t.children(conjunct)) if (t.rel(k).equals("cc") && t.lemma(k).equals("and")) return true;
            return false;
        }

        private Speaker speakerOf(SpeechCue c) {
            if (resolved.containsKey(c)) return resolved.get(c);
            SentenceTree t = trees.get(c.sentence());
            Speaker s = c.speakerHead() < 0 ? null : resolver.resolve(t, c.speakerHead(), discourse);
            boolean it = c.speakerHead() >= 0 && t.lemma(c.speakerHead()).equals("it");
            // "The Harbour Board cut its forecast. It said …": the organisation or document the sentence before is
            // about, rather than whoever spoke last; not for an "it" the cue only inherits ("it was wrong to suggest …")
            boolean itSays = it && t.head(c.speakerHead()) == c.cueToken() && c.sentence() > 0;
            // "Big Machine have denied it. “…,” they said": an organisation the sentence before made plural
            boolean theySay = !it && c.speakerHead() >= 0 && t.lemma(c.speakerHead()).equals("they")
                    && t.head(c.speakerHead()) == c.cueToken() && c.sentence() > 0;
            Speaker before = itSays ? resolver.documentBefore(trees.get(c.sentence() - 1), discourse)
                    : theySay ? resolver.pluralOrganisationBefore(trees.get(c.sentence() - 1), discourse) : null;
            if (before != null) s = before;
            if (s == null && it) s = resolver.organisationInContent(t, c.content(), discourse);
            if (s == null && speaksAsSubject(c)) s = resolver.unnamedSubject(t, c.speakerHead());
            if (s == null) s = resolver.unnamedRoleHolder(t, c.speakerHead(), discourse);
            if (s == null && c.speakerHead() < 0 && CueSubjects.askedOf(t, c.cueToken()))
                s = Speaker.anonymous(UNNAMED_ASKER);
            // "“…,” the statement reads": the document just reported, whose source is the one speaking now
            if ((s == null || s.isAnonymous()) && cues.documentVerbs.contains(c.cue()) && c.speakerHead() >= 0
                    && NounPhrases.isDefinite(t, c.speakerHead())
                    && discourse.current() != null) s = discourse.current();
            resolved.put(c, s);
            return s;
        }

        /**
         * The cue's speaker phrase is its grammatical source: an active subject (of the verb or of the
         * clause it continues: "Democrats objected and said …") or the object of "according to"; and
         * what it reports is a clause, not an infinitive ("both sides
         * agreed to return …" is no speech).
         */
        private boolean speaksAsSubject(SpeechCue c) {
            if (c.speakerHead() < 0) return false;
            SentenceTree t = trees.get(c.sentence());
            int h = c.speakerHead();
            // (or the object made to say it: "prompted some users to argue …", or who says it in "with forecasters
            // warning that …", news writing's absolute "with" of a noun and a participle of saying)
            boolean made = t.rel(h).equals("obj") && t.rel(c.cueToken()).equals("xcomp") && t.head(c.cueToken()) == t.head(h)
                    || t.rel(c.cueToken()).equals("acl") && t.head(c.cueToken()) == h && t.token(c.cueToken()).pos().equals("VBG")
                    && NounPhrases.caseIs(t, h, "with");
            // (or the phrase after the cue in "“…,” said a Fox host", which the parser makes the object)
            boolean inverted = h > c.cueToken() && t.head(h) == c.cueToken() && t.rel(h).equals("obj")
                    && (c.content() == null || c.content().end() <= t.token(c.cueToken()).begin()
                        || c.content().begin() >= t.token(t.subtreeMax(h)).end());
            boolean source = c.cue().equals("according to") || t.rel(h).equals("nsubj") || made || inverted;
            if (!source) return false;
            // "X said the advertisement suggests that …": a cue inside what another cue reports is
            // part of that report, and its subject is no source of its own
            int at = t.token(c.cueToken()).begin();
            for (SpeechCue other : cuesBySentence.get(c.sentence())) {
                if (other != c && other.content() != null && other.content().begin() <= at && at < other.content().end()) return false;
            }
            if (c.content() == null) return true;
            int first = t.sentence.tokenAt(c.content().begin());
            return first < 0 || !t.word(first).equalsIgnoreCase("to");
        }

        /** The sentence's own clause (root, or a conjunct of it), not a subordinate one. */
        private boolean isMainClause(SentenceTree t, int verb) {
            for (int v = verb, g = 0; v >= 0 && g < 4; v = t.head(v), g++) {
                if (t.head(v) < 0) return true;
                if (!t.rel(v).equals("conj") && !t.rel(v).equals("parataxis")) return false;
            }
            return false;
        }

        private Span sentenceSpan(SpeechCue c) {
            Sentence s = trees.get(c.sentence()).sentence;
            return new Span(s.begin(), s.end());
        }

        /** The sentences covering the quote, widened to the attribution sentence. */
        private Span evidence(Span marks, Span cueSentence) {
            int b = marks.begin(), e = marks.end();
            for (SentenceTree t : attribution.sentencesOf(marks)) {
                b = Math.min(b, t.sentence.begin());
                e = Math.max(e, t.sentence.end());
            }
            if (cueSentence != null) {
                b = Math.min(b, cueSentence.begin());
                e = Math.max(e, cueSentence.end());
            }
            return new Span(b, e);
        }
    }
}
