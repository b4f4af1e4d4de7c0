package org.newsgraph.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of one gold article.
 *
 * @param article       the article id (file stem)
 * @param inSystem      false when the system produced nothing for this article
 * @param counts        TP/FP/FN per metric
 * @param misses        required gold quotes, reported statements and people the system did not find
 * @param wrongSpeakers system items whose words matched a gold item but whose speaker did not
 * @param extras        system items matching no gold item (false positives of the span/content metrics)
 */
public record ArticleReport(String article, boolean inSystem, Map<Metric, Counts> counts, List<Item> misses,
                            List<WrongSpeaker> wrongSpeakers, List<Item> extras) {
    public ArticleReport {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
        misses = List.copyOf(misses);
        wrongSpeakers = List.copyOf(wrongSpeakers);
        extras = List.copyOf(extras);
    }

    public Counts get(Metric m) { return counts.getOrDefault(m, Counts.ZERO); }

    /** A quote, reported statement or person, with its speaker (null for people / unknown speaker). */
    public record Item(String kind, String text, String speaker) {}

    /** A match on the words with a disagreeing speaker. */
    public record WrongSpeaker(String kind, String systemText, String systemSpeaker, String goldText, String goldSpeaker) {}
}
