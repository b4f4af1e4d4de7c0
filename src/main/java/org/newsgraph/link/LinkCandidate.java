package org.newsgraph.link;

import org.newsgraph.extract.AgentKind;

import java.time.LocalDate;
import java.util.Set;

/**
 * One of our entities offered for linking to Wikidata.
 *
 * <p>Agents carry their {@link AgentKind}; events carry {@code kind == null} and {@code event == true}
 * (events link only through the gazetteer: open search on an event's descriptive name is too loose).
 *
 * @param entityId       our global id ("person/donald-trump", "event/...")
 * @param kind           person, organisation or place; null for an event
 * @param name           canonical name (the fullest form the articles give)
 * @param alternateNames other surface forms used for it
 * @param jobTitles      titles given to a person ("CIA Director"); empty otherwise
 * @param contextPlaces  places named alongside it (its country, the places of its articles)
 * @param event          true for an event candidate
 * @param date           the article's publication date (positions are weighed as held on it), or null
 * @param nearbyText     the article's text around its mentions (party and place named nearby), or ""
 * @param affiliations   party-and-place tags written right after a mention, as written ("D-Minn.", "R-Texas")
 */
public record LinkCandidate(String entityId, AgentKind kind, String name, Set<String> alternateNames,
                            Set<String> jobTitles, Set<String> contextPlaces, boolean event, LocalDate date,
                            String nearbyText, Set<String> affiliations) {
    public LinkCandidate {
        nearbyText = nearbyText == null ? "" : nearbyText;
        affiliations = affiliations == null ? Set.of() : Set.copyOf(affiliations);
        if (event != (kind == null))
            throw new IllegalArgumentException("an event has no AgentKind and an agent needs one: " + entityId);
        alternateNames = alternateNames == null ? Set.of() : Set.copyOf(alternateNames);
        jobTitles = jobTitles == null ? Set.of() : Set.copyOf(jobTitles);
        contextPlaces = contextPlaces == null ? Set.of() : Set.copyOf(contextPlaces);
    }

    /** An agent (person, organisation, place). */
    public LinkCandidate(String entityId, AgentKind kind, String name, Set<String> alternateNames,
                         Set<String> jobTitles, Set<String> contextPlaces) {
        this(entityId, kind, name, alternateNames, jobTitles, contextPlaces, false, null, "", Set.of());
    }

    /** An agent as one article presents it: its date and the words around its mentions. */
    public LinkCandidate(String entityId, AgentKind kind, String name, Set<String> alternateNames,
                         Set<String> jobTitles, Set<String> contextPlaces, LocalDate date, String nearbyText,
                         Set<String> affiliations) {
        this(entityId, kind, name, alternateNames, jobTitles, contextPlaces, false, date, nearbyText, affiliations);
    }

    /** An agent candidate with no event flag check (tests of the record's own rule). */
    public LinkCandidate(String entityId, AgentKind kind, String name, Set<String> alternateNames,
                         Set<String> jobTitles, Set<String> contextPlaces, boolean event) {
        this(entityId, kind, name, alternateNames, jobTitles, contextPlaces, event, null, "", Set.of());
    }

    /** An event, e.g. "Russian invasion of Ukraine". */
    public static LinkCandidate event(String entityId, String name, Set<String> alternateNames) {
        return new LinkCandidate(entityId, null, name, alternateNames, Set.of(), Set.of(), true, null, "", Set.of());
    }

    /** "person", "organization", "place" or "event": the kind column of the gazetteer. */
    public String kindName() {
        if (event) return "event";
        return switch (kind) {
            case PERSON -> "person";
            case ORGANIZATION -> "organization";
            case PLACE -> "place";
        };
    }
}
