package org.newsgraph.eval.polnear;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which attributions the PolNeAR scores count as speech, and which sources are names. The cue word
 * list is {@code src/main/resources/eval/polnear-speech-cues.txt}.
 */
public final class SpeechCues {
    private static final Set<String> CUES = load("/eval/polnear-speech-cues.txt");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "his", "her", "their",
            "him", "them", "you");

    private SpeechCues() {}

    /** Any word of the cue is a verb of saying ("said", "according" in "according to", "told"). */
    public static boolean isSpeech(String cue) {
        for (String t : ReferenceText.tokens(cue)) if (CUES.contains(t)) return true;
        return false;
    }

    /** A source that names someone: not empty, not only pronouns, with at least one capital letter. */
    public static boolean isNamed(String source) {
        if (source == null || source.isEmpty()) return false;
        List<String> t = ReferenceText.tokens(source);
        return !PRONOUNS.containsAll(t) && source.codePoints().anyMatch(Character::isUpperCase);
    }

    private static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = SpeechCues.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
