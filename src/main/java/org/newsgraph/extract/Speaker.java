package org.newsgraph.extract;

/**
 * Who a statement is attributed to.
 *
 * @param kind        PERSON or ORGANIZATION (a named agent) or ANONYMOUS (an unnamed source)
 * @param nameSpan    for named speakers: the span of a name mention of the speaker (the antecedent
 *                    name for pronouns), used to find the Agent; null for anonymous sources
 * @param name        for named speakers: the name as written at nameSpan; for anonymous: null
 * @param description for anonymous sources: the describing phrase ("a US official",
 *                    "three sources familiar with the situation"); null otherwise
 */
public record Speaker(Kind kind, Span nameSpan, String name, String description) {
    public enum Kind { PERSON, ORGANIZATION, ANONYMOUS }

    public static Speaker named(Kind kind, Span nameSpan, String name) { return new Speaker(kind, nameSpan, name, null); }

    public static Speaker anonymous(String description) { return new Speaker(Kind.ANONYMOUS, null, null, description); }

    public boolean isAnonymous() { return kind == Kind.ANONYMOUS; }
}
