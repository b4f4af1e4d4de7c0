package org.newsgraph.eval.polnear;

/**
 * What the PolNeAR scores measure, each over the speech-cue attributions and over all of them.
 * "Overlap" content matching is the reference scorer's; "exact" needs identical word sequences.
 * Source and cue are judged on the content matches (see {@link PolnearScorer}).
 */
public enum PolnearMetric {
    CONTENT("content"),
    /** content with pieces of a matched attribution neutral (see {@link PolnearScorer}) */
    CONTENT_PIECES("content-pieces-neutral"),
    CONTENT_EXACT("content-exact"),
    NAMED_SOURCE("named-source"),
    NAMED_SOURCE_EXACT("named-source-exact"),
    NAMED_SOURCE_IN_SPAN("named-source-in-span"),
    CUE("cue"),
    CUE_EXACT("cue-exact");

    private final String key;

    PolnearMetric(String key) { this.key = key; }

    public String key() { return key; }
}
