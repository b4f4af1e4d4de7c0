package org.newsgraph.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one reader of the project's declarative lists (cue verbs, titles, furniture patterns, …).
 * One syntax for all of them: UTF-8, one entry a line, surrounding white space stripped, blank
 * lines and lines starting with {@code #} ignored. Tab-separated files use the same rules.
 * Resources are absolute class-path names such as {@code /extract/statements/speech-verbs.txt}.
 */
public final class WordLists {
    private WordLists() {}

    /** The entries of a class-path resource, in file order. */
    public static List<String> lines(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return lines(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** The entries of any reader (an imported file, a test string), with the same syntax. */
    public static List<String> lines(Reader reader) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        for (String line; (line = r.readLine()) != null; ) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
        }
        return List.copyOf(out);
    }

    /** The entries lower-cased, as a set (word lists compared case-insensitively). */
    public static Set<String> lowerSet(String resource) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : lines(resource)) out.add(l.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    /** Each entry a case-insensitive regular expression. */
    public static List<Pattern> patterns(String resource) {
        return lines(resource).stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    /** Tab-separated rows, each field stripped. */
    public static List<String[]> rows(String resource) {
        return lines(resource).stream().map(WordLists::fields).toList();
    }

    /** Splits one tab-separated line into stripped fields (keeps empty trailing fields). */
    public static String[] fields(String line) {
        String[] f = line.split("\t", -1);
        for (int i = 0; i < f.length; i++) f[i] = f[i].strip();
        return f;
    }

    /** A whole class-path resource as text (queries, templates). */
    public static String text(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }
}
