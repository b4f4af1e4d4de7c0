package org.newsgraph.eval;

/**
 * A reported-speech statement the system extracted.
 *
 * @param text      the reported content
 * @param evidence  the sentence(s) carrying the statement, or null
 * @param speaker   canonical name of the speaker, or null (unknown or anonymous)
 * @param anonymous true when the speaker is an unnamed source
 * @param cue       reporting verb lemma or phrase (informational; matching ignores it)
 */
public record SystemReported(String text, String evidence, String speaker, boolean anonymous, String cue) {}
