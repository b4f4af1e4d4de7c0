package org.newsgraph.eval;

/**
 * A gold quotation.
 *
 * @param speaker  canonical name, an organisation's name, or "ANONYMOUS"
 * @param text     the words between the marks
 * @param type     "direct" or "partial"
 * @param optional true when producing it or not counts neither way
 */
public record GoldQuote(String speaker, String text, String type, boolean optional) {}
