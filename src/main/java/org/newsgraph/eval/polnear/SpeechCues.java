package org.newsgraph.eval.polnear;

import org.newsgraph.text.WordLists;

import java.util.List;
import java.util.Set;

/**
 * Which attributions the PolNeAR scores count as speech, and which sources are names. The cue word
 * list is {@code src/main/resources/eval/polnear-speech-cues.txt}.
 */
public final class SpeechCues {
    private static final Set<String> CUES = WordLists.lowerSet("/eval/polnear-speech-cues.txt");
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

}
