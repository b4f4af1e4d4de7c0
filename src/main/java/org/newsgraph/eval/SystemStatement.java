package org.newsgraph.eval;

/**
 * A statement as the graph reports it in one article, with or without a known speaker (the row
 * shape of the reference query {@code statements.rq}).
 *
 * @param article   the article identifier (file stem)
 * @param speaker   the speaker's schema:name, or null
 * @param anonymous whether the speaker is an ng:AnonymousSource
 * @param cue       the cue as the article gives it, or null
 */
public record SystemStatement(String article, String text, String speaker, boolean anonymous, String cue) {}
