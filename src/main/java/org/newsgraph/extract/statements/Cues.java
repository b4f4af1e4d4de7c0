package org.newsgraph.extract.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declarative word lists of statement extraction, loaded from
 * {@code src/main/resources/extract/statements/}. Immutable and shared.
 */
public final class Cues {
    private static final String DIR = "/extract/statements/";
    private static volatile Cues defaults;

    final Set<String> speechVerbs;
    final Set<String> objectContentVerbs;
    final Set<String> negatingVerbs;
    final Set<String> anonymousHeads;
    final Set<String> institutionHeads;
    final Set<String> reportNouns;
    final Set<String> statementNouns;
    final Set<String> pronouns;
    final Set<String> nonSpeechQuoteMarkers;
    final Set<String> predicativeQuoteVerbs;
    final Set<String> companyHeads;
    final Set<String> roleNouns;
    /** addressee rule kind ("object", "to", "medium") -> lemmas */
    final Map<String, Set<String>> addressees;

    private Cues() {
        speechVerbs = words("speech-verbs.txt");
        objectContentVerbs = words("object-content-verbs.txt");
        negatingVerbs = words("negating-verbs.txt");
        anonymousHeads = words("anonymous-heads.txt");
        institutionHeads = words("institution-heads.txt");
        reportNouns = words("report-nouns.txt");
        statementNouns = words("statement-nouns.txt");
        pronouns = words("pronouns.txt");
        nonSpeechQuoteMarkers = words("non-speech-quote-markers.txt");
        predicativeQuoteVerbs = words("predicative-quote-verbs.txt");
        companyHeads = words("company-heads.txt");
        roleNouns = words("role-nouns.txt");
        Map<String, Set<String>> a = new HashMap<>();
        for (String line : lines("addressees.txt")) {
            String[] f = line.split("\\s+", 2);
            if (f.length == 2) a.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1].trim());
        }
        a.replaceAll((k, v) -> Set.copyOf(v));
        addressees = Map.copyOf(a);
    }

    /** The bundled lists (loaded once). */
    public static Cues defaults() {
        Cues c = defaults;
        if (c == null) {
            synchronized (Cues.class) {
                if (defaults == null) defaults = new Cues();
                c = defaults;
            }
        }
        return c;
    }

    public boolean isSpeechVerb(String lemma) { return speechVerbs.contains(lemma.toLowerCase()); }

    boolean addressee(String kind, String lemma) {
        return addressees.getOrDefault(kind, Set.of()).contains(lemma.toLowerCase());
    }

    private static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        for (String l : lines(file)) out.add(l.toLowerCase());
        return Set.copyOf(out);
    }

    private static List<String> lines(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Cues.class.getResourceAsStream(DIR + file)) {
            if (in == null) throw new IllegalStateException("missing resource " + DIR + file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                line = line.strip();
                if (!line.isEmpty()) out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
