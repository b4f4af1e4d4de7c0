package org.newsgraph.extract.statements;

import org.newsgraph.extract.Span;
import org.newsgraph.nlp.Token;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds speech cues in a parsed sentence: verbs of saying with their subject and the reported
 * clause ("Waltz indicated that ..."), participial cues ("..., with Waltz suggesting that ..."),
 * clause-final and inverted cues ("..., the official said", "..., said a spokesman"), passives
 * ("The move, confirmed by Waltz, ..."), "according to X", "X's statement that ...", and "the paper
 * quoted X as saying ..." (X speaks).
 * Negated speech ("did not say", "declined to confirm") is not a cue.
 */
final class ReportedSpeechFinder {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** what opens the question a question verb reports ("asked if …", "asked whether …") */
    private static final Set<String> QUESTION_MARKS = Set.of("if", "whether");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private final String text;
    private final Cues cues;
    private final SpeakerSearch speakers;

    ReportedSpeechFinder(String text, Cues cues) {
        this.text = text;
        this.cues = cues;
        this.speakers = new SpeakerSearch(cues);
    }

    List<SpeechCue> find(SentenceTree t) {
        List<SpeechCue> out = new ArrayList<>();
        for (int v = 0; v < t.size(); v++) {
            Token tok = t.token(v);
            if (tok.isVerb() && cues.isSpeechVerb(t.lemma(v))) {
                SpeechCue c = verbCue(t, v);
                if (c != null) out.add(c);
            } else if (t.lemma(v).equals("accord") && v + 1 < t.size() && t.word(v + 1).equalsIgnoreCase("to")) {
                SpeechCue c = accordingTo(t, v);
                if (c != null) out.add(c);
            } else if (tok.isNoun() && cues.statementNouns.contains(t.lemma(v))) {
                SpeechCue c = statementNoun(t, v);
                if (c != null) out.add(c);
            }
        }
        return out;
    }

    private SpeechCue verbCue(SentenceTree t, int v) {
        SpeakerSearch.Found found = speakers.find(t, v, true);
        if (found == null) return null;
        int subject = found.subject(), governor = found.governor();
        Span content = content(t, v, subject);
        Span aside = aside(t, v, subject, content);
        if (subject > v && inside(t, subject, content) && !inside(t, subject, aside)) {
            // a phrase after the verb cannot be both speaker and speech: right after a quotation
            // ("…,” said Tim Hess, a developer, who …") it is the speaker; else ("saying anybody who
            // complains …") it is the speech, and the speaker is not in the phrase
            if (v > 0 && t.token(v - 1).pos().equals("''")) content = null;
            else {
                found = speakers.find(t, v, false);
                subject = found == null ? -1 : found.subject();
                governor = found == null ? -1 : found.governor();
            }
        }
        Set<Integer> exclude = new HashSet<>();
        if (subject >= 0) exclude.addAll(t.subtree(subject));
        // an aside's addressee and date are its own words, which the content spans as well
        Span said = aside == null ? content : null;
        String to = addressee(t, v, exclude, said);
        if (to == null && governor >= 0) to = addressee(t, governor, exclude, said);
        if (to == null && subject >= 0) {
            for (int c : t.children(subject)) if (t.rel(c).startsWith("acl")) to = addressee(t, c, Set.of(), null);
        }
        LocalDate on = date(t, v, said);
        if (on == null && governor >= 0) on = date(t, governor, said);
        return new SpeechCue(t.sentence.index(), v, t.lemma(v), subject, content, to, on, aside);
    }

    /** The reported content of speech verb v, or null. */
    private Span content(SentenceTree t, int v, int subject) {
        Span interrupted = interruptedClause(t, v, subject);
        if (interrupted != null) return interrupted;
        int ccomp = t.child(v, "ccomp");
        if (ccomp >= 0) {
            // "said A, but that B": a second that-clause conjoined to the verb reports too
            int last = t.subtreeMax(ccomp);
            // "said Brooks had begun calls but said …": the second "said" is a cue of its own, not content
            for (int c : t.children(ccomp)) {
                if (c > ccomp && t.rel(c).equals("conj") && t.lemma(c).equals(t.lemma(v)) && t.token(c).isVerb())
                    last = Math.min(last, t.subtreeMin(c) - 1);
            }
            while (last > ccomp && (t.isPunct(last) || t.token(last).pos().equals("CC"))) last--;
            for (int c : t.children(v)) {
                if (c > last && t.rel(c).equals("conj") && hasThatMark(t, c)) last = t.subtreeMax(c);
            }
            return tokensSpan(t, range(t.subtreeMin(ccomp), last), true);
        }
        String lemma = t.lemma(v);
        if (cues.questionVerbs.contains(lemma)) {
            // "asked if the budget could wait": the question, parsed as an adverbial clause
            for (int c : t.children(v)) {
                if (c > v && t.rel(c).equals("advcl") && t.child(c, "mark") >= 0
                        && QUESTION_MARKS.contains(t.lemma(t.child(c, "mark")).toLowerCase())) return tokensSpan(t, t.subtree(c), true);
            }
        }
        // "Trump said on Tuesday he received ...": a clause with its own subject after the verb
        for (int c : t.children(v)) {
            if (c > v && t.rel(c).equals("parataxis") && t.child(c, "nsubj") >= 0) return tokensSpan(t, t.subtree(c), true);
        }
        // the parser made the reported clause the head: "he said Kyiv had agreed ..." (said <- agreed)
        Span inverted = invertedClause(t, v);
        if (inverted != null) return inverted;
        int obj = t.child(v, "obj");
        int xcomp = t.child(v, "xcomp");
        // a finite clause the parser left loosely attached after the verb: "said only one in five would run"
        int loose = t.child(v, "dep");
        if (loose > v && obj < 0 && xcomp < 0 && finite(t, loose) && t.child(loose, "nsubj") < 0) {
            return tokensSpan(t, range(v + 1, t.subtreeMax(loose)), true);
        }
        if (xcomp >= 0 && !t.word(xcomp).equalsIgnoreCase("that")) {
            int from = obj >= 0 ? t.subtreeMin(obj) : t.subtreeMin(xcomp);
            return tokensSpan(t, range(from, t.subtreeMax(xcomp)), true);
        }
        if (obj >= 0 && cues.objectContentVerbs.contains(lemma)) return tokensSpan(t, t.subtree(obj), true);
        Span misparsed = subjectTakenForObject(t, v, obj);
        if (misparsed != null) return misparsed;
        // passive participle modifying a noun: "The move, confirmed by X, ..." reports the noun
        if (t.rel(v).equals("acl") && t.head(v) >= 0 && t.token(v).pos().equals("VBN")) {
            int n = t.head(v);
            return tokensSpan(t, range(t.subtreeMin(n), Math.max(n, t.subtreeMin(v) - 1)), true);
        }
        // clause-final or inverted cue: "<content>, Ratcliffe says." / "<content>, said a spokesman."
        // (a finite verb only: after "…, telling CNBC:" comes what was said, not before it)
        int[] words = cueWords(t, v, subject);
        int lo = words[0], hi = words[1];
        if (lo >= 2 && t.word(lo - 1).equals(",") && (hi + 1 >= t.size() || t.isPunct(hi + 1)) && !t.token(v).pos().equals("VBG")) {
            return tokensSpan(t, range(0, lo - 2), true);
        }
        return null;
    }

    /**
     * "The pier, Lopez said, would open in May": the cue is set off by commas inside the clause it
     * reports, so the content is the whole sentence ({@link SpeechCue#contentText} cuts the aside
     * out). Not when what follows is the cue's own: a quotation ("he said, “…”"), a participle
     * ("said, adding …") or a that-clause ("said, however, that …").
     */
    private Span interruptedClause(SentenceTree t, int v, int subject) {
        if (t.token(v).pos().equals("VBG")) return null;
        int[] words = cueWords(t, v, subject);
        int lo = words[0], hi = words[1];
        if (lo < 2 || hi + 2 >= t.size() || !t.word(lo - 1).equals(",") || !t.word(hi + 1).equals(",")) return null;
        int next = hi + 2;
        if (t.isPunct(next) || t.token(next).pos().equals("VBG") || t.lemma(next).equals("that")) return null;
        return tokensSpan(t, range(0, t.size() - 1), true);
    }

    /** First and last token of a clause-final cue's own words: subject, verb, addressee and adjuncts. */
    private static int[] cueWords(SentenceTree t, int v, int subject) {
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
            if (c > v && (r.equals("obj") || r.equals("iobj") || r.equals("obl") || r.equals("advmod") || r.equals("nmod")))
                hi = Math.max(hi, t.subtreeMax(c));
        }
        while (hi > v && t.isPunct(hi)) hi--;
        return new int[] {lo, hi};
    }

    /** The cue's words ("he said") when they sit inside the content they report, with their commas. */
    private Span aside(SentenceTree t, int v, int subject, Span content) {
        // only the interrupted-clause rule gives a content around its cue; other rules' spans may
        // contain the verb of a cue parsed inside them ("… hall that CNN asked her …")
        if (content == null || !content.equals(interruptedClause(t, v, subject))) return null;
        int[] words = cueWords(t, v, subject);
        return new Span(t.token(words[0] - 1).begin(), t.token(words[1] + 1).end());
    }

    /**
     * "said fathers who adopt would not be eligible", "said Kim's state is “spiraling”": the parser
     * took the reported clause's subject for the verb's object and hung its verb below it or loosely
     * after it. A finite verb in that stretch shows it is a clause, not a thing said.
     */
    private Span subjectTakenForObject(SentenceTree t, int v, int obj) {
        if (obj <= v || cues.addressee("object", t.lemma(v))) return null;
        int end = t.subtreeMax(obj);
        for (int c : t.children(v)) {
            if (c > obj && (t.rel(c).equals("dep") || t.rel(c).startsWith("acl")) && finite(t, c)) end = Math.max(end, t.subtreeMax(c));
        }
        for (int k = obj + 1; k <= end; k++) {
            String pos = t.token(k).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) return tokensSpan(t, range(t.subtreeMin(obj), end), true);
        }
        return null;
    }

    private static boolean hasThatMark(SentenceTree t, int c) {
        for (int k : t.children(c)) if (t.rel(k).equals("mark") && t.lemma(k).equals("that")) return true;
        return false;
    }

    /** A verb with a modal or tense auxiliary, or itself finite: the head of a clause, not a phrase. */
    private static boolean finite(SentenceTree t, int c) {
        String pos = t.token(c).pos();
        if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) return true;
        if (!pos.startsWith("VB")) return false;
        for (int k : t.children(c)) if (t.rel(k).startsWith("aux")) return true;
        return false;
    }

    /** Content when the speech verb hangs from a clause that follows it: from after the verb's own
     *  adjuncts and addressee (and "that") to the end of that clause. */
    private Span invertedClause(SentenceTree t, int v) {
        int g = t.head(v);
        if (g <= v) return null;
        Token gt = t.token(g);
        if (!(gt.isVerb() || gt.pos().startsWith("JJ") || gt.isNoun())) return null;
        int subj = -1;
        for (int c : t.children(g)) if (c != v && (t.rel(c).startsWith("nsubj") || t.rel(c).startsWith("csubj"))) subj = c;
        // "suggested the suspension was only partial": the clause's subject parsed as the verb's object
        int obj = t.child(v, "obj");
        boolean objectAsSubject = subj < 0 && obj > v && !cues.addressee("object", t.lemma(v));
        if (!objectAsSubject && (subj < 0 || t.subtreeMin(subj) < v)) return null;
        int from = v + 1;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int c : t.children(v)) {
                if (c != from) continue;
                String r = t.rel(c);
                boolean adjunct = r.startsWith("obl") || r.equals("advmod") || r.equals("iobj")
                        || r.equals("obj") && !objectAsSubject || t.isPunct(c);
                if (adjunct) { from = t.subtreeMax(c) + 1; moved = true; }
            }
            if (from < t.size() && t.isPunct(from) && !t.word(from).matches("[\"“‘']")) { from++; moved = true; }
        }
        if (from >= t.size() || from > t.subtreeMax(g)) return null;
        return tokensSpan(t, range(from, t.subtreeMax(g)), true);
    }

    private SpeechCue accordingTo(SentenceTree t, int according) {
        int source = t.head(according);
        if (source < 0) return null;
        int clause = t.head(source);
        List<Integer> phrase = t.subtree(source);
        int pb = Math.min(according, phrase.get(0)), pe = phrase.get(phrase.size() - 1);
        List<Integer> rest;
        if (pb == 0 || pb <= 1) rest = range(pe + 1, t.size() - 1);
        else if (pe >= t.size() - 2) rest = range(0, pb - 1);
        else rest = clause >= 0 ? t.subtreeWithout(clause, source) : range(0, t.size() - 1);
        Span content = tokensSpan(t, rest, true);
        LocalDate on = clause >= 0 ? date(t, clause, content) : null;
        return new SpeechCue(t.sentence.index(), according, "according to", source, content, null, on);
    }

    /** "X's statement that ...": the noun's possessor speaks, its clause is the content. */
    private SpeechCue statementNoun(SentenceTree t, int n) {
        int poss = -1;
        for (int c : t.children(n)) if (t.rel(c).equals("nmod:poss")) poss = c;
        if (poss < 0) return null;
        int clause = -1;
        for (int c : t.children(n)) {
            if ((t.rel(c).startsWith("acl") || t.rel(c).equals("ccomp")) && t.child(c, "mark") >= 0) clause = c;
        }
        if (clause < 0) return null;
        return new SpeechCue(t.sentence.index(), n, t.lemma(n), poss, tokensSpan(t, t.subtree(clause), true), null, null);
    }

    /** Who the cue was addressed to: "told Fox News", "speaking to X", "in a CBS News interview". */
    private String addressee(SentenceTree t, int v, Set<Integer> exclude, Span content) {
        String lemma = t.lemma(v);
        for (int c : t.children(v)) {
            if (exclude.contains(c) || inside(t, c, content)) continue;
            String r = t.rel(c);
            if ((r.equals("obj") || r.equals("iobj")) && cues.addressee("object", lemma) && canBeAudience(t, c)) return phrase(t, c);
            if (r.startsWith("obl") || r.startsWith("nmod")) {
                String prep = caseOf(t, c);
                if ("to".equals(prep) && cues.addressee("to", lemma)) return phrase(t, c);
                if (cues.addressee("medium", t.lemma(c))) {
                    String outlet = outletOf(t, c);
                    if (outlet != null) return outlet;
                } else if ("on".equals(prep) && "ORGANIZATION".equals(t.token(c).ner())) {
                    return phrase(t, c);
                }
            }
            if (r.equals("advcl") || r.equals("xcomp") || r.equals("acl")) {
                if (cues.addressee("object", t.lemma(c)) || cues.addressee("to", t.lemma(c))) {
                    String inner = addressee(t, c, exclude, content);
                    if (inner != null) return inner;
                }
            }
        }
        return null;
    }

    /** A name, or a noun for people who listen ("reporters", "lawmakers"), not a topic ("the pause"). */
    private boolean canBeAudience(SentenceTree t, int n) {
        Token tok = t.token(n);
        return tok.isProperNoun() || !"O".equals(tok.ner()) || cues.addressee("audience", t.lemma(n));
    }

    /** The outlet of an interview noun: its named modifier ("CBS News interview") or "with X". */
    private String outletOf(SentenceTree t, int noun) {
        int first = -1, last = -1;
        for (int c : t.children(noun)) {
            if (t.rel(c).equals("compound") && t.token(c).isProperNoun()) {
                first = first < 0 ? t.subtreeMin(c) : Math.min(first, t.subtreeMin(c));
                last = Math.max(last, t.subtreeMax(c));
            }
        }
        if (first >= 0) return text.substring(t.token(first).begin(), t.token(last).end());
        for (int c : t.children(noun)) {
            if (t.rel(c).startsWith("nmod") && "with".equals(caseOf(t, c))) return phrase(t, c);
        }
        return null;
    }

    private static String caseOf(SentenceTree t, int n) {
        for (int c : t.children(n)) if (t.rel(c).equals("case")) return t.lemma(c);
        return null;
    }

    /** The noun phrase at n as written, without its preposition, leading article and clauses. */
    private String phrase(SentenceTree t, int n) {
        int b = n, e = n;
        for (int c : t.children(n)) {
            String r = t.rel(c);
            if (r.equals("case") || r.equals("punct") || r.startsWith("acl") || r.equals("cc") || r.equals("conj")) continue;
            if (r.equals("det") && DETERMINERS.contains(t.lemma(c))) continue;
            b = Math.min(b, t.subtreeMin(c));
            e = Math.max(e, t.subtreeMax(c));
        }
        return text.substring(t.token(b).begin(), t.token(e).end());
    }

    /** A full ISO date among the dependents of v outside the content ("said on Tuesday"), or null. */
    private LocalDate date(SentenceTree t, int v, Span content) {
        for (int c : t.children(v)) {
            String r = t.rel(c);
            if (!(r.startsWith("obl") || r.startsWith("nmod") || r.equals("advmod") || r.equals("advcl"))) continue;
            if (inside(t, c, content)) continue;
            for (int k : t.subtree(c)) {
                Token tok = t.token(k);
                if (!"DATE".equals(tok.ner()) || tok.normalizedNer() == null) continue;
                String norm = tok.normalizedNer();
                if (ISO_DATE.matcher(norm).matches()) {
                    try {
                        return LocalDate.parse(norm);
                    } catch (DateTimeParseException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static boolean inside(SentenceTree t, int tok, Span content) {
        return content != null && content.begin() <= t.token(tok).begin() && t.token(tok).end() <= content.end();
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= to; i++) out.add(i);
        return out;
    }

    /** Character span of the tokens, without a leading "that"/comma and trailing punctuation. */
    private Span tokensSpan(SentenceTree t, List<Integer> tokens, boolean dropMark) {
        if (tokens.isEmpty()) return null;
        int b = 0, e = tokens.size() - 1;
        while (b <= e && (t.isPunct(tokens.get(b)) && !isQuoteMark(t, tokens.get(b))
                || dropMark && t.rel(tokens.get(b)).equals("mark") && t.lemma(tokens.get(b)).equals("that")
                || dropMark && b == 0 && t.word(tokens.get(b)).equalsIgnoreCase("that"))) b++;
        while (e >= b && t.isPunct(tokens.get(e)) && !isQuoteMark(t, tokens.get(e))) e--;
        if (b > e) return null;
        return new Span(t.token(tokens.get(b)).begin(), t.token(tokens.get(e)).end());
    }

    private static boolean isQuoteMark(SentenceTree t, int i) {
        String w = t.word(i);
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("'") || w.equals("‘") || w.equals("’")
                || w.equals("``") || w.equals("''");
    }
}
