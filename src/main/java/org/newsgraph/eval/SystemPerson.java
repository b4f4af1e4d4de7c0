package org.newsgraph.eval;

/** A person the system found in an article, by canonical name. */
public record SystemPerson(String name) {}
