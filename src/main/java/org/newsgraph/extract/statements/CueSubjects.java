package org.newsgraph.extract.statements;

import org.newsgraph.extract.agents.AgentLexicon;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a speech verb's subject is when the parse does not simply give an active {@code nsubj}:
 * passives ("confirmed by X"), a name right before the verb, a cue joined to a clause above it.
 * Speakers after their cue ("…,” said Okafor") are {@link InvertedSubjects}'; a verb of saying that
 * says nothing ("did not say") is {@link UnsaidCues}'.
 */
final class CueSubjects {
    private static final Pattern AGE_WORD = Pattern.compile("\\d+(-year-old)?|-|year|old|years");

    private final Cues cues;

    CueSubjects(Cues cues) { this.cues = cues; }

    /**
     * "Cruz has supported more visas - as much as fivefold - but has since said …": a cue joined by
     * "but"/"and" without a subject of its own shares the subject of the nearest clause above it,
     * however deep in that clause the parser hung it; so does one the parser hung as a complement
     * with its "and" ("Olsen confirmed she had been and said, “…”"). -1 when that does not apply.
     */
    static int mainClauseSubject(SentenceTree t, int v) {
        int cc = t.child(v, "cc");
        if (cc < 0) return -1;
        // the complement misparse may also hand the verb the passive subject of the clause before "and"
        boolean joined = t.rel(v).equals("conj") ? t.child(v, "nsubj") < 0
                : t.rel(v).equals("ccomp") && cc < v && activeSubject(t, v) < 0;
        if (!joined) return -1;
        for (int g = t.head(v); g >= 0; g = t.head(g)) {
            int s = g < v && t.token(g).isVerb() ? activeSubject(t, g) : -1;
            if (s >= 0 && s < g) return s;
            // "Officials stressed there was no shortage …, but said": the first cue parsed as the clause's subject
            int first = t.child(g, "csubj");
            s = first >= 0 && first < v ? activeSubject(t, first) : -1;
            if (s >= 0 && s < first) return s;
        }
        return -1;
    }

    /**
     * "A person familiar with the inquiry, who asked not to be named, told Reuters …": the parser made
     * the cue after the set-off relative clause part of that clause (the relative pronoun its
     * object); the noun the clause describes is the subject. -1 when that does not apply.
     */
    static int afterSetOffRelative(SentenceTree t, int v) {
        int n = t.head(v);
        if (!t.rel(v).equals("acl:relcl") || n < 0 || n > v || !t.token(n).isNoun() || !t.word(v - 1).equals(",")) return -1;
        for (int c : t.children(v)) if (c < v && t.token(c).pos().startsWith("WP") && !t.rel(c).startsWith("nsubj")) return n;
        return -1;
    }

    /**
     * The active subject of v; when the parser gives several (a quote or dateline taken for a
     * subject: "“…,” Lumora said"), the one nearest before the verb.
     */
    static int activeSubject(SentenceTree t, int v) {
        int best = -1;
        for (int c : t.children(v)) {
            if (!t.rel(c).equals("nsubj")) continue;
            // "The report, by the Crisis Group, a research organization, warns": a set-off description the
            // parser made a second subject is an appositive of the first
            if (best >= 0 && best < c && c < v && setOffDescription(t, c)) continue;
            if (best < 0 || (c < v && (best > v || c > best))) best = c;
        }
        return best;
    }

    private static boolean setOffDescription(SentenceTree t, int c) {
        int first = t.subtreeMin(c);
        return first > 0 && t.word(first - 1).equals(",") && NounPhrases.isIndefinite(t, c);
    }

    /** The speech verb whose reported clause contains v ("X said the talks failed, warning ..."), or -1. */
    int enclosingSpeechVerb(SentenceTree t, int v) { return enclosingSpeechVerb(t, v, 4); }

    /** The same, climbing at most {@code depth} heads. */
    int enclosingSpeechVerb(SentenceTree t, int v, int depth) {
        for (int g = t.head(v), steps = 0; g >= 0 && steps < depth; g = t.head(g), steps++) {
            if (g < v && t.token(g).isVerb() && cues.isSpeechVerb(t.lemma(g)) && activeSubject(t, g) >= 0) return g;
        }
        return -1;
    }

    /**
     * "said former Pennsylvania Gov. and party Chairman Ed Rendell": a bare title joined to a titled
     * name is another title of that one person, who is the speaker; "the governor and Ed Rendell"
     * are two speakers.
     */
    static int titlesOfOneName(SentenceTree t, int s) {
        AgentLexicon lexicon = AgentLexicon.standard();
        if (!lexicon.isTitle(t.word(s)) || t.child(s, "det") >= 0 || "PERSON".equals(t.token(s).ner())) return s;
        for (int c : t.children(s)) {
            if (c <= s || !t.rel(c).equals("conj") || !"PERSON".equals(t.token(c).ner())) continue;
            int k = c - 1;
            while (k > s && "PERSON".equals(t.token(k).ner())) k--;
            if (k > s && lexicon.isTitle(t.word(k))) return c;
        }
        return s;
    }

    /**
     * "footage of Trump saying", "a recording of him telling": the proper noun or pronoun after "of"
     * right before an -ing cue that hangs on the noun; else -1.
     */
    static int recordedSpeaker(SentenceTree t, int noun, int v) {
        if (!t.token(v).pos().equals("VBG")) return -1;
        for (int c : t.children(noun)) {
            if (c > noun && c < v && t.rel(c).equals("nmod") && t.subtreeMax(c) == v - 1 && t.child(c, "case") >= 0
                    && t.lemma(t.child(c, "case")).equals("of") && (t.token(c).isProperNoun() || t.token(c).pos().equals("PRP"))) return c;
        }
        return -1;
    }

    /** The subject s, or the proper-noun appositive of s that ends right before the verb v. */
    static int nameRightBefore(SentenceTree t, int s, int v) {
        if (!t.token(s).isProperNoun()) return s;
        for (int c : t.children(s)) {
            if (t.rel(c).equals("appos") && c > s && t.subtreeMax(c) == v - 1 && t.token(c).isProperNoun()
                    && "PERSON".equals(t.token(c).ner())) return c;
        }
        return s;
    }

    /**
     * Whether token k lies inside a quotation that closes between it and the verb v (by the tagger's
     * quote tags): the first mark after k closes. The quotation may have opened in an earlier
     * sentence ("“… in panic mode. Full panic mode,” said Wimes" is split after "mode.").
     */
    static boolean quotedBefore(SentenceTree t, int k, int v) {
        for (int i = k + 1; i < v; i++) {
            String pos = t.token(i).pos();
            if (pos.equals("``") || pos.equals("''") && opensByLayout(t, i)) return false;
            if (pos.equals("''")) return true;
        }
        return false;
    }

    /**
     * A mark the tagger took for a closing one that opens by its spacing: wire copy's ''…'' after a
     * space and right before a word ("Mr. Manafort, citing ''the unique magic of Trump,'' said").
     */
    private static boolean opensByLayout(SentenceTree t, int i) {
        boolean spaceBefore = i == 0 || t.token(i - 1).end() < t.token(i).begin();
        boolean wordAfter = i + 1 < t.size() && t.token(i + 1).begin() == t.token(i).end() && !t.isPunct(i + 1);
        return spaceBefore && wordAfter;
    }

    /**
     * "Asked whether he would run, Varga said …": a bare participle opening the sentence reports a
     * question put to the subject of the clause above by someone the text does not name.
     */
    static boolean askedOf(SentenceTree t, int v) {
        boolean bare = t.token(v).pos().equals("VBN") && t.child(v, "aux:pass") < 0
                && t.child(v, "aux") < 0 && t.child(v, "nsubj") < 0 && t.child(v, "nsubj:pass") < 0;
        // the parser may also make it the head of the sentence or an adverb ("Asked what he believed, …")
        // with the question as its clause ("Asked about Kovač, he smiled" reports no question)
        boolean opening = v == 0 && t.child(v, "ccomp") > v && (t.head(v) > v && t.rel(v).equals("advmod")
                || t.head(v) < 0 && t.children(v).stream().anyMatch(c -> t.rel(c).equals("parataxis") && t.child(c, "nsubj") >= 0));
        // opening the sentence, the parser may also hang it loosely ("dep") on the main verb
        boolean adjunct = t.rel(v).equals("advcl") || v == 0 && t.rel(v).equals("dep");
        return bare && (adjunct && v < t.head(v) || opening);
    }

    /**
     * "A court document filed Thursday says …", "People briefed on the move said …": a participle
     * after the subject noun that the parser read as a verb with that noun as its subject, and the
     * whole as the cue's clausal subject. Returns the noun, or -1.
     */
    static int reducedRelativeSubject(SentenceTree t, int v) {
        for (int c : t.children(v)) {
            if (!t.rel(c).equals("csubj") || c > v || t.child(c, "aux") >= 0 || t.child(c, "aux:pass") >= 0) continue;
            String pos = t.token(c).pos();
            int s = t.child(c, "nsubj");
            // (not "Ana Lind took the decision to …, the agency said": a verb with an object is a clause of its own)
            if ((pos.equals("VBN") || pos.equals("VBD")) && s >= 0 && s == c - 1 && t.token(s).isNoun() && t.child(c, "obj") < 0) return s;
        }
        return -1;
    }

    /**
     * "…, Florida's emergency director, Kevin Ostrowski, said": when the parse gives the verb no
     * subject, a name right before it (commas aside) is the speaker.
     */
    static int nameBefore(SentenceTree t, int v) {
        int k = v - 1;
        while (k >= 0 && t.word(k).equals(",")) k--;
        // "…, Suu Kyi, 70, said": the age set off after the name
        if (k > 0 && t.token(k).pos().equals("CD") && t.word(k - 1).equals(",")) for (k--; k >= 0 && t.word(k).equals(","); ) k--;
        if (k < 0) return -1;
        if (isNamed(t, k)) return k;
        // "…, and Brian Deese, the White House climate change adviser, said": the name the appositive describes
        for (int a = 0; a <= k; a++) {
            if (t.rel(a).equals("appos") && t.subtreeMax(a) == k && t.head(a) >= 0 && t.head(a) < a && isNamed(t, t.head(a))) return t.head(a);
        }
        return -1;
    }

    /**
     * "…, but on Wednesday Mr Straw said he …": the parser read the day and the name as one oblique
     * phrase of a cue that has no subject; a name ending right before the cue is its subject, or -1.
     */
    static int obliqueNameBefore(SentenceTree t, int v) {
        if (t.hasSubject(v)) return -1;
        for (int c : t.children(v)) {
            if (c < v && SpeakerResolver.baseRel(t.rel(c)).equals("obl") && t.subtreeMax(c) == v - 1 && isNamed(t, c)) return c;
        }
        return -1;
    }

    /** Words that join a second speaker's clause to the first one's, whatever the tagger made of them. */
    private static final Set<String> CONTRASTS = Set.of("but", "while", "whereas");

    /**
     * "… but his lawyer, Carla Menzies, told the Post …": a name set off by commas, alone or with its
     * description, after "but", "and", "while" or "whereas", right before the cue, speaks, however the
     * parser hung the cue. The conjunction's token (where the report before it ends), or -1; the name is
     * {@link #nameBefore}.
     */
    static int conjunctionBeforeSpeaker(SentenceTree t, int v) {
        if (v < 4 || !t.word(v - 1).equals(",") || nameBefore(t, v) < 0) return -1;
        for (int k = v - 2; k > 0 && v - k <= 10; k--) {
            // ("but" may be tagged as a preposition)
            if (t.token(k).pos().equals("CC") || CONTRASTS.contains(t.word(k).toLowerCase(Locale.ROOT)))
                return k + 1 < v - 1 && !t.word(k + 1).equals(",") ? k : -1;
            if (!(t.isNounPhraseWord(k) || t.word(k).equals(","))) return -1;
        }
        return -1;
    }

    /**
     * "…, a White House official who spoke anonymously to discuss strategy said Wednesday, “…”": when
     * the parse gives the verb no subject, the noun phrase that ends right before it and opens the
     * sentence or follows a comma is the speaker (the shortest such phrase), or -1.
     */
    static int phraseBefore(SentenceTree t, int v) {
        int best = -1;
        for (int k = 0; k < v; k++) {
            if (!t.token(k).isNoun() || t.subtreeMax(k) != v - 1) continue;
            int min = t.subtreeMin(k);
            if ((min == 0 || t.word(min - 1).equals(",")) && (best < 0 || min > t.subtreeMin(best))) best = k;
        }
        return best >= 0 && quotedBefore(t, best, v) ? -1 : best;
    }

    /**
     * "Any reading of the move, said Michael Kofman, an expert on Russia, would …", "“…,” said Borges,
     * who predicted …": a finite verb after a comma or a closing quotation mark, followed by a
     * person's name that a comma, the sentence's end or a short closing phrase ("in a note") follows, is
     * inverted and the name speaks, whatever the parser took for the subject. Not for verbs whose
     * object is the audience ("…, told Smith").
     */
    int invertedName(SentenceTree t, int v) {
        if (v == 0 || v + 1 >= t.size() || cues.addressee("object", t.lemma(v))) return -1;
        if (!t.word(v - 1).equals(",") && !t.token(v - 1).pos().equals("''")) return -1;
        String pos = t.token(v).pos();
        if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))) return -1;
        int k = v + 1;
        // a title before the name ("said Sen. Ana Ruiz", "said Virginia delegate Ana Ruiz")
        // (or an age: "wrote 43-year-old Martin Taylor")
        for (int steps = 0; steps < 5 && k < t.size() && !isPerson(t, k)
                && (t.token(k).isProperNoun() || t.token(k).isNoun() && t.rel(k).equals("compound") || age(t, k)); steps++) k++;
        if (k >= t.size() || !isPerson(t, k)) return -1;
        while (k + 1 < t.size() && isPerson(t, k + 1)) k++;
        if (k + 1 >= t.size() || t.word(k + 1).equals(",") || t.isPunct(k + 1) && !t.word(k + 1).equals("'s")) return k;
        // "reports Wee of the New York Times", "wrote Martin Taylor of Aberdeenshire, Scotland, in a case study"
        if (k + 2 < t.size() && t.word(k + 1).equals("of") && (t.token(k + 2).isProperNoun() || t.token(k + 2).pos().equals("DT"))) return k;
        // "“…,” wrote Fadem in a Tuesday research report.": a short phrase of where or when may close the sentence
        return t.token(k + 1).pos().equals("IN") && QuoteThenSpeaker.closesSentence(t, k) ? k : -1;
    }

    /** A word of an age before a name: "43-year-old", or "43", "-", "year", "-", "old" split by the tokenizer. */
    private static boolean age(SentenceTree t, int k) {
        return AGE_WORD.matcher(t.word(k).toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * "As Dana Whitcombe, an economist, noted, “…”": the name "as" introduces, which the parser may
     * hang as an oblique of the verb, leaving it no subject or the appositive for one.
     */
    static int asSource(SentenceTree t, int v) {
        for (int c : t.children(v)) {
            if (c > v || !t.rel(c).startsWith("obl") || !isNamed(t, c)) continue;
            for (int k : t.children(c)) if (t.rel(k).equals("case") && t.word(k).equalsIgnoreCase("as")) return c;
        }
        return -1;
    }

    /**
     * "… the day after Sir Ian Blair, the police commissioner, said …", "A spokesman for DLF Builders,
     * Dr Vancheshwar, told …": a person's name set off by commas right before the verb, alone between
     * them or before a description between them ({@code described}), which the parser did not make the
     * verb's subject. The name's last token, or -1.
     */
    static int setOffName(SentenceTree t, int v, boolean described) {
        if (v < 3 || !t.word(v - 1).equals(",")) return -1;
        int c = v - 2;
        while (c > 0 && c > v - 25 && !t.word(c).equals(",")) c--;
        if (c <= 0 || !t.word(c).equals(",")) return -1;
        boolean alone = v - 2 - c <= 4;
        for (int k = c + 1; k <= v - 2 && alone; k++) alone = t.token(k).isProperNoun();
        if (alone && "PERSON".equals(t.token(v - 2).ner())) return v - 2;
        String opens = t.token(c + 1).pos();
        boolean description = opens.equals("DT") || opens.startsWith("JJ") || opens.equals("CD") || opens.equals("PRP$");
        return described && description && t.token(c - 1).isProperNoun() && "PERSON".equals(t.token(c - 1).ner()) ? c - 1 : -1;
    }

    /**
     * "…, with Governor Andrew Bailey and policymaker Catherine Mann saying they could …": the last
     * word of each person named between "with" and the participle, when names are joined by "and"
     * and no other verb stands between (the parser rarely gets this layout right); empty otherwise.
     */
    static java.util.List<Integer> namedAfterWith(SentenceTree t, int v) {
        if (!t.token(v).pos().equals("VBG")) return java.util.List.of();
        int with = -1;
        boolean and = false;
        for (int k = v - 1; k >= 0 && v - k <= 20 && with < 0; k--) {
            if (t.word(k).equals("with")) with = k;
            else if (t.word(k).equals("and")) and = true;
            else if (t.token(k).isVerb() && !isPerson(t, k)) return java.util.List.of();
        }
        if (with < 0 || !and) return java.util.List.of();
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int k = with + 1; k < v; k++) {
            if (!isPerson(t, k) || isPerson(t, k + 1) || t.word(k + 1).equals("'s") || t.word(k + 1).equals("’s")) continue;
            int b = k;
            while (b > with + 1 && isPerson(t, b - 1)) b--;
            // "with officials from Bailey's bank …": a name after a preposition is not one of the speakers
            String before = t.token(b - 1).pos();
            if (b - 1 > with && (before.equals("IN") || before.equals("TO"))) continue;
            out.add(k);
        }
        return out;
    }

    static boolean isPerson(SentenceTree t, int k) {
        // (a surname the tagger read as a plural noun, "Evan Sparks/NNS", is still a name mid-sentence)
        boolean capitalisedNoun = k > 0 && t.token(k).isNoun() && Character.isUpperCase(t.word(k).codePointAt(0));
        return (t.token(k).isProperNoun() || capitalisedNoun) && "PERSON".equals(t.token(k).ner());
    }

    static boolean isNamed(SentenceTree t, int k) {
        String ner = t.token(k).ner();
        return t.token(k).isProperNoun() && ("PERSON".equals(ner) || "ORGANIZATION".equals(ner));
    }

    /** "<clause>, said a spokesman": the parser may take the speaker after the verb for its object. */
    int invertedSubject(SentenceTree t, int v) {
        int obj = t.child(v, "obj");
        if (obj < v || v == 0) return -1;
        int ccomp = t.child(v, "ccomp");
        boolean clauseBefore = ccomp >= 0 && ccomp < v || t.word(v - 1).equals(",");
        return clauseBefore && t.subtreeMax(obj) + 1 >= t.size() - 1 ? obj : -1;
    }

    /** "confirmed by X": the agent of a passive speech verb. */
    static int passiveAgent(SentenceTree t, int v) {
        boolean passive = t.token(v).pos().equals("VBN");
        if (!passive) return -1;
        for (int c : t.children(v)) {
            if (!t.rel(c).startsWith("obl")) continue;
            for (int cc : t.children(c)) if (t.rel(cc).equals("case") && t.lemma(cc).equals("by")) return c;
        }
        return -1;
    }

    /**
     * "New Labour's campaign, both newspapers said, would be centred on …": the parser took the
     * subject of the interrupted clause for the cue's subject and the speaker set off by commas for its
     * appositive. When the appositive runs up to the verb and a comma and a finite verb without a
     * subject of its own follow the verb, the appositive speaks; else {@code subject} itself.
     */
    static int asideSpeaker(SentenceTree t, int v, int subject) {
        if (subject >= 0 && subject < v && t.word(v - 1).equals(",") && t.subtreeMax(subject) == v - 2) {
            // "The combination, say economists, marks …": a subject that only a comma parts from its verb is
            // the interrupted clause's; the speaker is the phrase after the verb, set off by the next comma
            int obj = t.child(v, "obj"), end = obj > v ? t.subtreeMax(obj) : -1;
            if (end > 0 && end + 2 < t.size() && t.word(end + 1).equals(",") && t.isFinite(v)) return obj;
        }
        if (subject < 0 || subject > v || v + 2 >= t.size() || !t.word(v + 1).equals(",")) return subject;
        int next = v + 2;
        String pos = t.token(next).pos();
        boolean predicate = pos.equals("MD") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
        if (!predicate || t.hasSubject(next)) return subject;
        for (int c : t.children(subject)) {
            if (!t.rel(c).equals("appos") || t.subtreeMax(c) != v - 1) continue;
            int lo = t.subtreeMin(c);
            if (lo > subject && t.word(lo - 1).equals(",")) return c;
        }
        return subject;
    }
}
