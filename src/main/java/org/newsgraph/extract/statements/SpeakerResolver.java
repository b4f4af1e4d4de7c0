package org.newsgraph.extract.statements;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Speaker;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the head token of a subject noun phrase into a {@link Speaker}: a named person or
 * organisation (mapped onto the article's agents so the name span finds the Agent), an unnamed
 * source with its describing phrase, or a pronoun resolved through the discourse.
 */
final class SpeakerResolver {
    private static final Set<String> NAME_LINKS = Set.of("compound", "flat", "appos", "nmod", "dep");
    private static final Set<String> APPOSED_NAME = Set.of("flat", "appos", "dep");

    private final Document doc;
    private final Cues cues;
    final SourceDescriptions sources;
    private final ReferredAgents referred;
    private final NamedSpeakers names;
    private final DocumentSources documents;

    /** @param quotations the spans of the article's top-level quotations */
    SpeakerResolver(Document doc, List<Agent> agents, Cues cues, List<Span> quotations) {
        this.doc = doc;
        this.cues = cues;
        this.sources = new SourceDescriptions(doc.text(), cues);
        this.referred = new ReferredAgents(doc.text(), agents, cues.rankWords, cues.outletHeads, quotations);
        this.names = new NamedSpeakers(doc, agents);
        this.documents = new DocumentSources(doc, cues, this, names);
    }

    /** Indexes who wrote the documents the article names, for "the report said" further on. */
    void indexDocuments(List<SentenceTree> trees) { documents.index(trees); }

    /** Speaker for the head of a subject phrase, or null when it is not something that speaks. */
    Speaker resolve(SentenceTree t, int h, DiscourseSpeaker discourse) {
        if (h < 0) return null;
        String lemma = t.lemma(h);
        String pos = t.token(h).pos();
        // relative pronoun subject of a relative clause: "a lawmaker who said ..."
        if ((pos.equals("WP") || pos.equals("WDT")) && t.relIs(t.head(h), "acl") && t.head(t.head(h)) >= 0) {
            return resolve(t, t.head(t.head(h)), discourse);
        }
        // "an Iowa Republican said", "said a Virginia Democrat": a capitalised role after an indefinite
        // article is someone unnamed, whatever the tagger made of it ("Iowa Republican" as an organisation)
        if (pos.equals("NNP") && NounPhrases.isIndefinite(t, h) && cues.roleNouns.contains(lemma.toLowerCase(Locale.ROOT)))
            return Speaker.anonymous(sources.describe(t, h));
        Speaker named = named(t, h);
        // "The Mandan, North Dakota, police chief, Jason Ziegler, has asserted": a place the parser made the
        // head of a description whose name it hung beside it is where the person named there is from
        if (named != null && t.token(h).isPlace()) {
            for (int c : t.children(h)) {
                if (c > h && t.rel(c).equals("appos") && isPersonToken(t, c)) return named(t, c);
            }
        }
        if (named != null) return named;
        if (pos.startsWith("PRP") && cues.pronouns.contains(lemma)) {
            return discourse == null ? null : discourse.resolvePronoun(t, h, lemma);
        }
        boolean age = NounPhrases.ageDescription(t, h);
        if (!(t.token(h).isNoun() || pos.equals("CD") || pos.equals("DT") || pos.equals("NN") || age)) return null;
        // a name inside the noun phrase: "former deputy secretary of defense Mick Mulroy"; but a
        // name before the noun says whose it is ("the Clinton campaign", "Trump supporters", "Clinton aides")
        boolean institution = cues.isInstitutionNoun(lemma);
        for (int c : t.children(h)) {
            boolean whose = institution || baseRel(t.rel(c)).equals("compound") && Character.isLowerCase(t.word(h).charAt(0));
            if (!NAME_LINKS.contains(baseRel(t.rel(c))) || c < h && whose) continue;
            if (hasCase(t, c, "for", "to", "with", "about", "against")) continue;
            Speaker s = named(t, c);
            if (s == null && t.rel(c).equals("appos") && !t.token(h).isProperNoun()) s = nameInAppositive(t, c);
            if (s != null && s.kind() == Speaker.Kind.PERSON) return s;
            // "the national weather agency AEMET said": an institution named in apposition to its description
            if (s != null && institution && c > h && t.rel(c).equals("appos")) return s;
        }
        // "A computer specialist at the IAEA, Peter Hale, would like …": a name set off at the end of the
        // phrase, which the parser hung on the organisation inside it
        Speaker setOff = t.token(h).isProperNoun() ? null : nameEndingPhrase(t, h);
        if (setOff != null) return setOff;
        if (cues.reportNouns.contains(lemma)) {
            Speaker source = documents.source(t, h, discourse);
            if (source != null) return source;
        }
        // "his attorney said": whom the article gave that title ("Defense attorney Steven Kiersh")
        int poss = t.child(h, "nmod:poss");
        if (poss >= 0 && t.token(poss).pos().equals("PRP$") && t.token(h).isNoun()) {
            Speaker holder = referred.titleHolder(t, h);
            if (holder != null) return holder;
        }
        boolean definite = NounPhrases.isDefinite(t, h);
        boolean role = discourse != null && (roleNoun(t, h) || age);
        if (definite && role) {
            // "“…,” the Heart coach said" after "Aloisi was adamant …": the person just introduced
            Speaker p = discourse.introducedSince(t.token(h).begin(), t.sentence.index());
            if (p != null && p.kind() == Speaker.Kind.PERSON && !referred.holdsOnlyOtherRank(p.name(), t, h)
                    && !referred.titleOfSomeoneElse(p.name(), t, h))
                return roleHolder(p, t, h, discourse);
        }
        if (definite) {
            // "the goalkeeper told reporters": the person of the article who holds that title
            Speaker holder = referred.titleHolder(t, h);
            if (holder != null) return holder;
            // "said the party leader": the person the story is following, as for "he"
            if (role) {
                Speaker p = discourse.resolvePronoun(t, h, "the " + lemma);   // a role says nothing of gender
                if (p != null && p.kind() == Speaker.Kind.PERSON && !referred.holdsOnlyOtherRank(p.name(), t, h))
                    return roleHolder(p, t, h, discourse);
            }
        }
        if (institution) {
            int first = -1;
            boolean onlyPlaces = true;
            for (int c : t.children(h)) {
                String r = baseRel(t.rel(c));
                if ((r.equals("compound") || r.equals("amod") || t.rel(c).equals("nmod:poss")) && c < h && names.isEntity(t, c)) {
                    first = first < 0 ? t.subtreeMin(c) : Math.min(first, t.subtreeMin(c));
                    onlyPlaces &= names.isPlace(t, c);
                }
            }
            // "the UK firm announced": where a company is from does not name it; it refers back like "the firm"
            if (first >= 0 && !(onlyPlaces && cues.companyHeads.contains(lemma))) {
                Span span = new Span(t.token(first).begin(), t.token(h).end());
                return Speaker.named(Speaker.Kind.ORGANIZATION, span, span.of(doc.text()));
            }
            // "Police said" with no article at all reads like "the police said"; "Companies say" (a plural
            // business noun with no article) is companies at large, not the one the story is about
            boolean generic = !definite && t.token(h).pos().equals("NNS") && cues.companyHeads.contains(lemma);
            if ((definite || t.children(h).isEmpty()) && !generic) {
                // "The Mirror newspaper said … The paper said …": the outlet that spoke last
                // (so is "the news organization", "the news agency": a noun a "news" or "media" word makes an outlet's)
                boolean outlet = cues.outletHeads.contains(lemma) || t.children(h).stream().anyMatch(c -> t.rel(c).equals("compound")
                        && (t.lemma(c).equalsIgnoreCase("news") || t.lemma(c).equalsIgnoreCase("media")));
                Speaker now = discourse == null ? null : discourse.current();
                if (outlet && now != null && now.kind() == Speaker.Kind.ORGANIZATION && now.name() != null
                        && referred.outletNamed(now.name())) return now;
                // "the union said", "the company said": the organisation named before that it refers to
                Speaker org = referred.organisationReferredTo(t, h, cues.companyHeads.contains(lemma), outlet);
                if (org != null) return org;
            }
            return Speaker.anonymous(sources.describe(t, h));
        }
        if (cues.anonymousHeads.contains(lemma) || cues.anonymousHeads.contains(t.word(h).toLowerCase(Locale.ROOT))) {
            return Speaker.anonymous(sources.describe(t, h));
        }
        return null;
    }

    /**
     * The person {@code p} the discourse offers for the role description at h, as {@link
     * DiscourseSpeaker#otherThanSentenceSpeaker} lets it stand; but an office named in full that p does not hold ("The United Nations High
     * Commissioner for Human Rights said" after "Secretary of State Mike Pompeo") is held by someone the
     * article does not name.
     */
    private Speaker roleHolder(Speaker p, SentenceTree t, int h, DiscourseSpeaker discourse) {
        if (referred.otherOfficeInFull(p.name(), t, h)) return Speaker.anonymous(sources.describe(t, h));
        return discourse.otherThanSentenceSpeaker(p, t.token(h).begin(), t.sentence.begin());
    }

    /**
     * "The report also provided details of data breaches … It said …", "Lumora cut its forecast on
     * Tuesday. It said …": "it" after a sentence whose subject is a document is that document,
     * speaking as an unnamed source; after one whose subject is an organisation, named or not, that
     * organisation; null otherwise.
     */
    Speaker documentBefore(SentenceTree previous, DiscourseSpeaker discourse) {
        int root = previous.rootToken();
        int subject = root < 0 ? -1 : CueSubjects.activeSubject(previous, root);
        if (subject < 0) return null;
        Speaker s = resolve(previous, subject, discourse);
        // an unnamed institution too ("The committee reached its conclusions … It warned that …")
        String lemma = previous.lemma(subject);
        boolean institution = s != null && s.isAnonymous() && cues.isInstitutionNoun(lemma);
        if (!cues.reportNouns.contains(lemma)) return s != null && (s.kind() == Speaker.Kind.ORGANIZATION || institution) ? s : null;
        return s != null ? s : unnamedSubject(previous, subject);
    }

    /**
     * "Big Machine have twice denied doing anything wrong. “…,” they said": an organisation's name the
     * sentence before made the subject of a plural verb (as British writing does) is the "they" that
     * speaks next; else null.
     */
    Speaker pluralOrganisationBefore(SentenceTree previous, DiscourseSpeaker discourse) {
        int root = previous.rootToken();
        int subject = root < 0 ? -1 : CueSubjects.activeSubject(previous, root);
        // (an organisation's name may be tagged as an adjective and a noun: "Big/JJ Machine/NN have"; a plural
        // noun only ends a longer name, "Apex Records", not a group's: "Democrats have denied it")
        String pos = subject < 0 ? "" : previous.token(subject).pos();
        boolean named = pos.matches("NNP?") || pos.matches("NNP?S") && previous.child(subject, "compound") >= 0;
        if (!named || !Character.isUpperCase(previous.word(subject).codePointAt(0))) return null;
        boolean plural = previous.token(root).pos().equals("VBP");
        for (int a : previous.children(root)) {
            if (previous.rel(a).startsWith("aux") || previous.rel(a).equals("cop"))
                plural |= previous.token(a).pos().equals("VBP") || previous.word(a).equalsIgnoreCase("were");
        }
        if (!plural) return null;
        Span name = new Span(previous.token(previous.subtreeMin(subject)).begin(), previous.token(subject).end());
        Speaker s = names.agentFor(Speaker.Kind.ORGANIZATION, name, name.of(doc.text()));
        return s != null && s.kind() == Speaker.Kind.ORGANIZATION ? s : null;
    }

    /**
     * "The company expects revenue of $4 billion, it said in a statement": "it" is the organisation
     * that is the subject of what it says, when that subject names or refers back to one; else null.
     */
    Speaker organisationInContent(SentenceTree t, Span content, DiscourseSpeaker discourse) {
        if (content == null) return null;
        for (int k = 0; k < t.size(); k++) {
            if (!t.rel(k).equals("nsubj") || t.token(k).begin() < content.begin() || t.token(k).end() > content.end()) continue;
            Speaker s = resolve(t, k, discourse);
            return s != null && s.kind() == Speaker.Kind.ORGANIZATION ? s : null;
        }
        return null;
    }

    /**
     * "“…,” the security head said" after "…, said one bank chief information security officer": a
     * definite role no one named stands behind, while an unnamed source is speaking in this paragraph
     * or the one before, is unnamed too (described by its own words); null otherwise.
     */
    Speaker unnamedRoleHolder(SentenceTree t, int h, DiscourseSpeaker discourse) {
        if (h < 0 || discourse == null || !t.token(h).isNoun() || !NounPhrases.isDefinite(t, h) || !roleNoun(t, h)) return null;
        return discourse.speakingNear(t.token(h).begin(), false) == null ? null : Speaker.anonymous(sources.describe(t, h));
    }

    /**
     * Whoever else is the subject of a verb of saying speaks: news writing gives a cue a subject that
     * can speak ("Republicans said", "his lawyer said", "the poll says", "critics say"). A common
     * noun or a plural name is an unnamed source described by its phrase; a singular name the tagger
     * did not recognise ("PolitiFact said") is an organisation by that name, since the tagger
     * rarely misses a person it has seen named. For the grammatical subject of a cue only (the
     * caller checks): a passive subject or a noun a participle hangs from is what is reported.
     */
    Speaker unnamedSubject(SentenceTree t, int h) {
        if (h < 0) return null;
        // "listeners who said …": the noun the relative clause describes
        if (t.token(h).pos().startsWith("W")) {
            int before = h > 0 && t.word(h - 1).equals(",") ? h - 2 : h - 1;
            if (t.relIs(t.head(h), "acl") && t.head(t.head(h)) >= 0) h = t.head(t.head(h));
            else if (before >= 0 && t.token(before).isNoun()) h = before;   // the parser lost the relative clause
            else return null;
            // "a letter from his doctor Friday afternoon that says …": the time is no antecedent
            while (h > 0 && t.isTime(h)) h--;
            if (!t.token(h).isNoun()) return null;
        }
        if (t.isTime(h)) return null;
        String pos = t.token(h).pos();
        // "those close to him say", "some say", "many said": a quantified group
        if ((pos.equals("DT") || pos.equals("JJ")) && (cues.groupWords.contains(t.lemma(h)) || cues.groupWords.contains(t.word(h).toLowerCase(Locale.ROOT)))) return Speaker.anonymous(sources.describe(t, h));
        // a definite role ("the party leader said") refers back to someone named: not a new source
        if (NounPhrases.isDefinite(t, h) && (roleNoun(t, h) || NounPhrases.ageDescription(t, h))) return null;
        // "an Iowa Republican said", "a Democrat from Florida said": after an indefinite article a
        // capitalised noun describes someone unnamed (and a place in it is not who speaks)
        if (pos.equals("NNP") && NounPhrases.isIndefinite(t, h)) return Speaker.anonymous(sources.describe(t, h));
        if ((pos.equals("NNP") || NounPhrases.pluralName(t, h)) && !t.relIs(h, "nmod:poss")) {
            int first = h;
            for (int c : t.children(h)) {
                String r = baseRel(t.rel(c));
                if ((r.equals("compound") || r.equals("flat")) && c < h && t.token(c).isProperNoun()) first = Math.min(first, c);
            }
            Span span = new Span(t.token(first).begin(), t.token(h).end());
            Speaker org = names.agentFor(Speaker.Kind.ORGANIZATION, span, span.of(doc.text()));
            if (org != null) return org;
            referred.unlistedOrganisationSpoke(span);   // no agent has the name
            return Speaker.named(Speaker.Kind.ORGANIZATION, span, span.of(doc.text()));
        }
        if (pos.equals("NN") || pos.equals("NNS") || pos.equals("NNPS")) return Speaker.anonymous(sources.describe(t, h));
        return null;
    }

    /**
     * "his friend, the producer Quincy Jones, who described …": the name one appositive further, after
     * the appositive's head; not a name after "of" ("the daughter of Malcolm X"). Null when none.
     */
    private Speaker nameInAppositive(SentenceTree t, int appositive) {
        for (int n : t.children(appositive)) {
            if (n < appositive || !APPOSED_NAME.contains(t.rel(n)) || !NounPhrases.noOfBetween(t, appositive, n)) continue;
            Speaker s = named(t, n);
            if (s != null) return s;
        }
        // "Another diplomat, former special envoy to Ukraine Kurt Volker, …": the parser ran the place and the
        // name into one phrase after "to"; a person's name ending the appositive, with no preposition right
        // before it, is the appositive's own
        for (int n : t.children(appositive)) {
            if (n < appositive || !t.rel(n).equals("nmod") || t.subtreeMax(appositive) != n || !"PERSON".equals(t.token(n).ner())) continue;
            int first = n;
            while (first > 0 && "PERSON".equals(t.token(first - 1).ner())) first--;
            if (first > 0 && !t.token(first - 1).pos().equals("IN") && !t.token(first - 1).pos().equals("TO")) return named(t, n);
        }
        return null;
    }

    /** "the coach", "the Vermont senator", "the Wisconsin Republican": a singular noun for a person's role. */
    private boolean roleNoun(SentenceTree t, int h) {
        return (NounPhrases.commonNoun(t, h) || t.token(h).pos().equals("NNP")) && cues.roleNouns.contains(t.lemma(h))
                || NounPhrases.epithet(t, h);
    }

    /** A named person/organisation/place covering token i (by NER or by the agents' names), or null. */
    Speaker named(SentenceTree t, int i) { return names.named(t, i); }

    boolean isPersonToken(SentenceTree t, int i) {
        Speaker s = named(t, i);
        return s != null && s.kind() == Speaker.Kind.PERSON;
    }

    private static boolean hasCase(SentenceTree t, int i, String... preps) {
        for (int c : t.children(i)) {
            if (!t.rel(c).equals("case")) continue;
            for (String p : preps) if (t.lemma(c).equals(p)) return true;
        }
        return t.rel(i).equals("nmod:poss");
    }

    /** A person's name set off by a comma that ends h's phrase, hung as the appositive of an organisation in it; or null. */
    Speaker nameEndingPhrase(SentenceTree t, int h) {
        int end = t.subtreeMax(h);
        for (int k : t.subtree(h)) {
            int g = t.head(k);
            if (g == h || g > k || !t.rel(k).equals("appos")
                    || !(t.token(g).isProperNoun() || cues.institutionHeads.contains(t.lemma(g)))) continue;
            int lo = t.subtreeMin(k), hi = t.subtreeMax(k);
            if (!t.word(lo - 1).equals(",") || !(hi == end || hi + 1 == end && t.word(end).equals(","))) continue;
            Speaker s = named(t, k);
            if (s != null && s.kind() == Speaker.Kind.PERSON) return s;
        }
        return null;
    }

    static String baseRel(String r) {
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }
}
