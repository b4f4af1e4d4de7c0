package org.newsgraph.extract.statements;

import org.newsgraph.extract.Agent;
import org.newsgraph.extract.AgentKind;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Speaker;
import org.newsgraph.extract.agents.AgentLexicon;
import org.newsgraph.extract.agents.NameVariants;
import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * Who a name in a sentence is: the tagger's entity mention covering a token, mapped onto the
 * article's agents so that the speaker's name span finds its Agent. One instance serves one article.
 */
final class NamedSpeakers {
    private static final Set<String> PERSON_TYPES = Set.of("PERSON");
    private static final Set<String> ORG_TYPES = Set.of("ORGANIZATION");
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}{2,}");

    private final Document doc;
    private final List<Agent> agents;
    /** per sentence, per token: the entity mention covering it, or null */
    private final EntityMention[][] mentionAt;

    NamedSpeakers(Document doc, List<Agent> agents) {
        this.doc = doc;
        this.agents = agents;
        mentionAt = new EntityMention[doc.sentences().size()][];
        for (int i = 0; i < mentionAt.length; i++) mentionAt[i] = new EntityMention[doc.sentences().get(i).tokens().size()];
        for (EntityMention m : doc.mentions()) {
            if (m.sentence() < 0 || m.sentence() >= mentionAt.length) continue;
            EntityMention[] row = mentionAt[m.sentence()];
            for (int k = m.tokenBegin(); k < m.tokenEnd() && k < row.length; k++) row[k] = m;
        }
    }

    /** A named person/organisation/place covering token i (by NER or by the agents' names), or null. */
    Speaker named(SentenceTree t, int i) {
        // the tagger also marks pronouns as PERSON mentions; those go through the discourse
        // (an acronym is no pronoun: "says WHO.")
        if (t.token(i).pos().startsWith("PRP") || t.token(i).pos().startsWith("W") && !acronym(t.word(i))) return null;
        // "the Kiwi said": a word for a place's people after an article names nobody; it is a description
        if (NounPhrases.epithet(t, i)) return null;
        // "Mr. Devine acknowledged" with the surname tagged as an adjective and the title as the subject:
        // the name is the word after the honorific
        if (i + 1 < t.size() && AgentLexicon.standard().isHonorific(t.word(i)) && Character.isUpperCase(t.word(i + 1).codePointAt(0))) {
            return named(t, i + 1);
        }
        EntityMention m = mentionAt[t.sentence.index()][i];
        if (m != null) {
            Speaker.Kind kind = PERSON_TYPES.contains(m.type()) ? Speaker.Kind.PERSON
                    : ORG_TYPES.contains(m.type()) || Token.isPlaceType(m.type()) ? Speaker.Kind.ORGANIZATION : null;
            // "Cuban said": a surname the tagger took for a nationality may still be a person's (below); so
            // may one it took for a month ("May said"), when it is the subject: a date says nothing
            boolean month = m.type().equals("DATE") && t.token(i).isProperNoun() && t.rel(i).startsWith("nsubj");
            if (kind == null && !t.token(i).pos().startsWith("JJ") && !month) return null;
            if (kind != null) {
                Speaker s = viaAgent(kind, new Span(m.begin(), m.end()), m.text());
                // "the Wisconsin Republican": a place named inside a description is not who the description is
                if (kind != Speaker.Kind.PERSON && s != null && s.nameSpan() != null
                        && !s.nameSpan().overlaps(new Span(t.token(i).begin(), t.token(i).end()))) return null;
                return s;
            }
        }
        // the tagger sometimes misses a surname it tagged elsewhere ("with Waltz suggesting"), or took a
        // surname that is also an adjective for one ("Cuban said he'd consider …": only a person's, then)
        // or a surname after a particle it took for a common noun ("Ten Hag said", "Hag" tagged NN)
        boolean capitalised = Character.isUpperCase(t.word(i).codePointAt(0));
        // or a surname that is also an adverb after its cue ("says Early.", "Early" tagged RB)
        boolean adjective = capitalised && (t.token(i).pos().startsWith("JJ") || i > 0 && (t.token(i).pos().equals("NN")
                || t.token(i).pos().equals("RB")));
        // "says WHO.": an acronym the tagger took for a pronoun is the organisation it shortens, or its own name
        if (t.token(i).pos().startsWith("W") && acronym(t.word(i))) {
            Span at = new Span(t.token(i).begin(), t.token(i).end());
            for (Agent a : agents) {
                if (a.kind() == AgentKind.ORGANIZATION && NameVariants.isAcronymOf(t.word(i), a.name()) && !a.mentions().isEmpty()) {
                    at = nearestMention(a, t.token(i).begin());
                    break;
                }
            }
            return Speaker.named(Speaker.Kind.ORGANIZATION, at, at.of(doc.text()));
        }
        if (t.token(i).isProperNoun() || adjective) {
            String w = hyphenatedWord(t, i);
            Agent best = null;
            for (Agent a : agents) {
                if (a.kind() == AgentKind.PLACE || adjective && a.kind() != AgentKind.PERSON) continue;
                if (nameWords(a).contains(w)) { best = a; break; }
            }
            if (best != null && !best.mentions().isEmpty()) {
                Span at = nearestMention(best, t.token(i).begin());
                return Speaker.named(best.kind() == AgentKind.PERSON ? Speaker.Kind.PERSON : Speaker.Kind.ORGANIZATION,
                        at, at.of(doc.text()));
            }
        }
        return null;
    }

    /**
     * "a report by UK think-tank Demos": a place, then a lower-case description, then the name; the
     * parser may stop the phrase at the place. Returns the name's first token, or -1.
     */
    int nameBehindPlace(SentenceTree t, int i) {
        EntityMention m = mentionAt[t.sentence.index()][i];
        if (m == null || !Token.isPlaceType(m.type())) return -1;
        int k = i;
        while (k + 1 < t.size() && mentionAt[t.sentence.index()][k + 1] == m) k++;
        int j = k + 1;
        while (j < t.size() && j - k <= 4
                && (t.word(j).equals("-") || !t.isPunct(j) && Character.isLowerCase(t.word(j).codePointAt(0)))) j++;
        boolean described = j > k + 1;
        return described && j < t.size() && t.token(j).isProperNoun() && Character.isUpperCase(t.word(j).codePointAt(0)) ? j : -1;
    }

    /** The speaker an agent of the article gives for the mention, or the mention itself when none does. */
    Speaker viaAgent(Speaker.Kind kind, Span span, String text) {
        Speaker s = agentFor(kind, span, text);
        return s != null ? s : Speaker.named(kind, span, text);
    }

    /** The speaker an agent of the article gives for the mention (by overlap, name or surname), or null. */
    Speaker agentFor(Speaker.Kind kind, Span span, String text) {
        for (Agent a : agents) {
            for (Span ms : a.mentions()) {
                if (ms.overlaps(span)) {
                    Speaker.Kind k = a.kind() == AgentKind.PERSON ? Speaker.Kind.PERSON : Speaker.Kind.ORGANIZATION;
                    return Speaker.named(k, ms, ms.of(doc.text()));
                }
            }
        }
        // not one of the given agents: match by name words, else keep the mention itself
        for (Agent a : agents) {
            if ((a.name().equalsIgnoreCase(text) || a.alternateNames().contains(text)) && !a.mentions().isEmpty()) {
                Span at = nearestMention(a, span.begin());
                return Speaker.named(kind, at, at.of(doc.text()));
            }
        }
        // a surname alone the grouping never saw ("Devine" tagged as an adjective): the one person who has it
        if (kind == Speaker.Kind.PERSON && !text.strip().contains(" ")) {
            Agent only = null;
            int n = 0;
            for (Agent a : agents) {
                if (a.kind() != AgentKind.PERSON || a.mentions().isEmpty()) continue;
                String[] w = a.name().split("\\s+");
                if (w.length > 1 && w[w.length - 1].equalsIgnoreCase(text.strip())) { only = a; n++; }
            }
            if (n == 1) {
                Span at = nearestMention(only, span.begin());
                return Speaker.named(kind, at, at.of(doc.text()));
            }
        }
        return null;
    }

    private static Span nearestMention(Agent a, int offset) {
        Span best = a.mentions().get(0);
        for (Span s : a.mentions()) if (s.begin() <= offset) best = s;
        return best;
    }

    /** The word token i ends, with the parts the tokenizer split at hyphens: "Lewis" in "Montoya-Lewis" gives "Montoya-Lewis". */
    private String hyphenatedWord(SentenceTree t, int i) {
        int j = i;
        while (j >= 2 && t.word(j - 1).equals("-") && t.token(j - 1).begin() == t.token(j - 2).end()
                && t.token(j).begin() == t.token(j - 1).end()) j -= 2;
        return doc.text().substring(t.token(j).begin(), t.token(i).end());
    }

    private static Set<String> nameWords(Agent a) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (String w : a.name().split("\\s+")) if (w.length() > 2 && Character.isUpperCase(w.charAt(0))) out.add(w);
        for (String n : a.alternateNames()) for (String w : n.split("\\s+")) if (w.length() > 2 && Character.isUpperCase(w.charAt(0))) out.add(w);
        return out;
    }

    boolean isEntity(SentenceTree t, int i) {
        EntityMention m = mentionAt[t.sentence.index()][i];
        return m != null && !m.type().equals("DATE") && !m.type().equals("NUMBER") && !m.type().equals("TITLE")
                || t.token(i).isProperNoun() || ACRONYM.matcher(t.word(i)).matches();   // "ACT Police", tagged NN
    }

    /** A place or a people's adjective ("UK", "German"), by the tagger's mention type. */
    boolean isPlace(SentenceTree t, int i) {
        EntityMention m = mentionAt[t.sentence.index()][i];
        return m != null && (Token.isPlaceType(m.type()) || m.type().equals("NATIONALITY"));
    }

    /** A word of two or more capital letters and nothing else ("WHO", "UN"). */
    private static boolean acronym(String word) {
        return word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
    }
}
