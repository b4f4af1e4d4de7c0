package org.newsgraph.resolve;

import org.newsgraph.text.WordLists;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a statement folded so that two outlets' renderings of one utterance compare equal:
 * case, accents, quote-mark and apostrophe styles, punctuation and white space folded; editorial
 * insertions in square brackets removed; contractions written out. An ellipsis splits the words
 * into segments (an outlet left something out there).
 *
 * @param segments word tokens, one list per ellipsis-free stretch
 * @param content  the distinct content words (function words left out)
 */
public record StatementText(List<List<String>> segments, Set<String> content) {
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\s*\\.\\s*\\.|\u2026");
    private static final Set<String> STOPWORDS = loadWords("/resolve/statement-stopwords.txt");
    private static final Map<String, String> WHOLE = new HashMap<>();
    private static final Map<String, String> ENDINGS = new LinkedHashMap<>();

    static {
        for (String line : WordLists.lines("/resolve/statement-contractions.txt")) {
            line = line.toLowerCase(java.util.Locale.ROOT);
            int eq = line.indexOf('=');
            if (eq < 0) throw new IllegalStateException("bad contraction line: " + line);
            String from = line.substring(0, eq).trim(), to = line.substring(eq + 1).trim();
            if (from.startsWith("*")) ENDINGS.put(from.substring(1), to); else WHOLE.put(from, to);
        }
    }

    public StatementText {
        segments = segments.stream().map(List::copyOf).toList();
        content = Set.copyOf(content);
    }

    public static StatementText of(String text) {
        List<List<String>> segments = new ArrayList<>();
        Set<String> content = new LinkedHashSet<>();
        if (text == null) return new StatementText(segments, content);
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = BRACKETED.matcher(s).replaceAll(" ");
        s = s.replaceAll("[\u2018\u2019\u201A\u201B\u2032\u00B4`]", "'");
        for (String part : ELLIPSIS.split(s)) {
            List<String> words = new ArrayList<>();
            for (String raw : part.split("[^\\p{L}\\p{N}']+")) {
                String w = raw.replaceAll("^'+|'+$", "");
                if (w.isEmpty()) continue;
                for (String x : expand(w).split(" ")) {
                    if (x.isEmpty()) continue;
                    words.add(x);
                    if (!STOPWORDS.contains(x)) content.add(x);
                }
            }
            if (!words.isEmpty()) segments.add(words);
        }
        return new StatementText(segments, content);
    }

    private static String expand(String w) {
        String whole = WHOLE.get(w);
        if (whole != null) return whole;
        for (Map.Entry<String, String> e : ENDINGS.entrySet()) {
            String end = e.getKey();
            if (w.length() > end.length() && w.endsWith(end)) {
                String stem = w.substring(0, w.length() - end.length());
                return e.getValue().isEmpty() ? stem : stem + " " + e.getValue();
            }
        }
        return w.replace("'", "");
    }

    /** All tokens in order. */
    public List<String> tokens() {
        List<String> all = new ArrayList<>();
        segments.forEach(all::addAll);
        return all;
    }

    public int size() {
        int n = 0;
        for (List<String> s : segments) n += s.size();
        return n;
    }

    /** The folded wording as one string (segments joined by " ... "); equal for equal wordings. */
    public String folded() {
        StringBuilder b = new StringBuilder();
        for (List<String> seg : segments) {
            if (b.length() > 0) b.append(" ... ");
            b.append(String.join(" ", seg));
        }
        return b.toString();
    }

    /**
     * Whether this wording is a fragment of {@code longer}: each segment occurs there as a
     * contiguous run of words, in order.
     */
    public boolean fragmentOf(StatementText longer) {
        List<String> hay = longer.tokens();
        int from = 0;
        for (List<String> seg : segments) {
            int at = indexOf(hay, seg, from);
            if (at < 0) return false;
            from = at + seg.size();
        }
        return !segments.isEmpty();
    }

    private static int indexOf(List<String> hay, List<String> needle, int from) {
        outer:
        for (int i = from; i + needle.size() <= hay.size(); i++) {
            for (int j = 0; j < needle.size(); j++) if (!hay.get(i + j).equals(needle.get(j))) continue outer;
            return i;
        }
        return -1;
    }

    static int intersection(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b, big = small == a ? b : a;
        int n = 0;
        for (String x : small) if (big.contains(x)) n++;
        return n;
    }

    private static Set<String> loadWords(String resource) { return WordLists.lowerSet(resource); }

}
