package org.newsgraph.extract.statements;

import java.util.List;
import java.util.Set;

/**
 * Describing phrases of unnamed sources ("a source familiar with the situation", "a US official"),
 * and the back-reference of "one" / "another" to the sources introduced before.
 */
final class SourceDescriptions {
    /** Clause-level dependents that are not part of how the source is described. */
    private static final Set<String> CLAUSES = Set.of("acl:relcl", "parataxis", "punct", "dep", "advcl", "cc", "conj");

    private final String text;
    private final Cues cues;
    private String lastDescription;

    SourceDescriptions(String text, Cues cues) {
        this.text = text;
        this.cues = cues;
    }

    /** The phrase headed by token h, as written; "one"/"another" alone point back to the last sources. */
    String describe(SentenceTree t, int h) {
        int b = h, e = h;
        for (int c : t.children(h)) {
            // The preposition that introduces the source ("according to sources") is not its description.
            if (CLAUSES.contains(t.rel(c)) || t.rel(c).startsWith("case")) continue;
            // nor is what it says ("with forecasters warning that …": the participle of saying is the cue)
            if (t.rel(c).equals("acl") && t.token(c).pos().equals("VBG") && cues.isSpeechVerb(t.lemma(c))) continue;
            List<Integer> sub = t.subtree(c);
            boolean crossesComma = false;
            for (int k : sub) if (t.isPunct(k) && t.word(k).equals(",")) crossesComma = true;
            if (crossesComma) continue;
            b = Math.min(b, sub.get(0));
            e = Math.max(e, sub.get(sub.size() - 1));
        }
        String phrase = text.substring(t.token(b).begin(), t.token(e).end());
        String lemma = t.lemma(h);
        boolean bare = b == e && (lemma.equals("one") || lemma.equals("another"));
        if (bare && lastDescription != null) return phrase.toLowerCase() + " of " + lastDescription;
        if (!bare) lastDescription = decapitalise(phrase);
        return phrase;
    }

    private static String decapitalise(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
