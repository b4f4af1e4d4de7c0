package org.newsgraph.eval;

/**
 * A gold reported statement.
 *
 * @param speaker  canonical name, an organisation's name, or "ANONYMOUS"
 * @param cue      the reporting verb's lemma or phrase
 * @param content  a stretch of the reported content that occurs in the article
 * @param optional true when producing it or not counts neither way
 */
public record GoldReported(String speaker, String cue, String content, boolean optional) {}
