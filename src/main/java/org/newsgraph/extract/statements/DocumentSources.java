package org.newsgraph.extract.statements;

import org.newsgraph.extract.Span;
import org.newsgraph.extract.Speaker;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.newsgraph.extract.statements.SpeakerResolver.baseRel;

/**
 * Who speaks through a document of the article (a report, a study, a statement: {@code report-nouns.txt}).
 * Named in place: "a statement from the union", "the outlook released by NOAA", "prosecutors released a
 * joint statement", "the Axios report". Named elsewhere in the article: news writing attributes a report
 * once and then lets it speak ("a report by the International Crisis Group … the report said"), and a
 * lead that opens with "…, a new report says" names its author in the next sentence or two. A document
 * set apart from that one ("another report", "an earlier study") is not its author's.
 */
final class DocumentSources {
    /** A document noun whose author the article names where it mentions it. */
    private record Authored(String lemma, int sentence, int offset, Speaker author) {}

    /** modifiers that make the document a different one from the report the article attributed */
    private static final Set<String> OTHER = Set.of("another", "other", "separate", "earlier", "previous", "prior",
            "different", "second", "later", "own");
    /** how many sentences after an unattributed "a new report says" its author may be named */
    private static final int NAMED_WITHIN = 2;

    private final Document doc;
    private final Cues cues;
    private final SpeakerResolver resolver;
    private final NamedSpeakers names;
    private final List<Authored> authored = new ArrayList<>();

    DocumentSources(Document doc, Cues cues, SpeakerResolver resolver, NamedSpeakers names) {
        this.doc = doc;
        this.cues = cues;
        this.resolver = resolver;
        this.names = names;
    }

    /** Records the documents the article attributes where it mentions them; once, before any speaker is resolved. */
    void index(List<SentenceTree> trees) {
        for (SentenceTree t : trees) {
            for (int k = 0; k < t.size(); k++) {
                // (not a name's last word: "a piece on Boulder Report")
                if (!t.token(k).isNoun() || t.token(k).isProperNoun() || !cues.authoredDocuments.contains(t.lemma(k))) continue;
                Speaker s = namedInPlace(t, k, null);
                // (named there: "the group sent a letter" is not worth following once "the group" is a guess)
                boolean namedHere = s != null && s.nameSpan() != null
                        && new Span(t.sentence.begin(), t.sentence.end()).contains(s.nameSpan());
                if (namedHere && !s.isAnonymous()) authored.add(new Authored(t.lemma(k), t.sentence.index(), t.token(k).begin(), s));
            }
        }
    }

    /** The source of the document at token h of t, or null when the article does not say whose it is. */
    Speaker source(SentenceTree t, int h, DiscourseSpeaker discourse) {
        Speaker s = namedInPlace(t, h, discourse);
        if (s != null) return s;
        boolean definite = NounPhrases.isDefinite(t, h);
        s = definite ? issuerNamedBefore(t, h, discourse) : null;
        if (s != null) return s;
        // "The MPRB said … “…,” the statement reads": a statement is read out for the organisation speaking now
        if (discourse != null && definite && cues.statementNouns.contains(t.lemma(h))) s = discourse.speakingNear(t.token(h).begin(), true);
        return s != null ? s : authorNamedElsewhere(t, h);
    }

    private Speaker namedInPlace(SentenceTree t, int h, DiscourseSpeaker discourse) {
        // "a statement from the union", "the outlook released by NOAA": the source named in it
        Speaker source = reportSource(t, h);
        if (source != null) return source;
        // "prosecutors released a joint statement saying …": whoever put the document out (not who obtained it)
        int g = t.head(h);
        if (t.rel(h).equals("obj") && g >= 0 && t.token(g).isVerb() && !cues.reportHolderVerbs.contains(t.lemma(g))) {
            int issuer = CueSubjects.activeSubject(t, g);
            Speaker s = issuer < 0 || issuer == h ? null : resolver.resolve(t, issuer, discourse);
            if (s == null && issuer >= 0 && issuer != h) s = resolver.unnamedSubject(t, issuer);
            if (s != null) return s;
        }
        for (int c : t.children(h)) {
            String r = baseRel(t.rel(c));
            // (not when it came out: "Thursday's report")
            if ((r.equals("compound") || t.rel(c).equals("nmod:poss")) && !t.isTime(c)) {
                Speaker s = names.named(t, c);
                if (s != null) return s;
                // an outlet's name the tagger missed: "The Axios report said"
                if (t.token(c).isProperNoun()) {
                    Span span = new Span(t.token(t.subtreeMin(c)).begin(), t.token(c).end());
                    return names.viaAgent(Speaker.Kind.ORGANIZATION, span, span.of(doc.text()));
                }
            }
        }
        return null;
    }

    /**
     * "…, the US military said in a statement. “…,” the statement said.": the document the sentence
     * before named, when whoever spoke in that sentence put it out; else null.
     */
    private Speaker issuerNamedBefore(SentenceTree t, int h, DiscourseSpeaker discourse) {
        int i = t.sentence.index();
        if (discourse == null || discourse.current() == null || i == 0) return null;
        Sentence previous = doc.sentences().get(i - 1);
        if (discourse.currentOffset() < previous.begin() || discourse.currentOffset() > t.sentence.begin()) return null;
        for (Token k : previous.tokens()) if (k.lemma().equalsIgnoreCase(t.lemma(h))) return discourse.current();
        return null;
    }

    /**
     * "the report said": the author of the nearest report (same noun) attributed before; "a new report
     * says" in a sentence no such report precedes: the author of the one attributed in the next sentences.
     */
    private Speaker authorNamedElsewhere(SentenceTree t, int h) {
        String lemma = t.lemma(h);
        if (!cues.authoredDocuments.contains(lemma)) return null;
        for (int c : t.children(h)) if (OTHER.contains(t.lemma(c).toLowerCase(java.util.Locale.ROOT))) return null;
        int at = t.token(h).begin(), sentence = t.sentence.index();
        Authored before = null, after = null;
        for (Authored a : authored) {
            if (!a.lemma().equals(lemma) || a.offset() == at) continue;
            if (a.offset() < at) before = a;
            else if (after == null && a.sentence() <= sentence + NAMED_WITHIN) after = a;
        }
        if (NounPhrases.isDefinite(t, h)) return before != null ? before.author() : after != null ? after.author() : null;
        return NounPhrases.isIndefinite(t, h) && before == null && after != null ? after.author() : null;
    }

    /** The named source of a report noun: "from X", "by X", "released/issued by X", "a speech X gave"; or null. */
    private Speaker reportSource(SentenceTree t, int h) {
        List<Integer> around = new ArrayList<>(t.children(h));
        // "The report, by the Crisis Group, warns …": the parser hangs the set-off "by" phrase on the verb
        int g = t.head(h);
        if (t.rel(h).startsWith("nsubj") && g > h) {
            for (int c : t.children(g)) if (h < c && c < g && baseRel(t.rel(c)).equals("obl") && NounPhrases.caseIs(t, c, "by")) around.add(c);
        }
        for (int c : around) {
            String r = baseRel(t.rel(c));
            int named = -1;
            if ((r.equals("nmod") || r.equals("obl")) && (NounPhrases.caseIs(t, c, "from") || NounPhrases.caseIs(t, c, "by"))) named = c;
            if (r.equals("acl") && t.token(c).pos().equals("VBN") && !cues.reportHolderVerbs.contains(t.lemma(c))) {
                for (int cc : t.children(c)) if (baseRel(t.rel(cc)).equals("obl") && NounPhrases.caseIs(t, cc, "by")) named = cc;
            }
            // "according to a speech Mrs. Clinton delivered": who gave it is the subject of its relative clause
            if (r.equals("acl") && t.child(c, "nsubj") >= 0) named = t.child(c, "nsubj");
            if (named < 0) continue;
            int behind = names.nameBehindPlace(t, named);
            if (behind >= 0) {
                Span span = new Span(t.token(behind).begin(), t.token(NounPhrases.properRunEnd(t, behind)).end());
                return names.viaAgent(Speaker.Kind.ORGANIZATION, span, span.of(doc.text()));
            }
            Speaker s = names.named(t, named);
            if (s != null) return s;
            // a name the tagger missed: "a statement from the Bakery, Confectionery and ... Union"
            if (t.token(named).isProperNoun()) {
                int first = t.subtreeMin(named);
                while (first < named && (t.rel(first).equals("case") || t.rel(first).equals("det"))) first++;
                Span span = new Span(t.token(first).begin(), t.token(named).end());
                return names.viaAgent(Speaker.Kind.ORGANIZATION, span, span.of(doc.text()));
            }
        }
        return null;
    }
}
