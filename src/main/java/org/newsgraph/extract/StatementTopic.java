package org.newsgraph.extract;

/** A statement (index in the article's statement list) speaks about an event (article-local key). */
public record StatementTopic(int statement, String event) {}
