package org.newsgraph.extract.statements;

import org.newsgraph.text.WordLists;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The declarative word lists of statement extraction, loaded from
 * {@code src/main/resources/extract/statements/}. Immutable and shared.
 */
public final class Cues {
    private static final String DIR = "/extract/statements/";
    private static volatile Cues defaults;

    final Set<String> speechVerbs;
    final Set<String> objectContentVerbs;
    /** reports and studies that speak for the author the article names once for them */
    final Set<String> authoredDocuments;
    final Set<String> negatingVerbs;
    /** with an object, what the subject wants that object to say ("wants the reporters to reveal") */
    final Set<String> wishingVerbs;
    /** with an object, who is made or let to say ("prompted Trump to say", "allowed Mosseri to claim") */
    final Set<String> causingVerbs;
    /** what a thing may do as well as a speaker ("the events could signal …"): no one's words then */
    final Set<String> evidenceVerbs;
    /** whose object may be the thing talked about ("wrote the programs that …"), not a clause's subject */
    final Set<String> topicObjectVerbs;
    /** things that carry information and so speak when they suggest ("the poll indicates …") */
    final Set<String> evidenceNouns;
    final Set<String> withholdingVerbs;
    /** what a withholding verb refuses rather than denies saying ("denied his appeal") */
    final Set<String> refusedRequests;
    final Set<String> anonymousHeads;
    final Set<String> institutionHeads;
    final Set<String> reportNouns;
    final Set<String> reportHolderVerbs;
    final Set<String> documentVerbs;
    final Set<String> statementNouns;
    /** verbs by which a source puts a statement out ("issued a statement that …") */
    final Set<String> issuingVerbs;
    final Set<String> pronouns;
    final Set<String> nonSpeechQuoteMarkers;
    final Set<String> titleFunctionWords;
    final Set<String> predicativeQuoteVerbs;
    final Set<String> companyHeads;
    /** nouns for a news outlet ("the paper said"): {@code outlet-heads.txt} */
    final Set<String> outletHeads;
    final Set<String> roleNouns;
    final Set<String> groupWords;
    final Set<String> quotingVerbs;
    final Set<String> questionVerbs;
    final Set<String> notSayingVerbs;
    final Set<String> rankWords;
    /** "call for", "call upon": lemma and particle, one space between */
    final Set<String> phrasalSpeechVerbs;
    /** a verb of saying and the particle after it that together say nothing ("adding to honours it has won") */
    private final Set<String> phrasalOtherVerbs;
    /** verbs of perceiving or recording whose passive subject says what a participle after them reports */
    private final Set<String> perceptionVerbs;
    /** addressee rule kind ("object", "to", "medium") -> lemmas */
    final Map<String, Set<String>> addressees;

    private Cues() {
        speechVerbs = WordLists.lowerSet(DIR + "speech-verbs.txt");
        objectContentVerbs = WordLists.lowerSet(DIR + "object-content-verbs.txt");
        authoredDocuments = WordLists.lowerSet(DIR + "authored-document-nouns.txt");
        negatingVerbs = WordLists.lowerSet(DIR + "negating-verbs.txt");
        wishingVerbs = WordLists.lowerSet(DIR + "wishing-verbs.txt");
        causingVerbs = WordLists.lowerSet(DIR + "causing-verbs.txt");
        evidenceVerbs = WordLists.lowerSet(DIR + "evidence-verbs.txt");
        topicObjectVerbs = WordLists.lowerSet(DIR + "topic-object-verbs.txt");
        evidenceNouns = WordLists.lowerSet(DIR + "evidence-nouns.txt");
        withholdingVerbs = WordLists.lowerSet(DIR + "withholding-verbs.txt");
        refusedRequests = WordLists.lowerSet(DIR + "refused-requests.txt");
        anonymousHeads = WordLists.lowerSet(DIR + "anonymous-heads.txt");
        institutionHeads = WordLists.lowerSet(DIR + "institution-heads.txt");
        reportNouns = WordLists.lowerSet(DIR + "report-nouns.txt");
        reportHolderVerbs = WordLists.lowerSet(DIR + "report-holder-verbs.txt");
        documentVerbs = WordLists.lowerSet(DIR + "document-verbs.txt");
        perceptionVerbs = WordLists.lowerSet(DIR + "perception-verbs.txt");
        statementNouns = WordLists.lowerSet(DIR + "statement-nouns.txt");
        issuingVerbs = WordLists.lowerSet(DIR + "issuing-verbs.txt");
        pronouns = WordLists.lowerSet(DIR + "pronouns.txt");
        nonSpeechQuoteMarkers = WordLists.lowerSet(DIR + "non-speech-quote-markers.txt");
        titleFunctionWords = WordLists.lowerSet(DIR + "title-function-words.txt");
        predicativeQuoteVerbs = WordLists.lowerSet(DIR + "predicative-quote-verbs.txt");
        companyHeads = WordLists.lowerSet(DIR + "company-heads.txt");
        outletHeads = WordLists.lowerSet(DIR + "outlet-heads.txt");
        roleNouns = WordLists.lowerSet(DIR + "role-nouns.txt");
        groupWords = WordLists.lowerSet(DIR + "group-words.txt");
        quotingVerbs = WordLists.lowerSet(DIR + "quoting-verbs.txt");
        questionVerbs = WordLists.lowerSet(DIR + "question-verbs.txt");
        notSayingVerbs = WordLists.lowerSet(DIR + "not-saying-verbs.txt");
        rankWords = WordLists.lowerSet(DIR + "rank-words.txt");
        phrasalSpeechVerbs = WordLists.lowerSet(DIR + "phrasal-speech-verbs.txt");
        phrasalOtherVerbs = WordLists.lowerSet(DIR + "phrasal-other-verbs.txt");
        Map<String, Set<String>> a = new HashMap<>();
        for (String line : WordLists.lines(DIR + "addressees.txt")) {
            String[] f = line.split("\\s+", 2);
            if (f.length == 2) a.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1].trim());
        }
        a.replaceAll((k, v) -> Set.copyOf(v));
        addressees = Map.copyOf(a);
    }

    /** The bundled lists (loaded once). */
    public static Cues defaults() {
        Cues c = defaults;
        if (c == null) {
            synchronized (Cues.class) {
                if (defaults == null) defaults = new Cues();
                c = defaults;
            }
        }
        return c;
    }

    public boolean isSpeechVerb(String lemma) { return speechVerbs.contains(lemma.toLowerCase()); }

    /** Whether a verb of perceiving or recording ("heard", "recorded") has this lemma. */
    boolean isPerceptionVerb(String lemma) { return perceptionVerbs.contains(lemma.toLowerCase(Locale.ROOT)); }

    /** Whether the verb with this lemma, followed by this word, is a speech act ("called for"). */
    boolean isPhrasalSpeechVerb(String lemma, String next) {
        return phrasalSpeechVerbs.contains(lemma.toLowerCase() + " " + next.toLowerCase());
    }

    /**
     * The verb of quoting whose "as saying" token v is ("The paper quoted Fischer as saying …"; the
     * parser hangs "as saying" from that verb or from the reported clause below it), or whose
     * participle it is ("Houston was quoted in the Herald saying: …"), or -1.
     */
    int quotingVerbOf(SentenceTree t, int v) {
        boolean as = v > 0 && t.word(v - 1).equalsIgnoreCase("as");
        if (!as && !t.token(v).pos().equals("VBG")) return -1;
        for (int h = t.head(v), step = 0; step < 2 && h >= 0; step++, h = t.head(h)) {
            if (quotingVerbs.contains(t.lemma(h)) && t.token(h).isVerb()) return h;
        }
        return -1;
    }

    /** Whether token k is a verb of saying, alone or with the particle after it ("said", "called for"). */
    boolean isSpeechCue(SentenceTree t, int k) {
        if (!t.token(k).isVerb()) return false;
        if (subjectlessParticiple(t, k)) return false;
        String next = k + 1 < t.size() ? t.word(k + 1).toLowerCase(Locale.ROOT) : "";
        // ("adding to honours it has won": a verb of saying with a particle that makes it say nothing)
        if (isSpeechVerb(t.lemma(k))) return !phrasalOtherVerbs.contains(t.lemma(k) + " " + next);
        // "As Ruiz put it, …": putting it so is saying it, in a clause of "as" only
        if (t.lemma(k).equalsIgnoreCase("put") && next.equals("it") && asClause(t, k)) return true;
        return isPhrasalSpeechVerb(t.lemma(k), next);
    }

    /**
     * "Repeated, unexpected mishaps caused delays", "Added together, these measures …": a past participle
     * with no subject, auxiliary or agent of its own describes; what it hangs on is no report of it.
     */
    /** how a participle hangs on what it describes ("repeated, unexpected mishaps", a fronted "Added together,") */
    private static final Set<String> PARTICIPLE_LINKS = Set.of("amod", "dep", "advcl", "xcomp");

    private boolean subjectlessParticiple(SentenceTree t, int k) {
        if (!t.token(k).pos().equals("VBN") || !PARTICIPLE_LINKS.contains(t.rel(k))) return false;
        if (k > 0 && t.word(k - 1).equalsIgnoreCase("as")) return false;      // "As stated in Davis' commentary, …"
        // ("Asked whether he would run, Varga said …": the question put to him is reported, its asker unnamed)
        if (questionVerbs.contains(t.lemma(k))) return false;
        for (int c : t.children(k)) {
            String r = t.rel(c);
            // ("is alleged to have said that …": a perfect form, not a participle describing)
            // ("The logger who stayed back claimed/VBN that …": a clause of its own makes it a cue the parser misread)
            if (r.startsWith("nsubj") || r.startsWith("aux") || r.equals("ccomp") || r.equals("obl:agent") || r.startsWith("obl") && NounPhrases.caseIs(t, c, "by"))
                return false;
        }
        return true;
    }

    /** "as Ruiz put it," / "as he put it.": v opens with "as" and "it" ends the clause. */
    private static boolean asClause(SentenceTree t, int v) {
        int m = t.child(v, "mark");
        return m >= 0 && t.word(m).equalsIgnoreCase("as") && (v + 2 >= t.size() || t.isPunct(v + 2));
    }

    /** A noun (lemma) that names a source by role or as unnamed: "spokeswoman", "lawyer", "official". */
    boolean isSourceNoun(String lemma) { return anonymousHeads.contains(lemma) || roleNouns.contains(lemma); }

    /** A noun (lemma) for an institution or a company that speaks as such: "ministry", "committee", "firm". */
    boolean isInstitutionNoun(String lemma) { return institutionHeads.contains(lemma) || companyHeads.contains(lemma); }

    boolean addressee(String kind, String lemma) {
        return addressees.getOrDefault(kind, Set.of()).contains(lemma.toLowerCase());
    }

}
