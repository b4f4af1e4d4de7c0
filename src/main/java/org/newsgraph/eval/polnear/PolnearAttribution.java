package org.newsgraph.eval.polnear;

/**
 * One annotated attribution: who (source), the cue, what (content), as the article's text gives
 * them (discontinuous spans joined by a space; source or cue empty when not annotated).
 *
 * @param speech whether the cue is a verb of saying ({@link SpeechCues})
 * @param named  whether the source is a name: not empty, not only pronouns, with a capital letter
 */
public record PolnearAttribution(String source, String cue, String content, boolean speech, boolean named) {}
