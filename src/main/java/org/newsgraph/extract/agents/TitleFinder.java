package org.newsgraph.extract.agents;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the job title that English news writing attaches to a person's name: before it
 * ("CIA Director John Ratcliffe", "Secretary of State Marco Rubio", "Ukraine's foreign minister,
 * Andrii Sybiha") or in an appositive after it ("Mick Mulroy, a former US deputy assistant
 * secretary of defence,"). A title is a run of modifiers and heads ending in a head, plus an
 * optional "of" complement; it is returned as stated in the text.
 */
final class TitleFinder {
    /** NER types whose names qualify a title ("US President", "CIA Director", "French President"). */
    private static final Set<String> QUALIFYING_NER = Set.of("ORGANIZATION", "LOCATION", "MISC", "COUNTRY",
            "NATIONALITY", "STATE_OR_PROVINCE", "CITY");
    private static final int MAX_COMPLEMENT = 6;

    private final AgentLexicon lex;

    TitleFinder(AgentLexicon lex) { this.lex = lex; }

    /** The title written before the name that starts at token {@code nameStart}, or null. */
    String before(String text, Sentence s, int nameStart) {
        List<Token> toks = s.tokens();
        List<String> words = words(s);
        int end = nameStart;
        boolean comma = false;
        if (end > 0 && toks.get(end - 1).word().equals(",")) { end--; comma = true; }
        int headStart = -1;
        // "secretary of defense Mick Mulroy": look for head + "of" + a short noun phrase.
        int k = end - 1;
        while (k >= 0 && end - k <= MAX_COMPLEMENT && isComplementWord(toks.get(k))) k--;
        if (k >= 1 && k < end - 1 && toks.get(k).word().equalsIgnoreCase("of")) {
            int h = lex.headEndingAt(words, k);
            if (h > 0 && isNominal(toks.get(k - 1))) headStart = k - h;
        }
        if (headStart < 0) {
            int h = lex.headEndingAt(words, end);
            if (h > 0 && isNominal(toks.get(end - 1))) headStart = end - h;
        }
        if (headStart < 0) return null;
        int start = headStart;
        while (start > 0) {
            int h = lex.headEndingAt(words, start);
            if (h > 0) { start -= h; continue; }
            Token t = toks.get(start - 1);
            if (lex.isModifier(t.word()) || qualifies(t)) start--;
            else break;
        }
        // "the president, Donald Trump": only a stand-alone noun phrase before the comma.
        if (comma && start > 0) {
            String pos = toks.get(start - 1).pos();
            if (!(pos.equals("DT") || pos.equals("POS") || pos.equals("PRP$"))) return null;
        }
        return text.substring(toks.get(start).begin(), toks.get(end - 1).end());
    }

    /** The title in an appositive after the name that ends at token {@code nameEnd} (exclusive), or null. */
    String after(String text, Sentence s, int nameEnd) {
        List<Token> toks = s.tokens();
        List<String> words = words(s);
        int n = toks.size();
        int i = nameEnd;
        if (i >= n || !toks.get(i).word().equals(",")) return null;
        i++;
        if (i < n && toks.get(i).pos().equals("DT")) i++;
        // "…, Ukraine's foreign minister,": the possessor is not part of the title.
        for (int j = i; j < Math.min(n, i + 5); j++) {
            Token t = toks.get(j);
            if (t.pos().equals("POS")) { i = j + 1; break; }
            if (!(t.isNoun() || t.pos().equals("JJ") || t.pos().equals("DT"))) break;
        }
        int start = i;
        int headEnd = -1;
        while (i < n) {
            int h = lex.headStartingAt(words, i);
            if (h > 0 && isNominal(toks.get(i + h - 1))) { i += h; headEnd = i; continue; }
            Token t = toks.get(i);
            if (lex.isModifier(t.word()) || qualifies(t)) i++;
            else break;
        }
        if (headEnd < 0) return null;
        int end = headEnd;
        if (end + 1 < n && toks.get(end).word().equalsIgnoreCase("of")) {
            int j = end + 1;
            if (toks.get(j).word().equalsIgnoreCase("the")) j++;
            int m = j;
            while (m < n && m - j < MAX_COMPLEMENT && (isComplementWord(toks.get(m)) && !toks.get(m).pos().equals("DT")
                    || m > j && isInsideName(toks, m))) m++;
            if (m > j) end = m;
        }
        // A title followed by a name belongs to that name ("Waltz, CIA Director John Ratcliffe").
        if (end < n) {
            Token next = toks.get(end);
            if (next.isNoun() || next.ner().equals("PERSON")) return null;
        }
        return text.substring(toks.get(start).begin(), toks.get(end - 1).end());
    }

    /** A title head is a noun: "to host Emmanuel Macron" names no host. */
    private static boolean isNominal(Token t) {
        return t.isNoun() || !t.isVerb() && Character.isUpperCase(t.word().codePointAt(0));
    }

    /** A word of the noun phrase after "of" in a title: "defense", "State", "the Treasury". */
    private static boolean isComplementWord(Token t) {
        if (t.ner().equals("PERSON")) return false;
        return t.isNoun() || t.pos().equals("JJ") || t.word().equalsIgnoreCase("the");
    }

    /** "for", "and" inside a multi-word name ("National Institute for Strategic Studies"). */
    private static boolean isInsideName(List<Token> toks, int m) {
        Token t = toks.get(m);
        return !t.ner().equals("O") && t.ner().equals(toks.get(m - 1).ner())
                && m + 1 < toks.size() && toks.get(m + 1).ner().equals(t.ner());
    }

    private static boolean qualifies(Token t) {
        return QUALIFYING_NER.contains(t.ner()) && !t.pos().equals("POS") && !t.word().isEmpty()
                && Character.isUpperCase(t.word().codePointAt(0));
    }

    private static List<String> words(Sentence s) {
        List<String> out = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) out.add(t.word());
        return out;
    }
}
