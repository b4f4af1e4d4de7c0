package org.newsgraph.nlp;

/**
 * A basic/enhanced++ dependency edge between two tokens of one sentence (0-based token indexes).
 * The root edge has governor -1 and relation "root".
 */
public record Dependency(int governor, int dependent, String relation) {}
