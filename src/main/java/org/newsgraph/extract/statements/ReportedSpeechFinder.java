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
 * quoted X as saying ..." (X speaks). What a verb reports is found by {@link ReportedContent}.
 * Negated speech ("did not say", "declined to confirm") is not a cue.
 */
final class ReportedSpeechFinder {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private final String text;
    private final Cues cues;
    private final SpeakerSearch speakers;
    private final ReportedContent reported;

    ReportedSpeechFinder(String text, Cues cues) {
        this.text = text;
        this.cues = cues;
        this.speakers = new SpeakerSearch(cues);
        this.reported = new ReportedContent(cues);
    }

    List<SpeechCue> find(SentenceTree t) {
        List<SpeechCue> out = new ArrayList<>();
        // "… claimed he was a leader but his lawyer, Carla Menzies, told …": a report ends where the next speaker comes in
        List<Integer> nextSpeakers = new ArrayList<>();
        for (int v = 0; v < t.size(); v++) {
            int cc = cues.isSpeechCue(t, v) ? CueSubjects.conjunctionBeforeSpeaker(t, v) : -1;
            if (cc >= 0) nextSpeakers.add(cc);
        }
        for (int v = 0; v < t.size(); v++) {
            Token tok = t.token(v);
            if (cues.isSpeechCue(t, v) || tok.isVerb() && documentSpeaks(t, v)) {
                SpeechCue c = verbCue(t, v);
                if (c != null) out.add(endBefore(t, c, nextSpeakers));
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

    /** The cue with its content ending before the first of {@code boundaries} (conjunction tokens) after its verb inside it. */
    private static SpeechCue endBefore(SentenceTree t, SpeechCue c, List<Integer> boundaries) {
        if (c.content() == null || c.aside() != null) return c;
        for (int cc : boundaries) {
            if (cc <= c.cueToken() || t.token(cc).begin() <= c.content().begin() || t.token(cc).begin() >= c.content().end()) continue;
            Span cut = ContentSpan.span(t, ContentSpan.range(t.sentence.tokenAt(c.content().begin()), cc - 1), false);
            return cut == null ? c : new SpeechCue(c.sentence(), c.cueToken(), c.cue(), c.speakerHead(), cut, c.statedTo(), c.statedOn());
        }
        return c;
    }

    /** "“…,” the statement reads": a verb that reports only what a document says, with a document for subject. */
    private boolean documentSpeaks(SentenceTree t, int v) {
        if (!cues.documentVerbs.contains(t.lemma(v).toLowerCase())) return false;
        int s = CueSubjects.activeSubject(t, v);
        return s >= 0 && cues.reportNouns.contains(t.lemma(s).toLowerCase());
    }

    private SpeechCue verbCue(SentenceTree t, int v) {
        RelativeClauseCue.Found relative = RelativeClauseCue.of(t, v);
        if (relative != null) {
            return new SpeechCue(t.sentence.index(), v, t.lemma(v), relative.speaker(), relative.content(), null, null);
        }
        SpeakerSearch.Found found = speakers.find(t, v, true);
        if (found == null) return null;
        int subject = CueSubjects.asideSpeaker(t, v, found.subject()), governor = found.governor();
        Span content = reported.of(t, v, subject);
        if (content == null) content = RelativeClauseCue.clauseOnMainCue(t, v, cues);
        Span loose = content == null ? reported.afterLooseParticiple(t, v) : null;
        if (loose != null) {
            // its speaker is the sentence's subject, whatever the parser made of the participle
            content = loose;
            subject = CueSubjects.activeSubject(t, t.rootToken());
            governor = -1;
        }
        Span aside = reported.aside(t, v, subject, content);
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

    private SpeechCue accordingTo(SentenceTree t, int according) {
        int source = t.head(according);
        if (source < 0) return null;
        int clause = t.head(source);
        // the source follows "according to": words before it that the parser hung on the source ("give $717m
        // …, according to the United Nations" with "$717m" on "Nations") belong to the clause
        List<Integer> phrase = t.subtree(source).stream().filter(k -> k >= according).toList();
        if (phrase.isEmpty()) return null;
        int pb = according, pe = phrase.get(phrase.size() - 1);
        List<Integer> rest;
        if (clause < 0) {
            // the parser made the source the sentence's head ("…, according to U.S. lobbying records."):
            // opening the sentence, the source runs to the next comma and the rest was said; else what
            // comes before it was
            int end = according + 2;
            while (end < t.size() && !t.word(end).equals(",")) end++;
            rest = according <= 1 ? ContentSpan.range(end + 1, t.size() - 1) : ContentSpan.range(0, according - 1);
        }
        else if (pb <= 1) {
            // "According to technology analysts, TDG Research, there will be …": the name set off after the
            // description is the source, and what was said starts after it
            int name = appositiveName(t, pe);
            if (name >= 0) {
                source = name;
                pe = name + 1;
            }
            rest = ContentSpan.range(pe + 1, t.size() - 1);
        }
        else if (pe >= t.size() - 2) rest = ContentSpan.range(0, pb - 1);
        else {
            // "…, but, according to Hansen, the tradeoff …": the conjunction joins the clause to the one before
            rest = new ArrayList<>(t.subtreeWithout(clause, source));
            rest.removeIf(k -> k < according && t.head(k) == clause && t.rel(k).equals("cc"));
        }
        Span content = ContentSpan.span(t, rest, true);
        LocalDate on = clause >= 0 ? date(t, clause, content) : null;
        Span aside = setOff(t, pb, pe);
        if (content == null || aside == null || !content.contains(aside)) aside = null;
        return new SpeechCue(t.sentence.index(), according, "according to", source, content, null, on, aside);
    }

    /** The last word of a name set off by commas right after token {@code end} ("…, TDG Research, …"), or -1. */
    private static int appositiveName(SentenceTree t, int end) {
        if (end + 3 >= t.size() || !t.word(end + 1).equals(",")) return -1;
        int k = end + 2;
        while (k < t.size() && t.token(k).isProperNoun()) k++;
        return k > end + 2 && k < t.size() && t.word(k).equals(",") ? k - 1 : -1;
    }

    /** "the tradeoff, according to Hansen, has been …": the phrase with its commas, cut from the words reported. */
    private static Span setOff(SentenceTree t, int begin, int end) {
        if (begin < 1 || end + 1 >= t.size() || !t.word(begin - 1).equals(",") || !t.word(end + 1).equals(",")) return null;
        return new Span(t.token(begin - 1).begin(), t.token(end + 1).end());
    }

    /** "X's statement that ...": the noun's possessor speaks, its clause is the content. */
    private SpeechCue statementNoun(SentenceTree t, int n) {
        int poss = -1;
        for (int c : t.children(n)) if (t.rel(c).equals("nmod:poss")) poss = c;
        int clause = -1;
        for (int c : t.children(n)) {
            if ((t.rel(c).startsWith("acl") || t.rel(c).equals("ccomp")) && t.child(c, "mark") >= 0) clause = c;
        }
        if (poss < 0) return issued(t, n, clause);
        if (clause < 0) return null;
        return new SpeechCue(t.sentence.index(), n, t.lemma(n), poss, ContentSpan.span(t, t.subtree(clause), true), null, null);
    }

    /**
     * "Twitter issued a statement to Slate that it would take action …" (the parser may hang the
     * clause on the verb), and "… released a statement:" or "… released a statement, “…”" before a quotation:
     * the verb's subject speaks through the statement it put out ({@code issuing-verbs.txt}); null otherwise.
     */
    private SpeechCue issued(SentenceTree t, int n, int clause) {
        int g = t.head(n);
        if (!t.rel(n).equals("obj") || g < 0 || !cues.issuingVerbs.contains(t.lemma(g).toLowerCase())) return null;
        int issuer = CueSubjects.activeSubject(t, g);
        if (issuer < 0) return null;
        if (clause < 0) {
            for (int c : t.children(g)) if (c > n && t.rel(c).equals("ccomp") && t.child(c, "mark") >= 0) clause = c;
        }
        Span content = clause < 0 ? null : ContentSpan.span(t, t.subtree(clause), true);
        return new SpeechCue(t.sentence.index(), n, t.lemma(n), issuer, content, null, null);
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

}
