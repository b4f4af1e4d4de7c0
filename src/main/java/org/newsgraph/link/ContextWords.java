package org.newsgraph.link;

import org.newsgraph.text.NameFolding;
import org.newsgraph.text.WordLists;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The content words of a name, title or nearby text, as both linkers compare them: folded like names,
 * without the function words of {@code link/context-stopwords.txt}.
 */
final class ContextWords {
    private static final Set<String> STOPWORDS = WordLists.lowerSet("/link/context-stopwords.txt");

    private ContextWords() {}

    static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NameFolding.surface(text).split(" "))
            if (!w.isEmpty() && !STOPWORDS.contains(w)) out.add(w);
        return out;
    }

    static boolean isStopword(String lowerCaseWord) {
        return STOPWORDS.contains(lowerCaseWord);
    }

    /** Same word, allowing a shared stem of six letters ("Ukrainian"/"Ukraine", "senator"/"senators"). */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) return true;
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
        return n >= 6;
    }
}
