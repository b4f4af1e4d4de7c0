package org.newsgraph.eval;

import org.newsgraph.text.NameFolding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A gold-free look at the people of a whole build, for corpora annotated only for attribution
 * (PolNeAR): the kinds of person node that are wrong whatever the annotation says. Independent of
 * the extraction rules on purpose, so it finds what they let through.
 * <ul>
 * <li><b>surname duplicates</b>: a person named by one word that is the surname of a full-named
 *     person of the corpus who dominates it: the only full-named person with that surname, or named
 *     in at least twice as many articles as any other ("Obama" beside "Barack Obama");</li>
 * <li><b>all capitals</b>: a name of four or more letters all in capitals ("JEB BUSH");</li>
 * <li><b>run together</b>: a lower-case letter followed by a capital inside a word, not after a
 *     name particle ("BurrJeb", but not "McConnell", "DeVos", "LeBron");</li>
 * <li><b>broken encoding</b>: what is left of a wrong decoding that lost bytes before the text
 *     reached us ("RaÃol"), which ingest cannot repair; counted apart from words run together,
 *     which its capital "Ã" would otherwise look like;</li>
 * <li><b>long</b>: five words or more, the shape of a headline fragment ("Hillary Clinton Drops Into
 *     Detroit"); reported, not judged, since some real names are that long.</li>
 * </ul>
 */
public record PeopleCheck(int people, List<String> surnameDuplicates, List<String> allCapitals,
                          List<String> runTogether, List<String> brokenEncoding, List<String> longNames) {
    private static final Pattern RUN_TOGETHER = Pattern.compile("\\p{Ll}\\p{Lu}");
    /** UTF-8 lead bytes read as Windows-1252 ("Ã", "Â", "â€") and the replacement character */
    private static final Pattern BROKEN_ENCODING = Pattern.compile("[ÃÂ]|â€|\uFFFD");

    public PeopleCheck {
        surnameDuplicates = List.copyOf(surnameDuplicates);
        allCapitals = List.copyOf(allCapitals);
        runTogether = List.copyOf(runTogether);
        brokenEncoding = List.copyOf(brokenEncoding);
        longNames = List.copyOf(longNames);
    }

    /** A person of the corpus: canonical name and the number of articles that mention it. */
    public record CorpusPerson(String name, int articles) {}

    public static PeopleCheck of(List<CorpusPerson> people) {
        Map<String, List<CorpusPerson>> fullBySurname = new HashMap<>();
        for (CorpusPerson p : people) {
            String[] w = NameFolding.person(p.name()).split(" ");
            if (w.length >= 2) fullBySurname.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>()).add(p);
        }
        List<String> dup = new ArrayList<>(), caps = new ArrayList<>(), glued = new ArrayList<>(), broken = new ArrayList<>(),
                longer = new ArrayList<>();
        for (CorpusPerson p : people) {
            String folded = NameFolding.person(p.name());
            if (NameFolding.words(folded) == 1) {
                CorpusPerson full = dominant(fullBySurname.getOrDefault(folded, List.of()));
                if (full != null) dup.add(p.name() + " (" + p.articles() + ") ~ " + full.name() + " (" + full.articles() + ")");
            }
            if (allCapitals(p.name())) caps.add(p.name());
            if (BROKEN_ENCODING.matcher(p.name()).find()) broken.add(p.name());
            else if (runTogether(p.name())) glued.add(p.name());
            if (p.name().strip().split("\\s+").length >= 5) longer.add(p.name());
        }
        return new PeopleCheck(people.size(), dup, caps, glued, broken, longer);
    }

    private static CorpusPerson dominant(List<CorpusPerson> full) {
        if (full.isEmpty()) return null;
        List<CorpusPerson> sorted = new ArrayList<>(full);
        sorted.sort((a, b) -> Integer.compare(b.articles(), a.articles()));
        return sorted.size() == 1 || sorted.get(0).articles() >= 2 * sorted.get(1).articles() ? sorted.get(0) : null;
    }

    static boolean allCapitals(String name) {
        long letters = name.codePoints().filter(Character::isLetter).count();
        return letters >= 4 && name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    static boolean runTogether(String name) {
        for (String word : name.split("\\s+")) {
            var m = RUN_TOGETHER.matcher(word);
            while (m.find()) {
                if (!NameFolding.capitalAfterParticle(word, m.start() + 1)) return true;
            }
        }
        return false;
    }

    /** Counts on one line each; with {@code verbose} the names after each count. */
    public String toText(boolean verbose) {
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%npeople (whole build): %d%n", people));
        line(b, "one-word surname of a dominant full name", surnameDuplicates, verbose);
        line(b, "all capitals", allCapitals, verbose);
        line(b, "words run together", runTogether, verbose);
        line(b, "broken encoding in the source", brokenEncoding, verbose);
        line(b, "five words or more (headline-like)", longNames, verbose);
        return b.toString().replace("\n", nl);
    }

    private static void line(StringBuilder b, String label, List<String> names, boolean verbose) {
        b.append(String.format(Locale.ROOT, "  %-42s %d%n", label, names.size()));
        if (verbose) for (String n : names) b.append("    ").append(n).append('\n');
    }
}
