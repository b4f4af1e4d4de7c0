package org.newsgraph.extract.agents;

import org.newsgraph.nlp.Document;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.NameFolding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Khizr and Ghazala Khan", "David and Charles Koch": news names two people who share a surname by
 * their first names joined with "and" before the one surname. The tagger gives the first person as
 * a first name alone; that person is named with the surname after the second.
 *
 * <p>Only when no one of the article has that first name with a full name of their own: in "Hillary
 * and Tim Kaine" beside "Hillary Clinton", Hillary is Hillary Clinton. And only when the article does
 * not write that word as a surname: after a title ("President Obama and Hillary Clinton"), as the
 * last word of someone's full name ("Barack Obama"), or alone as a person elsewhere ("Obama said"),
 * it is a person of its own, not "Obama Clinton".
 */
final class SharedSurnames {
    private SharedSurnames() {}

    /** The person mentions with each such first name completed by the shared surname. */
    static List<NameMention> complete(Document doc, List<NameMention> people, AgentLexicon lex) {
        Set<String> fullFirstNames = new HashSet<>(), surnames = new HashSet<>();
        for (NameMention m : people) {
            if (m.words().size() < 2) continue;
            fullFirstNames.add(NameFolding.person(m.words().get(0)));
            surnames.add(NameFolding.person(m.words().get(m.words().size() - 1)));
        }
        List<NameMention> out = new ArrayList<>(people.size());
        for (NameMention m : people) {
            NameMention partner = m.words().size() == 1 && m.honorific() == null ? partnerAfterAnd(doc, m, people) : null;
            String word = NameFolding.person(m.surface());
            if (partner == null || fullFirstNames.contains(word) || surnames.contains(word) || afterTitle(doc, m, lex)
                    || standsAloneElsewhere(doc, m, people)) {
                out.add(m);
                continue;
            }
            List<String> w = partner.words();
            out.add(new NameMention(m.kind(), m.nerType(), m.surface() + " " + w.get(w.size() - 1), m.span(), m.sentence(),
                    m.tokenBegin(), m.tokenEnd(), null));
        }
        return out;
    }

    /** "President Obama": a title right before the word makes it a surname. */
    private static boolean afterTitle(Document doc, NameMention m, AgentLexicon lex) {
        List<String> words = doc.sentences().get(m.sentence()).tokens().stream().map(Token::word).toList();
        return lex.headEndingAt(words, m.tokenBegin()) > 0;
    }

    /** The same one-word person mention elsewhere, not itself before "and" and a full name. */
    private static boolean standsAloneElsewhere(Document doc, NameMention m, List<NameMention> people) {
        String word = NameFolding.person(m.surface());
        for (NameMention n : people) {
            if (n != m && n.words().size() == 1 && NameFolding.person(n.surface()).equals(word)
                    && partnerAfterAnd(doc, n, people) == null) return true;
        }
        return false;
    }

    /** The two-word-or-longer person mention right after "{@code m} and", or null. */
    private static NameMention partnerAfterAnd(Document doc, NameMention m, List<NameMention> people) {
        List<Token> tokens = doc.sentences().get(m.sentence()).tokens();
        int and = m.tokenEnd();
        if (and + 1 >= tokens.size() || !tokens.get(and).word().equals("and")) return null;
        for (NameMention n : people) {
            if (n.sentence() == m.sentence() && n.tokenBegin() == and + 1 && n.words().size() >= 2) return n;
        }
        return null;
    }
}
