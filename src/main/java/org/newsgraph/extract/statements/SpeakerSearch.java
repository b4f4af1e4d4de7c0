package org.newsgraph.extract.statements;

import java.util.Locale;
import java.util.Set;

/**
 * Where a speech verb's speaker phrase is, looked for in a fixed order: its active subject (not a
 * word of the quotation before it), a passive's agent, a name after the quotation, an inverted or
 * post-posed speaker, the person "quoted as saying", and for participles and conjuncts the subject
 * of the clause they continue. The single rules live in {@link CueSubjects}; this class is their order.
 */
final class SpeakerSearch {
    /** relations through which a participle or conjunct inherits the subject of its governor */
    private static final Set<String> SUBJECT_LINKS = Set.of("advcl", "xcomp", "conj", "dep", "parataxis");

    /** The speaker phrase's head (-1: none) and the verb whose subject it is when not the cue's own (-1). */
    record Found(int subject, int governor) {}

    private final Cues cues;
    private final CueSubjects subjects;
    private final UnsaidCues unsaid;

    SpeakerSearch(Cues cues) {
        this.cues = cues;
        this.subjects = new CueSubjects(cues);
        this.unsaid = new UnsaidCues(cues);
    }

    /**
     * The speaker of speech verb v, or null when v says nothing here (negated, withholding: {@link
     * UnsaidCues}) and is no cue at all. With {@code postposed} false a phrase after the verb is not
     * taken for the speaker (the caller found it is what was said).
     */
    Found find(SentenceTree t, int v, boolean postposed) {
        if (unsaid.saysNothing(t, v)) return null;
        int subject = CueSubjects.activeSubject(t, v);
        if (subject < 0) subject = InvertedSubjects.openingCue(t, v);
        // "as Montoya-Lewis herself said": the parser made the emphatic pronoun the subject of the name before it
        if (subject > 0 && t.token(subject).pos().equals("PRP") && t.word(subject).toLowerCase(Locale.ROOT).endsWith("self")
                && t.token(subject - 1).isNoun()) subject = subject - 1;
        // a verb taken for the subject ("helping … , saying" parsed as subject and predicate) is a misparse;
        // so is a date ("issued a statement Tuesday saying")
        if (subject >= 0 && (t.token(subject).isVerb() || t.isTime(subject))) subject = -1;
        // "“Wall Street's a cynical place,” said Tim Hess": a word of the quotation is no subject
        if (subject >= 0 && CueSubjects.quotedBefore(t, subject, v)) subject = -1;
        // "The Oscar-nominated actor, whose films include … The Phantom Menace, said": a word of the set-off
        // relative clause is no subject; the noun it describes is
        if (subject >= 0 && subject < v) subject = describedBeforeRelative(t, subject, v);
        // "To understand the real Dred Scott, Chief Justice Roberts said, …": a name the parser hung as
        // the appositive of the subject, right before the verb, is the subject
        if (subject >= 0) subject = CueSubjects.nameRightBefore(t, subject, v);
        if (subject >= 0) subject = CueSubjects.titlesOfOneName(t, subject);
        // "…, the special relationship, the prime minister's spokesman said": the parser made the report's
        // last noun the subject and hung the speaker on it as an appositive right before the verb
        if (subject >= 0 && subject < v) subject = sourceRightBefore(t, subject, v);
        // "Eric Durr, Director of … Naval Affairs told": a word of the description its missing comma should have closed
        int described = subject > 0 && subject < v ? SetOffNames.nameBeforeUnclosedDescription(t, v) : -1;
        if (described >= 0 && described < subject) subject = described;
        if (subject >= 0 && subject < v && !t.token(subject).isProperNoun() && !t.token(subject).pos().startsWith("PRP")) {
            // the description is the appositive of a name the parser split off
            int name = t.token(subject).isNoun() ? CueSubjects.asSource(t, v) : -1;
            // "A spokesman for DLF Builders, Dr Vancheshwar, told …": the source's name set off before the verb
            if (name < 0 && cues.isSourceNoun(t.lemma(subject).toLowerCase())) name = CueSubjects.setOffName(t, v, false);
            if (name < 0 && postposed) name = subjects.invertedName(t, v);
            if (name >= 0) subject = name;
        }
        // "“…,” said David Learmount, operations and safety editor at …": the description after the name taken for the subject
        if (subject > v && postposed && !t.token(subject).isProperNoun()) {
            int name = subjects.invertedName(t, v);
            if (name >= 0) subject = name;
        }
        int governor = -1;
        if (subject < 0) subject = CueSubjects.passiveAgent(t, v);
        if (subject < 0) subject = perceivedSpeaker(t, v);
        if (subject < 0) subject = CueSubjects.reducedRelativeSubject(t, v);
        if (subject < 0) subject = InvertedSubjects.nameAfterQuote(t, v);
        if (subject < 0) subject = CueSubjects.setOffName(t, v, true);
        if (subject < 0) subject = SetOffNames.openingName(t, v);
        if (subject < 0) subject = CueSubjects.obliqueNameBefore(t, v);
        if (subject < 0) subject = SetOffNames.nameBeforeAffiliation(t, v);
        if (subject < 0) subject = CueSubjects.asSource(t, v);
        if (subject < 0) subject = sourceSetOffBefore(t, v);
        // "…, told Reuters the attackers had …": after a verb of telling comes whom it was told, never its subject
        boolean inverts = postposed && !cues.addressee("object", t.lemma(v));
        if (subject < 0 && inverts) subject = subjects.invertedName(t, v);
        if (subject < 0 && inverts) subject = subjects.invertedSubject(t, v);
        if (subject < 0 && inverts) subject = InvertedSubjects.postposedSubject(t, v);
        if (subject < 0) subject = CueSubjects.afterSetOffRelative(t, v);
        if (subject < 0) subject = quotedAs(t, v);
        if (subject < 0 && t.token(v).pos().equals("VBG") && t.afterComma(v)) {
            // "..., warning that ...": a sentence-final participle speaks for the sentence's speaker,
            // however deep in what that speaker reports the parser hung it ("told X that Y “had a policy
            // which was maniacal,” adding")
            int outer = subjects.enclosingSpeechVerb(t, v, 6);
            // "… a contractor who said he was cheated …, saying": a relative clause's verb is not the sentence's
            if (outer >= 0 && ParticipleClauses.relativeClause(t, outer)) outer = -1;
            // "Pompeo said Washington had concluded …, saying he trusted …": of two, the sentence's own speaker
            // (not a verb of the quotation the cue follows: "“Most doctors don't ask …,” Dempsey said, adding …")
            int above = outer >= 0 ? subjects.enclosingSpeechVerb(t, outer, 6) : -1;
            if (above >= 0 && t.head(above) < 0 && !quoteMarkBetween(t, above, outer)) outer = above;
            if (outer >= 0) { subject = CueSubjects.activeSubject(t, outer); governor = outer; }
        }
        if (subject < 0) {
            // "Sanders said, going on to say that ...", "Clinton mocked the complaint, saying ...": the
            // participle right after the clause's comma speaks for its subject however the parser attached it
            int outer = ParticipleClauses.clauseBeforeParticiple(t, t.rel(v).equals("xcomp") ? t.head(v) : v);
            if (outer >= 0) { subject = CueSubjects.activeSubject(t, outer); governor = outer; }
        }
        if (subject < 0 && CueSubjects.conjunctionBeforeSpeaker(t, v) >= 0) subject = CueSubjects.nameBefore(t, v);
        if (subject < 0 && !CueSubjects.askedOf(t, v)) {
            Found inherited = inherited(t, v);
            if (inherited == null) return null;
            subject = inherited.subject();
            governor = inherited.governor();
        }
        if (subject < 0) subject = CueSubjects.mainClauseSubject(t, v);
        if (subject < 0) subject = CueSubjects.nameBefore(t, v);
        if (subject < 0) subject = CueSubjects.phraseBefore(t, v);
        // "WASHINGTON — Hillary Clinton argued": the dateline is no subject; the name the parser hung on it is
        int dateline = t.sentence.openingDateline();
        if (subject >= 0 && subject < dateline) subject = afterDateline(t, dateline);
        return new Found(subject, governor);
    }

    /**
     * The noun before ", who/whose …," when the subject the parser gave the verb v lies inside that
     * relative clause, set off by commas and ending right before v; else the subject itself.
     */
    private static int describedBeforeRelative(SentenceTree t, int subject, int v) {
        if (v < 4 || !t.word(v - 1).equals(",")) return subject;
        for (int w = subject - 1; w >= 2; w--) {
            if (!t.token(w).pos().startsWith("WP")) continue;
            return t.word(w - 1).equals(",") && t.token(w - 2).isNoun() ? w - 2 : subject;
        }
        return subject;
    }

    /**
     * The person who is the first subject of the sentence, a name or a personal pronoun before the
     * noun, when "saying" or "adding" (or any -ing cue, on a time) hangs without a comma on a common
     * noun that is no source, document or name; else -1.
     */
    private int personForThing(SentenceTree t, int noun, int v) {
        String lemma = t.lemma(noun).toLowerCase(Locale.ROOT);
        // (only "saying", "adding": "information suggesting …", "a policy urging …" tell what a thing shows;
        // any cue on a time: "quit last autumn claiming he was …")
        // (a length of time too: "spent 45 seconds explaining …"; not a time for subjects, as "the 74-year-old" is one)
        boolean saying = t.lemma(v).equals("say") || t.lemma(v).equals("add") || t.isTime(noun) || "DURATION".equals(t.token(noun).ner());
        if (!saying || !t.token(v).pos().equals("VBG") || t.afterComma(v) || t.token(noun).isProperNoun() || cues.isSourceNoun(lemma)
                || cues.reportNouns.contains(lemma) || cues.institutionHeads.contains(lemma)) return -1;
        for (int k = 0; k < noun; k++) {
            if (!t.rel(k).equals("nsubj")) continue;
            boolean pronoun = t.token(k).pos().equals("PRP") && cues.pronouns.contains(t.lemma(k).toLowerCase(Locale.ROOT));
            return pronoun || "PERSON".equals(t.token(k).ner()) ? k : -1;
        }
        return -1;
    }

    /**
     * "Ratcliffe said, adding that ...", "Macron announced ... and emphasized ...", "with Waltz
     * suggesting": the subject of the clause the participle or conjunct hangs from; null when that
     * clause is negated speech.
     */
    private Found inherited(SentenceTree t, int v) {
        // "Next steps to shape the future will be revealed at a meeting on Friday, Claure said": a passive whose
        // subject is a clause names no speaker, and the clause above is not its own
        if (t.child(v, "csubj:pass") >= 0) return null;
        int g = v;
        for (int step = 0; step < 3; step++) {
            String r = t.rel(g);
            int h = t.head(g);
            if (h < 0) break;
            // "… an insult to all African-Americans, top black lawmakers said Friday": the cue hung on a noun of
            // what was said, its subject hung as an appositive right before it
            int before = r.equals("acl") && step == 0 ? CueSubjects.phraseBefore(t, v) : -1;
            if (before >= 0 && before != h && t.rel(before).equals("appos")) return new Found(before, -1);
            if (r.equals("acl") && t.token(h).isNoun()) {
                // "footage of Trump saying …", "a video of her telling …": whom the recording shows speaks
                int shown = step == 0 ? CueSubjects.recordedSpeaker(t, h, v) : -1;
                if (shown >= 0) return new Found(shown, -1);
                // "He insisted there was no plan for an invasion saying: …": an -ing cue the parser hung on a
                // thing that cannot speak speaks for the person the sentence is about
                int about = step == 0 ? personForThing(t, h, v) : -1;
                if (about >= 0) return new Found(about, t.head(about));
                // "Emery posted to Twitter asking if …", "took to Facebook saying …": a participle on the place a
                // verb's subject spoke in speaks for that subject
                int verb = t.head(h);
                int poster = step == 0 && SpeakerResolver.baseRel(t.rel(h)).equals("obl") && verb >= 0 && verb < h
                        && t.token(verb).isVerb() && t.token(v).pos().equals("VBG") ? CueSubjects.activeSubject(t, verb) : -1;
                if (poster >= 0 && poster < verb) return new Found(poster, verb);
                // "he was the first one to say …": the noun an infinitive hangs from is said of the copula's subject
                int said = t.child(h, "nsubj"), mark = t.child(g, "mark");
                boolean infinitive = mark >= 0 && t.lemma(mark).equals("to");
                return infinitive && t.child(h, "cop") >= 0 && said >= 0 ? new Found(said, h) : new Found(h, -1);
            }
            // "going on to say that ...": a to-infinitive the parser hung as an oblique is a complement
            boolean infinitive = r.equals("obl") && t.child(g, "mark") >= 0 && t.lemma(t.child(g, "mark")).equals("to");
            // "McConnell deflected questions before saying, …": an -ing form the parser hung as an oblique
            boolean gerund = r.equals("obl") && t.token(g).pos().equals("VBG") && t.child(g, "case") >= 0 && h < g;
            if (!SUBJECT_LINKS.contains(SpeakerResolver.baseRel(r)) && !infinitive && !gerund) break;
            g = h;
            if (unsaid.saysNothing(t, g) && step == 0 && !r.equals("conj")) return null;
            if (r.equals("conj") && step == 0) {
                // "… told the Post it was an absurd suggestion and added: …" parsed told <- suggestion <- added:
                // a cue joined to a report the parser made the head continues the cue hung below that report
                for (int u : t.children(g)) {
                    if (u >= g || !cues.isSpeechCue(t, u) || !(t.rel(u).equals("dep") || t.rel(u).equals("parataxis"))) continue;
                    Found first = find(t, u, true);
                    if (first != null && first.subject() >= 0) return new Found(first.subject(), u);
                }
            }
            if (r.equals("conj") && step == 0 && cues.isSpeechCue(t, g) && t.child(g, "nsubj") < 0) {
                // "…, Suu Kyi, 70, said it was too early … but added, …": a cue joined to a cue whose
                // speaker the parse lost has the speaker found for that cue
                Found first = find(t, g, true);
                if (first != null && first.subject() >= 0) return new Found(first.subject(), g);
            }
            if (r.equals("conj")) {
                // "Clark said Brooks had begun making calls but said …": the same verb again, joined by
                // the parser to the clause the first one reports, has the first one's subject
                // so has a cue joined after a comma ("told reporters the strike was on, and called on the mayor …")
                int outer = subjects.enclosingSpeechVerb(t, g);
                if (outer >= 0 && (t.lemma(outer).equals(t.lemma(v)) || t.joinedAfterComma(v) || tenseBreak(t, v, g, outer)))
                    return new Found(CueSubjects.activeSubject(t, outer), outer);
                // "Conway rejected the idea that the changes amounted to a shake-up and said …": a cue
                // joined to the clause a noun holds goes on from the verb above that noun
                int above = step == 0 ? ParticipleClauses.aboveNounClause(t, g) : g;
                if (above != g) return new Found(CueSubjects.activeSubject(t, above), above);
            }
            // "prompted Trump to say …", "forced him to admit …": whom the verb makes act speaks, not its subject
            int acted = r.equals("xcomp") && step == 0 && cues.causingVerbs.contains(t.lemma(g)) ? t.child(g, "obj") : -1;
            if (acted >= 0 && acted < v && (t.token(acted).isNoun() || t.token(acted).pos().equals("PRP"))) return new Found(acted, g);
            int s = t.child(g, "nsubj");
            if (s >= 0 && r.equals("conj") && t.token(s).pos().equals("WDT")
                    && (t.rel(g).equals("acl:relcl") && t.lemma(s).equalsIgnoreCase("which") || t.rel(g).equals("ccomp"))) {
                // "Schultz supported Democrats during his time at MSNBC, which let him go, and said ...":
                // a speech verb is not a conjunct of a relative clause about a thing (the parser may label
                // that clause ccomp: "the raid that killed Dahl … and said"); the parser attached it one
                // level too low, so it shares the subject of the clause above
                g = clauseAbove(t, g);
                if (g < 0) break;
                s = t.child(g, "nsubj");
            }
            // "Trump was prompted to say": a passive's subject says what its infinitive reports
            if (s >= 0 && (!t.rel(s).equals("nsubj:pass") || r.equals("xcomp"))) return new Found(s, g);
            if (r.equals("conj")) {
                // "De Blasio said the move was made by Bratton and said, “…”": the parser joined the
                // second "said" to the passive clause the first one reports; it shares the first's subject
                int outer = subjects.enclosingSpeechVerb(t, g);
                if (outer >= 0) return new Found(CueSubjects.activeSubject(t, outer), outer);
            }
        }
        return new Found(-1, -1);
    }

    /** Whether a quotation mark stands between tokens a and b. */
    private static boolean quoteMarkBetween(SentenceTree t, int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            if (t.token(k).pos().equals("``") || t.token(k).pos().equals("''")) return true;
        }
        return false;
    }

    /** The nearest verb above the noun a relative clause modifies, or -1. */
    private static int clauseAbove(SentenceTree t, int relcl) {
        for (int k = t.head(relcl), steps = 0; k >= 0 && steps < 4; k = t.head(k), steps++) {
            if (t.token(k).isVerb()) return k;
        }
        return -1;
    }

    /** "The paper quoted Fischer as saying ...", "Fischer was quoted as saying ...": the person
     *  quoted speaks, not the one who quotes. -1 when v is not the "as saying" of a quoting verb. */
    private int quotedAs(SentenceTree t, int v) {
        int h = cues.quotingVerbOf(t, v);
        if (h < 0) return -1;
        int quoted = t.child(h, "obj");
        return quoted >= 0 ? quoted : t.child(h, "nsubj:pass");
    }

    /**
     * Subject s, or the source noun ("spokesman", "official") hung on it as an appositive right before
     * verb v; but a person's name is the subject its appositive describes ("Dana Ruiz, party health
     * spokesman said: …", the comma after the appositive left out).
     */
    private int sourceRightBefore(SentenceTree t, int s, int v) {
        if (isSourceNoun(t, s) || t.token(s).isProperNoun() && "PERSON".equals(t.token(s).ner())) return s;
        for (int c : t.children(s)) {
            if (t.rel(c).equals("appos") && c > s && t.subtreeMax(c) == v - 1 && isSourceNoun(t, c)) return c;
        }
        return s;
    }

    /**
     * "… are insisting he finishes his term, a source said.": a source noun set off by a comma right before
     * a clause-final verb that has no subject, which the parser hung on the last noun as its appositive.
     */
    private int sourceSetOffBefore(SentenceTree t, int v) {
        if (v < 2 || v + 1 < t.size() && !t.isPunct(v + 1)) return -1;
        for (int k = 0; k < v; k++) {
            if (t.rel(k).equals("appos") && t.subtreeMax(k) == v - 1 && isSourceNoun(t, k) && t.subtreeMin(k) > 0
                    && t.word(t.subtreeMin(k) - 1).equals(",")) return k;
        }
        return -1;
    }

    private boolean isSourceNoun(SentenceTree t, int k) {
        return cues.isSourceNoun(t.lemma(k));
    }

    /** The word after the dateline's dash that the parser hung on the dateline, or -1. */
    private static int afterDateline(SentenceTree t, int dash) {
        for (int k = dash + 1; k < t.size(); k++) {
            int h = t.head(k);
            if (h >= 0 && h < dash && (t.token(k).isNoun() || t.token(k).pos().equals("PRP"))) return k;
        }
        return -1;
    }

    private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "may", "might", "shall", "should", "must");

    /**
     * "Ginsburg said that she did not want to think about the possibility that Trump would be
     * president and predicted that …": a past-tense cue joined to a clause with a modal ("would be")
     * does not continue that clause; it goes on from the past-tense cue that reports it.
     */
    private static boolean tenseBreak(SentenceTree t, int v, int joinedTo, int outer) {
        if (!t.token(v).pos().equals("VBD") || !t.token(outer).pos().equals("VBD")) return false;
        for (int c : t.children(joinedTo)) {
            if (t.rel(c).startsWith("aux") && MODALS.contains(t.lemma(c))) return true;   // lemma is lower case
        }
        return false;
    }

    /**
     * "“…,” the man could be heard saying", "Smith was recorded telling aides …": the passive subject of a
     * verb of perceiving or recording whose participle of saying is v; -1 otherwise.
     */
    private int perceivedSpeaker(SentenceTree t, int v) {
        int h = t.head(v);
        if (h < 0 || !t.token(v).pos().equals("VBG") || !(t.rel(v).equals("xcomp") || t.rel(v).equals("dep"))
                || !cues.isPerceptionVerb(t.lemma(h))) return -1;
        return t.child(h, "nsubj:pass");
    }
}
