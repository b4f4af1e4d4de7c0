package org.newsgraph.extract.statements;

import org.newsgraph.extract.agents.AgentLexicon;
import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Whom a definite description refers back to among the people and organisations the article has
 * named: "the goalkeeper" (a person with that title), "the union" (the organisation named before
 * whose name has that word, or that "the union" meant before), "the company" (in business news, the
 * company the story is about). Holds what each noun referred to, so one instance serves one article.
 */
final class ReferredAgents {
    private final String text;
    private final List<Agent> agents;
    /** what each noun last referred to, and where: a description keeps its referent through the article */
    private final Map<String, Referent> earlier = new HashMap<>();

    /** words of rank in a job title ("shadow", "deputy"): {@code rank-words.txt} */
    private final Set<String> rankWords;

    private record Referent(int at, Span organisation) {}

    /** where an organisation the tagger did not list spoke by its name first ("Next has said …") */
    private Span unlisted;

    /** nouns for a news outlet ("the paper"): {@code outlet-heads.txt} */
    private final Set<String> outletHeads;

    /** the article's top-level quotations: whom a speaker's words name is not who speaks them */
    private final List<Span> quotations;

    ReferredAgents(String text, List<Agent> agents, Set<String> rankWords, Set<String> outletHeads, List<Span> quotations) {
        this.text = text;
        this.agents = agents;
        this.rankWords = rankWords;
        this.outletHeads = outletHeads;
        this.quotations = quotations;
    }

    /**
     * A person of the article whose job title ends in this noun ("goalkeeper Bea Oduya" ... "the
     * goalkeeper"), the one mentioned last before it; null when none or the noun is no title here.
     */
    Speaker titleHolder(SentenceTree t, int h) {
        String noun = t.word(h).toLowerCase(Locale.ROOT);
        int at = t.token(h).begin();
        Set<String> proper = properModifiers(t, h), said = modifiers(t, h);
        Agent best = null;
        Span bestSpan = null;
        for (Agent a : agents) {
            if (a.kind() != AgentKind.PERSON) continue;
            boolean holds = false;
            for (String title : a.jobTitles()) {
                String[] w = wordsEndingIn(title, noun);
                if (w != null && !conflicts(proper, w) && !otherRank(said, w)) holds = true;
            }
            if (!holds) continue;
            Span before = null;
            for (Span m : a.mentions()) if (m.end() <= at) before = m;
            if (before != null && (bestSpan == null || before.begin() > bestSpan.begin())) { best = a; bestSpan = before; }
        }
        return best == null ? null : Speaker.named(Speaker.Kind.PERSON, bestSpan, bestSpan.of(text));
    }

    /**
     * Whether the person named {@code name} holds the office the description's noun names only with
     * a rank it does not say: "the president" is not Vice President Varga.
     */
    boolean holdsOnlyOtherRank(String name, SentenceTree t, int h) {
        Set<String> said = modifiers(t, h);
        List<String[]> titles = titlesEndingIn(name, t.word(h).toLowerCase(Locale.ROOT));
        for (String[] w : titles) if (!otherRank(said, w)) return false;
        return !titles.isEmpty();
    }

    /** The words of each job title of the person named {@code name} whose last word is {@code noun}. */
    private List<String[]> titlesEndingIn(String name, String noun) {
        List<String[]> out = new ArrayList<>();
        for (Agent a : agents) {
            if (a.kind() != AgentKind.PERSON || !a.name().equals(name)) continue;
            for (String title : a.jobTitles()) {
                String[] w = wordsEndingIn(title, noun);
                if (w != null) out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether the description's noun is a title of someone else and of no title the person named
     * {@code name} holds: "our correspondent said" after "John Prescott held a meeting" is BBC
     * correspondent Stephen Cape, named before, not Prescott. A description that says more than the
     * noun ("the Heart coach") is left to whom the story just introduced.
     */
    boolean titleOfSomeoneElse(String name, SentenceTree t, int h) {
        if (!properModifiers(t, h).isEmpty() || !titlesEndingIn(name, t.word(h).toLowerCase(Locale.ROOT)).isEmpty()) return false;
        Speaker holder = titleHolder(t, h);
        return holder != null && !holder.name().equals(name);
    }

    /**
     * Whether the description names an office of a named organisation in full, capitalised ("The United
     * Nations High Commissioner for Human Rights said"), that is none of the titles the article gives the person named {@code name}
     * ("Secretary of State Mike Pompeo"): it is someone else's. A person the article gives no title may hold it.
     */
    boolean otherOfficeInFull(String name, SentenceTree t, int h) {
        // (an office of a named organisation, with its remit: "the Tory MP for Sleaford" and "the Salford MP" still
        // refer back to the MP just named)
        boolean organisations = t.children(h).stream().anyMatch(c -> c < h && "ORGANIZATION".equals(t.token(c).ner()));
        boolean remit = t.children(h).stream().anyMatch(c -> c > h && t.rel(c).startsWith("nmod")
                && (NounPhrases.caseIs(t, c, "for") || NounPhrases.caseIs(t, c, "of")));
        if (!Character.isUpperCase(t.word(h).codePointAt(0)) || !organisations || !remit) return false;
        boolean titled = agents.stream().anyMatch(a -> a.kind() == AgentKind.PERSON && a.name().equals(name) && !a.jobTitles().isEmpty());
        return titled && titlesEndingIn(name, t.word(h).toLowerCase(Locale.ROOT)).isEmpty();
    }

    /** Records that an organisation no agent lists spoke by its name at {@code name}, if none did before. */
    void unlistedOrganisationSpoke(Span name) {
        if (unlisted == null) unlisted = name;
    }

    /** A job title's words ("Vice President" → Vice, President) when its last is {@code noun}, else null. */
    private static String[] wordsEndingIn(String title, String noun) {
        String[] w = title.split("[\\s-]+");
        return w.length > 0 && w[w.length - 1].toLowerCase(Locale.ROOT).equals(noun) ? w : null;
    }

    /** The words before the head of a description, lower case: "the shadow chancellor" → shadow. */
    private static Set<String> modifiers(SentenceTree t, int h) {
        Set<String> out = new HashSet<>();
        for (int c : t.children(h)) if (c < h && !t.rel(c).equals("det")) out.add(t.word(c).toLowerCase(Locale.ROOT));
        return out;
    }

    /** The title has a word of rank ("shadow", "deputy") the description does not say: another office. */
    private boolean otherRank(Set<String> description, String[] title) {
        for (int i = 0; i < title.length - 1; i++) {
            String w = title[i].toLowerCase(Locale.ROOT);
            if (rankWords.contains(w) && !description.contains(w)) return true;
        }
        return false;
    }

    /** The capitalised words before the head of a description: "the Democratic presidential nominee" → Democratic. */
    private static Set<String> properModifiers(SentenceTree t, int h) {
        Set<String> out = new HashSet<>();
        for (int c : t.children(h)) {
            String w = t.word(c);
            // a possessive pronoun opening the sentence ("Our correspondent") is capitalised but names nothing
            boolean proper = !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !t.token(c).pos().equals("PRP$");
            if (c < h && proper && !t.rel(c).equals("det")) out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * "The Democratic presidential nominee" is not the person titled "Republican presidential
     * nominee": both name the office with a proper word (party, place, nation) and none agree.
     */
    private static boolean conflicts(Set<String> description, String[] title) {
        if (description.isEmpty()) return false;
        boolean titleHasProper = false;
        for (int i = 0; i < title.length - 1; i++) {
            String w = title[i];
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
            if (description.contains(w.toLowerCase(Locale.ROOT))) return false;
            titleHasProper = true;
        }
        return titleHasProper;
    }

    /**
     * The organisation a definite description refers back to: the last one named before whose
     * name contains the noun ("the union" for "... Grain Workers Union"); for business nouns
     * ("the company") otherwise the organisation (not a news outlet) named most often before it,
     * first named on a tie, which in a business story is the company the story is about; for a word
     * for a news outlet ("the paper"), the outlet named last; for any noun, the only organisation named
     * earlier in the same sentence.
     */
    Speaker organisationReferredTo(SentenceTree t, int h, boolean business, boolean outlet) {
        String noun = t.word(h).toLowerCase(Locale.ROOT);
        int at = t.token(h).begin();
        Span byName = null, anyOrg = null, lastOutlet = null;
        int anyCount = 0, anyFirst = Integer.MAX_VALUE, byNameCount = 0;
        for (Agent a : agents) {
            if (a.kind() != AgentKind.ORGANIZATION) continue;
            Span before = null;
            int count = 0;
            for (Span m : a.mentions()) if (m.end() <= at) { before = m; count++; }
            if (before == null) continue;
            boolean contains = false;
            for (String w : a.name().toLowerCase(Locale.ROOT).split("\\s+")) if (w.equals(noun)) contains = true;
            if (contains && (byName == null || before.begin() > byName.begin())) { byName = before; byNameCount = count; }
            boolean later = lastOutlet == null || before.begin() > lastOutlet.begin();
            if (outlet && later && (newsOutlet(a) || calledOutlet(a))) lastOutlet = before;
            // named as often: the one named first, as the company a business story is about is named in its lead
            int first = a.mentions().stream().mapToInt(Span::begin).min().orElse(at);
            if (!newsOutlet(a) && (anyOrg == null || count > anyCount || count == anyCount && first < anyFirst)) {
                anyOrg = before;
                anyCount = count;
                anyFirst = first;
            }
        }
        // (a business noun is the company the story is about, not one named less often whose name ends in
        // it: "the company" in a story on Whole Foods is not "Dana F. Besecker Company", named once)
        if (business && byName != null && byNameCount < anyCount) byName = null;
        // "Spanish daily ABC accuses … “…,” the paper says": a word for a news outlet is the outlet named last
        Span pick = byName != null ? byName : outlet ? lastOutlet : sameSentence(t, at);
        if (pick == null && business) pick = anyOrg;
        // "Next has said its profit will be lower. “…,” the company said.": the firm that spoke by a name the tagger missed
        if (pick == null && business && unlisted != null && unlisted.end() <= at) pick = unlisted;
        // "the union said …" once resolved, "The union held a press conference" later is the same union
        Referent last = earlier.get(noun);
        if (pick == null && last != null && last.at() < at) pick = last.organisation();
        if (pick != null && (last == null || last.at() < at)) earlier.put(noun, new Referent(at, pick));
        return pick == null ? null : Speaker.named(Speaker.Kind.ORGANIZATION, pick, pick.of(text));
    }

    /**
     * The one organisation (not a news outlet) named earlier in the same sentence: "LIUNA Local 363
     * presented the offer, and the union said …" refers back to it whatever the noun; not one named in
     * a quotation ("“China is censoring Google News …,” said the group": the group is not Google).
     */
    private Span sameSentence(SentenceTree t, int at) {
        Agent only = null;
        Span last = null;
        for (Agent a : agents) {
            if (a.kind() != AgentKind.ORGANIZATION || newsOutlet(a)) continue;
            for (Span m : a.mentions()) {
                if (m.begin() < t.sentence.begin() || m.end() > at || quoted(m)) continue;
                if (only != null && only != a) return null;            // two organisations: ambiguous
                only = a;
                last = m;
            }
        }
        return last;
    }

    private boolean quoted(Span m) {
        for (Span q : quotations) if (q.begin() <= m.begin() && m.end() <= q.end()) return true;
        return false;
    }

    /** Whether a speaker's name is a news outlet's: a known one, or one named with its kind ("Mirror newspaper"). */
    boolean outletNamed(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        return AgentLexicon.standard().isNewsOrganisation(name) || outletHeads.contains(words[words.length - 1]);
    }

    /** "The Mirror newspaper said", "Spanish daily ABC": an organisation the article itself calls an outlet. */
    private boolean calledOutlet(Agent a) {
        for (Span m : a.mentions()) {
            String[] after = text.substring(m.end(), Math.min(text.length(), m.end() + 20)).strip().split("[^\\p{L}]+", 2);
            String[] before = text.substring(Math.max(0, m.begin() - 20), m.begin()).strip().split("[^\\p{L}]+");
            if (after.length > 0 && outletHeads.contains(after[0].toLowerCase(Locale.ROOT))) return true;
            String last = before.length > 0 ? before[before.length - 1].toLowerCase(Locale.ROOT) : "";
            if (outletHeads.contains(last) || last.equals("daily")) return true;
        }
        return false;
    }

    private static boolean newsOutlet(Agent a) {
        return AgentLexicon.standard().isNewsOrganisation(a.name());
    }
}
