package org.newsgraph.extract;

/** What sort of named agent a mention refers to. */
public enum AgentKind { PERSON, ORGANIZATION, PLACE }
