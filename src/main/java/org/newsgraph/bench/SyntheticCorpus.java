package org.newsgraph.bench;

import org.newsgraph.text.Hashes;

import org.newsgraph.text.WordLists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A benchmark corpus of any size that reads like real news: every article recombines prose paragraphs
 * of the bundled demo corpus (classpath {@code /corpus/}) in a new order, renames the people in it to
 * invented names (so the NLP and the resolver see many distinct speakers, not the same five), and
 * carries its own headline, byline and shifted dateline. Deterministic for a seed; articles are written
 * one at a time so memory does not grow with {@code n}; every article has a distinct text.
 */
public final class SyntheticCorpus {
    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("MMM dd, yyyy", Locale.ENGLISH);
    private static final LocalDate BASE_DATE = LocalDate.of(2025, 3, 6);
    // A capitalised word; an apostrophe only inside a name (O'Neill), never the possessive 's.
    private static final String CAP = "\\p{Lu}(?:\\p{L}|-|['’](?=\\p{Lu}))*\\p{Ll}\\p{L}*|\\p{Lu}{2}";
    private static final Pattern BIGRAM = Pattern.compile("(?=(?<![\\p{L}'’-])(" + CAP + ") (" + CAP + ")(?![\\p{L}]))");

    /** A person as the source text names them, first and family name. */
    record Person(String first, String last) {}

    /** The raw material: prose paragraphs, headline lines and the people named in them. */
    record Material(List<String> paragraphs, List<String> headlines, List<Person> people) {}

    private SyntheticCorpus() {}

    /**
     * Writes {@code n} articles {@code synth-00000.txt ...} into {@code dir} (created if needed).
     *
     * @return the written files, in order
     */
    public static List<Path> write(Path dir, int n, long seed) {
        Material m = material();
        List<String> firsts = WordLists.lines("/bench/first-names.txt");
        List<String> lasts = WordLists.lines("/bench/last-names.txt");
        try {
            Files.createDirectories(dir);
            List<Path> out = new ArrayList<>(n);
            Set<String> hashes = new HashSet<>();
            for (int i = 0; i < n; i++) {
                String text = null;
                for (int attempt = 0; text == null || !hashes.add(Hashes.sha256Hex(text)); attempt++) {
                    if (attempt > 100) throw new IllegalStateException("cannot make article " + i + " distinct");
                    text = article(m, firsts, lasts, new Random(mix(seed, i, attempt)), seed);
                }
                Path f = dir.resolve(String.format("synth-%05d.txt", i));
                try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                    w.write(text);
                }
                out.add(f);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One article from the seeded random source. */
    static String article(Material m, List<String> firsts, List<String> lasts, Random r, long seed) {
        // People get new names consistently within the article, distinct from each other.
        Map<String, String> rename = new HashMap<>();
        Set<String> usedLast = new HashSet<>();
        for (Person p : m.people()) {
            String last;
            do last = lasts.get(r.nextInt(lasts.size())); while (!usedLast.add(last) && usedLast.size() < lasts.size());
            rename.put(p.first() + " " + p.last(), firsts.get(r.nextInt(firsts.size())) + " " + last);
            rename.put(p.last(), last);
        }
        List<String> pool = new ArrayList<>(m.paragraphs());
        Collections.shuffle(pool, r);
        int k = Math.min(pool.size(), 5 + r.nextInt(8));
        StringBuilder sb = new StringBuilder();
        sb.append(renamed(m.headlines().get(r.nextInt(m.headlines().size())), rename)).append("\n\n");
        if (r.nextBoolean())
            sb.append("By ").append(firsts.get(r.nextInt(firsts.size()))).append(' ')
                    .append(lasts.get(r.nextInt(lasts.size()))).append("\n\n");
        LocalDate date = BASE_DATE.plusDays(Math.floorMod(seed * 31, 365) + r.nextInt(60) - 30);
        sb.append(DATELINE.format(date)).append("\n\n");
        for (int j = 0; j < k; j++) {
            sb.append(renamed(pool.get(j), rename));
            sb.append(j + 1 < k ? "\n\n" : "\n");
        }
        return sb.toString();
    }

    /** Replaces full names first, then family names standing alone. */
    static String renamed(String text, Map<String, String> rename) {
        if (rename.isEmpty()) return text;
        List<String> keys = new ArrayList<>(rename.keySet());
        keys.sort((a, b) -> Integer.compare(b.length(), a.length()));
        StringBuilder alt = new StringBuilder();
        for (String k : keys) alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(k));
        Matcher mt = Pattern.compile("(?<![\\p{L}])(?:" + alt + ")(?![\\p{L}])").matcher(text);
        StringBuilder out = new StringBuilder();
        while (mt.find()) mt.appendReplacement(out, Matcher.quoteReplacement(rename.get(mt.group())));
        mt.appendTail(out);
        return out.toString();
    }

    private static long mix(long seed, int i, int attempt) {
        long h = seed * 0x9E3779B97F4A7C15L + i * 0xC2B2AE3D27D4EB4FL + attempt * 0x165667B19E3779F9L;
        return h ^ (h >>> 31);
    }

    // ---------------------------------------------------------------------------------------------

    private static volatile Material material;

    /** Paragraphs, headlines and people of the bundled corpus (read once). */
    static Material material() {
        Material m = material;
        if (m == null) material = m = analyse(bundledTexts());
        return m;
    }

    static Material analyse(List<String> texts) {
        List<String> paragraphs = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        for (String t : texts) {
            int lineNo = 0;
            for (String line : t.split("\\R")) {
                String l = line.strip();
                if (l.isEmpty()) continue;
                int words = l.split("\\s+").length;
                // Title lines near the top: short, capitalised, no sentence-final punctuation, no date.
                if (lineNo++ < 5 && words >= 4 && words <= 20 && !l.matches(".*[.!?\"”:,]$") && !l.matches(".*\\d{4}.*"))
                    headlines.add(l);
                // Prose only: a paragraph of a dozen words or more that ends like a sentence.
                if (words >= 12 && l.matches(".*[.!?\"”’)]$")) paragraphs.add(l);
            }
        }
        if (headlines.isEmpty()) headlines.add("News update");
        return new Material(List.copyOf(new LinkedHashSet<>(paragraphs)), List.copyOf(new LinkedHashSet<>(headlines)),
                people(String.join("\n", paragraphs)));
    }

    /**
     * Personal names as news writing uses them: "Given Family" introduced once, the family name then
     * used alone. A pair counts when the given name occurs only before that family name, neither word
     * occurs in lower case (so "President", "Security" and "House" are not names), the family name is
     * not itself a given name, and the family name also stands alone or the full name follows a title.
     */
    static List<Person> people(String text) {
        Map<String, Set<String>> follows = new HashMap<>();
        Map<String, Integer> pairCount = new HashMap<>();
        Matcher m = BIGRAM.matcher(text);
        while (m.find()) {
            follows.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2));
            pairCount.merge(m.group(1) + " " + m.group(2), 1, Integer::sum);
        }
        List<Person> out = new ArrayList<>();
        for (var e : follows.entrySet()) {
            String a = e.getKey();
            if (e.getValue().size() != 1) continue;
            String b = e.getValue().iterator().next();
            if (follows.containsKey(b)) continue;
            if (occurrences(text, a) != pairCount.get(a + " " + b)) continue;
            if (occurrences(text, a.toLowerCase(Locale.ROOT)) > 0 || occurrences(text, b.toLowerCase(Locale.ROOT)) > 0)
                continue;
            if (a.length() < 2 || b.length() < 3 || a.equals(a.toUpperCase(Locale.ROOT)) && b.equals(b.toUpperCase(Locale.ROOT)))
                continue;
            boolean alone = occurrences(text, b) > pairCount.get(a + " " + b);
            boolean afterTitle = Pattern.compile("\\p{L}+ \\p{Lu}\\p{Ll}+ " + Pattern.quote(a + " " + b)).matcher(text).find();
            if (alone || afterTitle) out.add(new Person(a, b));
        }
        out.sort((x, y) -> (x.first() + x.last()).compareTo(y.first() + y.last()));
        return List.copyOf(out);
    }

    private static int occurrences(String text, String word) {
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static List<String> bundledTexts() {
        URL url = SyntheticCorpus.class.getResource("/corpus/");
        if (url == null) throw new IllegalStateException("the bundled corpus /corpus/ is not on the classpath");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return readAll(fs.getPath("/corpus"));
                }
            }
            return readAll(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> readAll(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            List<String> out = new ArrayList<>();
            for (Path f : files) out.add(Files.readString(f, StandardCharsets.UTF_8));
            return out;
        }
    }
}
