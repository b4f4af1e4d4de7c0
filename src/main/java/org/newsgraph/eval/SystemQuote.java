package org.newsgraph.eval;

/**
 * A quotation the system extracted.
 *
 * @param text      the quoted words
 * @param speaker   canonical name of the speaker, or null (unknown or anonymous)
 * @param anonymous true when the speaker is an unnamed source
 * @param type      "direct" or "partial" (informational; matching ignores it)
 */
public record SystemQuote(String text, String speaker, boolean anonymous, String type) {}
