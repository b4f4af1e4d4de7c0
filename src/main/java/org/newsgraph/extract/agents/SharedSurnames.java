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
 * and Tim Kaine" beside "Hillary Clinton", Hillary is Hillary Clinton.
 */
final class SharedSurnames {
    private SharedSurnames() {}

    /** The person mentions with each such first name completed by the shared surname. */
    static List<NameMention> complete(Document doc, List<NameMention> people) {
        Set<String> fullFirstNames = new HashSet<>();
        for (NameMention m : people) if (m.words().size() >= 2) fullFirstNames.add(NameFolding.person(m.words().get(0)));
        List<NameMention> out = new ArrayList<>(people.size());
        for (NameMention m : people) {
            NameMention partner = m.words().size() == 1 && m.honorific() == null ? partnerAfterAnd(doc, m, people) : null;
            if (partner == null || fullFirstNames.contains(NameFolding.person(m.surface()))) { out.add(m); continue; }
            List<String> w = partner.words();
            out.add(new NameMention(m.kind(), m.nerType(), m.surface() + " " + w.get(w.size() - 1), m.span(), m.sentence(),
                    m.tokenBegin(), m.tokenEnd(), null));
        }
        return out;
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
