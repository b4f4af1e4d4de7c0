package org.newsgraph.extract.statements;

import static org.newsgraph.extract.statements.ContentSpan.adjunctOf;
import static org.newsgraph.extract.statements.ContentSpan.clauseBefore;
import static org.newsgraph.extract.statements.ContentSpan.clauseBelow;
import static org.newsgraph.extract.statements.ContentSpan.range;
import static org.newsgraph.extract.statements.ContentSpan.span;

import org.newsgraph.extract.Span;

import java.util.Locale;
import java.util.Set;

/**
 * What a verb of saying reports: its that-clause, a clause the parser attached loosely or made the
 * head, an object for verbs that take one ("announced the pause"), the noun a passive participle
 * describes ("The move, confirmed by X"), or the clause a clause-final cue closes ("…, he said.") or
 * interrupts ("The pier, Lopez said, would open").
 */
final class ReportedContent {
    /** what opens the question a question verb reports ("asked if …", "asked whether …") */
    private static final Set<String> QUESTION_MARKS = Set.of("if", "whether");
    /** what opens a reported clause that begins with a condition ("said if elected he could …") */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "once");

    private final Cues cues;
    private final ObjectAsSubject objects;

    ReportedContent(Cues cues) {
        this.cues = cues;
        this.objects = new ObjectAsSubject(cues);
    }

    /** The reported content of speech verb v with subject token {@code subject} (-1: none), or null. */
    Span of(SentenceTree t, int v, int subject) {
        Span interrupted = interruptedClause(t, v, subject);
        if (interrupted != null) return interrupted;
        if (repeatsAttribution(t, v, subject)) return null;
        int ccomp = reportedClause(t, v, subject);
        if (ccomp > v && attributionOnly(t, ccomp)) return null;
        if (ccomp >= 0) {
            // "said A, but that B": a second that-clause conjoined to the verb reports too
            int last = t.subtreeMax(ccomp);
            boolean subordinate = InvertedReport.opensSubordinateClause(t, v);
            // "said Brooks had begun calls but said …": the second "said" is a cue of its own and ends the
            // content, and so does a report of its own the parser set inside the clause, with its own subject
            // or joined after a comma: "…; 29 percent said they believe …", "…, and called on the mayor to intervene"
            for (int k : t.subtree(ccomp)) {
                if (k <= ccomp || !t.token(k).isVerb()) continue;
                boolean sameVerbAgain = t.head(k) == ccomp && t.rel(k).equals("conj") && t.lemma(k).equals(t.lemma(v));
                // "74 percent said they are set on him, while 22 percent said …": an adverbial clause too
                boolean separate = t.rel(k).equals("parataxis") || t.rel(k).equals("conj")
                        || t.rel(k).equals("advcl") && t.afterComma(t.subtreeMin(k));
                boolean own = CueSubjects.activeSubject(t, k) >= 0 && CueSubjects.activeSubject(t, k) < k
                        || t.rel(k).equals("conj") && t.joinedAfterComma(k);
                // "…, adding: “…”": a participle of saying after a comma is the next report
                boolean adding = t.token(k).pos().equals("VBG") && t.afterComma(k) && cues.isSpeechCue(t, k);
                // "When Smith said the plant would close, the crowd booed": after a report in an opening
                // subordinate clause, the clause after the comma is the sentence's own
                boolean mainClause = subordinate && separate && own && t.afterComma(t.subtreeMin(k));
                if (sameVerbAgain || separate && own && cues.isSpeechCue(t, k) || adding || mainClause) last = Math.min(last, t.subtreeMin(k) - 1);
            }
            while (last > ccomp && (t.isPunct(last) || t.token(last).pos().equals("CC"))) last--;
            // "The head of WHO warned that no one is immune, and countries must prepare": the parser made
            // the cue, subject and all, the subject of the clause that ends the report
            int g = t.head(v);
            if (t.rel(v).equals("csubj") && g > last && t.child(v, "nsubj") >= 0 && t.child(v, "nsubj") < v
                    && !holdsCue(t, last + 1, t.subtreeMax(g))) last = t.subtreeMax(g);
            for (int c : t.children(v)) {
                if (c > last && t.rel(c).equals("conj") && (hasThatMark(t, c) || reportedConjunct(t, v, c, last))) last = t.subtreeMax(c);
            }
            return span(t, range(objects.clauseStart(t, v, ccomp, subject), lostContinuation(t, v, last)), true);
        }
        String lemma = t.lemma(v);
        if (cues.questionVerbs.contains(lemma)) {
            // "asked if the budget could wait": the question, parsed as an adverbial clause
            for (int c : t.children(v)) {
                if (c > v && t.rel(c).equals("advcl") && t.child(c, "mark") >= 0
                        && QUESTION_MARKS.contains(t.lemma(t.child(c, "mark")).toLowerCase())) return span(t, t.subtree(c), true);
            }
        }
        // "Cruz said if elected he could work with …": the reported clause opens with a condition, and the
        // parser hung it as an adverbial clause of the cue
        if (t.child(v, "obj") < 0 && v + 1 < t.size() && CONDITIONS.contains(t.word(v + 1).toLowerCase())) {
            for (int c : t.children(v)) {
                if (c > v && t.rel(c).equals("advcl") && t.child(c, "mark") == v + 1 && CueSubjects.activeSubject(t, c) >= 0
                        && t.isFinite(c)) return span(t, range(v + 1, t.subtreeMax(c)), true);
            }
        }
        // "called upon all sections of society to gather", "called for snap elections": what the phrase asks for
        if (v + 1 < t.size() && cues.isPhrasalSpeechVerb(lemma, t.word(v + 1))) return span(t, range(v + 2, t.subtreeMax(v)), true);
        int obj = t.child(v, "obj");
        // "described the president's move as a “coup”": the thing and what the speaker called it
        if (obj > v && cues.predicativeQuoteVerbs.contains(lemma)) {
            for (int c : t.children(v)) {
                int mark = c > obj ? t.child(c, "case") : -1;
                if (mark >= 0 && t.lemma(mark).equals("as")) return span(t, range(t.subtreeMin(obj), t.subtreeMax(c)), true);
            }
        }
        // "Trump said on Tuesday he received ...": a clause with its own subject after the verb
        for (int c : t.children(v)) {
            if (c > v && t.rel(c).equals("parataxis") && t.child(c, "nsubj") >= 0) return span(t, t.subtree(c), true);
        }
        // the parser made the reported clause the head: "he said Kyiv had agreed ..." (said <- agreed)
        Span inverted = InvertedReport.content(cues, t, v);
        if (inverted != null) return inverted;
        int xcomp = t.child(v, "xcomp");
        // a finite clause the parser left loosely attached after the verb: "said only one in five would run"
        int loose = t.child(v, "dep");
        // (not after "as X said", which points back at what came before it)
        boolean as = t.child(v, "mark") >= 0 && t.lemma(t.child(v, "mark")).equalsIgnoreCase("as");
        if (loose > v && obj < 0 && xcomp < 0 && t.isFinite(loose) && t.child(loose, "nsubj") < 0 && !as) {
            return span(t, range(v + 1, t.subtreeMax(loose)), true);
        }
        // "She said the nonprofit provided a statement": a past tense the tagger took for a participle,
        // with its subject right after the cue (or after whom it was told: "telling his aides he planned …")
        int own = loose > v ? t.child(loose, "nsubj") : -1;
        boolean toldWhom = obj > v && cues.addressee("object", lemma);
        int start = toldWhom ? t.subtreeMax(obj) + 1 : v + 1;
        if (own > v && (obj < 0 || toldWhom) && xcomp < 0 && t.subtreeMin(own) == start && t.token(loose).isVerb()) {
            return span(t, range(start, t.subtreeMax(loose)), true);
        }
        // "witnesses reported a man running out of a house yelling at a cyclist": the object of a verb
        // that reports things, parsed as the subject of a participle hung loosely after the verb
        if (loose > v && obj < 0 && xcomp < 0 && cues.objectContentVerbs.contains(lemma) && t.token(loose).pos().equals("VBG")
                && t.child(loose, "nsubj") > v) {
            return span(t, range(v + 1, t.subtreeMax(loose)), true);
        }
        // (not "…,” a spokesman said, speaking on condition of anonymity": a participle set off by a comma
        // tells how it was said, or is a cue of its own, not what was said)
        boolean setOff = xcomp > v && t.token(xcomp).pos().equals("VBG") && t.afterComma(t.subtreeMin(xcomp));
        // "said that in addition to the slain foreigners, a museum worker … were killed": the parser made the
        // complementizer the head of the clause it opens (a "that" with no clause below is the pronoun)
        if (xcomp == v + 1 && t.word(xcomp).equalsIgnoreCase("that") && clauseBelow(t, xcomp)) {
            return span(t, range(xcomp + 1, t.subtreeMax(xcomp)), true);
        }
        if (xcomp >= 0 && !t.word(xcomp).equalsIgnoreCase("that") && !setOff) {
            int from = obj >= 0 ? t.subtreeMin(obj) : t.subtreeMin(xcomp);
            return span(t, range(from, t.subtreeMax(xcomp)), true);
        }
        // ("…, predicted strategist Naoki Kamiyama": after a clause-final cue its object is its speaker)
        boolean objectSpeaks = obj > v && subject >= 0 && t.dominates(obj, subject);
        if (obj > v && cues.objectContentVerbs.contains(lemma) && t.token(obj).pos().equals("PRP") && ccomp < 0
                && (obj + 1 >= t.size() || !(t.token(obj + 1).isVerb() || t.token(obj + 1).pos().equals("MD")))) return null;
        if (obj >= 0 && cues.objectContentVerbs.contains(lemma) && !objectSpeaks && !namesSomeone(t, obj)) {
            Span clause = objects.predicateHungAfter(t, v, obj) ? objects.subjectTakenForObject(t, v, obj) : null;
            return clause != null ? clause : span(t, range(t.subtreeMin(obj), lostContinuation(t, v, ObjectAsSubject.subjunctiveEnd(t, obj))), true);
        }
        // (not a name after the verb that speaks: "…, said Joe Carbone, who works for the city")
        Span misparsed = objectSpeaks && (t.token(subject).isProperNoun() || CueSubjects.isPerson(t, subject)) ? null : objects.subjectTakenForObject(t, v, obj);
        if (misparsed != null) return misparsed;
        // passive participle modifying a noun: "The move, confirmed by X, ..." reports the noun, for verbs
        // whose object can be what is said ("the monitor maintained by the embassy" reports nothing)
        if (t.rel(v).equals("acl") && t.head(v) >= 0 && t.token(v).pos().equals("VBN") && cues.objectContentVerbs.contains(lemma)) {
            int n = t.head(v), from = t.subtreeMin(n);
            // (not the noun's preposition: "consistent with another violent plan divulged by a former employee")
            if (t.rel(from).equals("case") && t.head(from) == n) from++;
            return span(t, range(from, Math.max(n, t.subtreeMin(v) - 1)), true);
        }
        // clause-final or inverted cue: "<content>, Ratcliffe says." / "<content>, said a spokesman."
        // (a finite verb only: after "…, telling CNBC:" comes what was said, not before it)
        int[] words = cueWords(t, v, subject);
        int lo = words[0], hi = words[1];
        // (not a cue that opens a quotation: "…, O'Neill said, “Not going to go into that.”" reports the quotation)
        boolean opensQuote = hi + 2 < t.size() && t.token(hi + 2).pos().equals("``");
        // (the comma may stand inside the closing mark of a quotation the clause runs into: "… and “smash it
        // to pieces,” Mr Grieve said.")
        int comma = lo >= 2 && t.token(lo - 1).pos().equals("''") && ContentSpan.clauseRunsIntoQuote(t, afterDateline(t), lo - 1)
                ? lo - 2 : lo - 1;
        // (nor a participle describing a noun: "… thriller Primer, written and directed by Shane Carruth.")
        boolean describes = t.token(v).pos().equals("VBN") && t.rel(v).startsWith("acl");
        if (comma >= 1 && t.word(comma).equals(",") && (hi + 1 >= t.size() || t.isPunct(hi + 1)) && !t.token(v).pos().equals("VBG")
                && !describes && !opensQuote && !adjunctOf(t, v, 0, comma - 1) && !RelativeClauseCue.describesNoun(t, subject)
                && besideSubject(t, v, subject, lo)) {
            return span(t, range(afterDateline(t), comma - 1), true);
        }
        return null;
    }

    /**
     * "The pier, Lopez said, would open in May": the cue is set off by commas inside the clause it
     * reports, so the content is the whole sentence ({@link SpeechCue#contentText} cuts the aside
     * out). Not when what follows is the cue's own: a quotation ("he said, “…”"), a participle
     * ("said, adding …") or a that-clause ("said, however, that …") after nothing it reports.
     */
    private Span interruptedClause(SentenceTree t, int v, int subject) {
        if (t.token(v).pos().equals("VBG") || RelativeClauseCue.describesNoun(t, subject)) return null;
        int[] words = cueWords(t, v, subject);
        int lo = words[0], hi = words[1];
        if (lo < 2 || hi + 2 >= t.size() || !t.word(lo - 1).equals(",") || !t.word(hi + 1).equals(",")) return null;
        int next = hi + 2;
        // (nor a verb of the subject's own before "and" and a second predicate: "Previously, he wrote about
        // banking, and also served as …")
        if (t.isPunct(next) || t.token(next).pos().equals("VBG") || t.token(next).pos().equals("CC") && !nounBefore(t, lo - 1)) return null;
        // "At the briefing in Geneva, Ghebreyesus said the toll from all cases stood at 3,110, and …": words
        // after the verb that hold a clause are what it reports, not an aside's adjuncts
        for (int c : t.children(v)) if (c > v && c <= hi && ObjectAsSubject.hasFiniteVerb(t, c)) return null;
        // "…, he said, that …" is the cue's own clause, unless the clause before reports too ("so bad,
        // Mr. Obama noted, that …")
        if (t.lemma(next).equals("that") && !clauseBefore(t, v, lo)) return null;
        return span(t, range(afterDateline(t), t.size() - 1), true);
    }

    /** Whether a noun or pronoun stands before token {@code end} (after an opening dateline). */
    private static boolean nounBefore(SentenceTree t, int end) {
        for (int k = afterDateline(t); k < end; k++) if (t.token(k).isNoun() || t.token(k).pos().startsWith("PRP")) return true;
        return false;
    }

    /**
     * "“…,” Clinton said, The New York Times reported.": a clause of a subject and a verb of saying and
     * nothing more, after the cue, says who passed the words on; it reports nothing of its own.
     */
    private boolean attributionOnly(SentenceTree t, int c) {
        if (!cues.isSpeechVerb(t.lemma(c)) || CueSubjects.activeSubject(t, c) < 0 || !t.afterComma(t.subtreeMin(c))) return false;
        for (int k : t.children(c)) {
            String r = t.rel(k);
            boolean when = r.startsWith("obl") && t.isTime(k);
            if (!(r.startsWith("nsubj") || r.startsWith("aux") || r.equals("punct") || r.equals("advmod") || when)) return false;
        }
        return true;
    }

    /** The first token after an opening dateline, or 0: "WASHINGTON — …, top lawmakers said" reports no dateline. */
    static int afterDateline(SentenceTree t) {
        return Math.max(0, t.sentence.openingDateline() + 1);
    }

    /**
     * The verb's that-clause. Of two, the parser took the one before the verb from an opening
     * phrase ("On a day rich in symbolism, under a sky that seemed …, Obama warned that …") or
     * from the clause set off after the subject ("Mr. Slinker, whose start-up uses data, said …"):
     * the one after the verb is reported when it follows it directly or with "that", or when the
     * one before holds the speaker. "<clause>, Hollande said Tuesday, noting …" keeps the first.
     */
    private int reportedClause(SentenceTree t, int v, int subject) {
        int first = t.child(v, "ccomp");
        if (first < 0) return clauseHungBelow(t, v);
        if (first > v) return first;
        boolean holdsSpeaker = subject >= 0 && t.subtree(first).contains(subject);
        for (int c : t.children(v)) {
            if (c > v && t.rel(c).equals("ccomp") && (holdsSpeaker || t.subtreeMin(c) == v + 1 || hasThatMark(t, c))) return c;
        }
        return first;
    }

    /**
     * A that-clause the parser hung below the cue: on the addressee's title the tagger took for a verb
     * ("told co-host Joe Scarborough that he …") or on the cue's oblique ("saying at a campaign event
     * last week that Clinton was not qualified"); the clause is the cue's.
     */
    private int clauseHungBelow(SentenceTree t, int v) {
        int d = t.child(v, "dep");
        if (d == v + 1 && t.token(d).isVerb()) {
            int c = t.child(d, "ccomp");
            if (c > d && hasThatMark(t, c) && t.child(d, "obj") >= 0) return c;
        }
        // (not "predicted consolidation in a market that they call fragmented": beside an object that is not
        // the audience, "that" right after the oblique's noun opens a relative clause on it)
        boolean thing = t.child(v, "obj") >= 0 && !cues.addressee("object", t.lemma(v));
        for (int n : t.children(v)) {
            if (n < v || !t.rel(n).startsWith("obl")) continue;
            int c = t.child(n, "ccomp");
            if (c > n && t.lemma(t.subtreeMin(c)).equalsIgnoreCase("that") && !(thing && t.subtreeMin(c) == n + 1)) return c;
        }
        return -1;
    }

    /**
     * "said the toll stood at 3,110, and more than 98,000 people have been infected": a clause with
     * its own subject that the parser joined to the verb right after the reported clause, with only
     * ", and" between, continues what was said, unless it holds a report of its own.
     */
    private boolean reportedConjunct(SentenceTree t, int v, int c, int last) {
        if (!(t.isFinite(c) || t.child(c, "cop") >= 0)) return false;
        // "…, but the police overruled her, the source added": a clause with a cue of its own
        if (holdsCue(t, t.subtreeMin(c), t.subtreeMax(c))) return false;
        int subj = -1;
        for (int k : t.children(c)) if (t.rel(k).startsWith("nsubj")) subj = k;
        if (subj < 0) return false;
        for (int k = last + 1; k < t.subtreeMin(c); k++) if (!(t.isPunct(k) || t.token(k).pos().equals("CC"))) return false;
        return true;
    }

    /**
     * "The chancellor said the cuts were deep, he told activists": a clause that is already a report
     * with its own speaker, closed by a pronoun's cue, is attributed twice to one person; the clause's
     * own cue carries it.
     */
    private boolean repeatsAttribution(SentenceTree t, int v, int subject) {
        if (subject < 0 || !t.token(subject).pos().equals("PRP")) return false;
        // the parser hangs the report before as the cue's clause or the cue from the report
        int report = t.child(v, "ccomp");
        if (report < 0 || report > v) report = t.rel(v).equals("parataxis") && t.head(v) < v ? t.head(v) : -1;
        if (report < 0 || report > subject || !cues.isSpeechCue(t, report)) return false;
        int own = t.child(report, "nsubj");
        // (not "The state is asking for $320m, he said": a cue reporting no clause is what he says)
        return own >= 0 && own < report && reportedClause(t, report, own) >= 0;
    }

    /**
     * "said Labour's plans showed Mr Blair was “terrified of scrutiny”": the parser may hang the rest of
     * the reported clause, from right after what it gave the cue, on the cue as an unlabelled
     * dependent; the content runs on through it. The new last token, or {@code last}.
     */
    private static int lostContinuation(SentenceTree t, int v, int last) {
        for (int c : t.children(v)) {
            if (c > last && t.rel(c).equals("dep") && t.subtreeMin(c) == last + 1 && t.token(c).isVerb()) return t.subtreeMax(c);
        }
        return last;
    }

    /** Whether tokens from..to hold a verb of saying: a report of their own, not more of this one. */
    private boolean holdsCue(SentenceTree t, int from, int to) {
        for (int k = from; k <= to; k++) if (cues.isSpeechCue(t, k)) return true;
        return false;
    }

    /**
     * "The Senate confirmed Prelogar", "Gates recommended Tillerson", "announced himself as …": an object
     * that is a person (a name, a personal or reflexive pronoun) is who was confirmed or announced, not
     * anything said; and "mentioned it" says nothing an "it" does not point to.
     */
    private static boolean namesSomeone(SentenceTree t, int obj) {
        if (t.token(obj).pos().equals("PRP")) return true;
        if (!"PERSON".equals(t.token(obj).ner())) return false;
        for (int k : t.subtree(obj)) if (!t.token(k).isProperNoun() && !t.isPunct(k)) return false;
        return true;
    }

    /**
     * "As the deputy director, he appeared at … and testified before …": a verb that shares the subject of
     * a clause before it is no cue closing the sentence; only its own words may stand between subject and verb.
     */
    private static boolean besideSubject(SentenceTree t, int v, int subject, int lo) {
        for (int k = lo; k < v; k++) {
            if (t.isPunct(k) || t.dominates(v, k) || subject >= 0 && t.dominates(subject, k)) continue;
            return false;
        }
        return true;
    }

    /** First and last token of a clause-final cue's own words: subject, verb, addressee and adjuncts. */
    private int[] cueWords(SentenceTree t, int v, int subject) {
        int lo = v, hi = v;
        if (subject >= 0) {
            int speaker = subject;
            // "The pier, Lopez said, …" parsed as "The pier, Lopez" said: the name next to the verb speaks
            for (int c : t.children(subject)) {
                if (c > subject && t.rel(c).equals("appos") && t.token(c).isProperNoun() && !t.token(subject).isProperNoun()
                        && t.subtreeMax(c) == v - 1) speaker = c;
            }
            lo = Math.min(lo, t.subtreeMin(speaker));
            hi = Math.max(hi, t.subtreeMax(speaker));
        }
        // "…, Graham told The Huffington Post on Thursday.": the cue's addressee and adjuncts close the sentence
        for (int c : t.children(v)) {
            String r = SpeakerResolver.baseRel(t.rel(c));
            // an object is the cue's own only when it is the audience ("told The Huffington Post"); after
            // "said" it is the reported clause's subject the parser took for one ("said the toll stood …")
            boolean audience = r.equals("iobj") || r.equals("obj") && cues.addressee("object", t.lemma(v));
            if (c > v && (audience || r.equals("obl") || r.equals("advmod") || r.equals("nmod")))
                hi = Math.max(hi, t.subtreeMax(c));
        }
        while (hi > v && t.isPunct(hi)) hi--;
        return new int[] {lo, hi};
    }

    /** The cue's words ("he said") when they sit inside the content they report, with their commas. */
    Span aside(SentenceTree t, int v, int subject, Span content) {
        // only the interrupted-clause rule gives a content around its cue; other rules' spans may
        // contain the verb of a cue parsed inside them ("… hall that CNN asked her …")
        if (content == null || !content.equals(interruptedClause(t, v, subject))) return null;
        int[] words = cueWords(t, v, subject);
        return new Span(t.token(words[0] - 1).begin(), t.token(words[1] + 1).end());
    }

    private static boolean hasThatMark(SentenceTree t, int c) {
        for (int k : t.children(c)) if (t.rel(k).equals("mark") && t.lemma(k).equals("that")) return true;
        return false;
    }

    /**
     * "Muscat bridled at the suggestions, claiming Victory had controlled the match": a participle
     * after the sentence's comma that the parser took for an adjective or a modifier of a noun, followed by a
     * clause with its own finite verb, reports the rest of the sentence. Null for any other layout.
     */
    Span afterLooseParticiple(SentenceTree t, int v) {
        if (v < 2 || !t.token(v).pos().equals("VBG") || !t.word(v - 1).equals(",")) return null;
        if (!t.rel(v).equals("amod") && !(t.rel(v).equals("acl") && t.token(t.head(v)).isNoun())) return null;
        // what follows must open a clause: ["that"] a short noun phrase, then a finite verb
        // (not "…, writing for the paper, said …", whose participle has a phrase of its own)
        int k = v + 1 < t.size() && t.lemma(v + 1).equals("that") ? v + 2 : v + 1;
        int start = k;
        while (k < t.size() && k - start < 6 && t.isNounPhraseWord(k)) k++;
        if (k == start || k >= t.size() || !(t.isFinite(k) || t.token(k).pos().equals("MD"))) return null;
        return span(t, range(v + 1, t.size() - 1), true);
    }
}
