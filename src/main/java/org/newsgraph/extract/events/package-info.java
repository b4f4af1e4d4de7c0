/**
 * Events in one article, rule-based over the document model.
 *
 * <p>Takes an {@link org.newsgraph.nlp.Document} (tokens, lemmas, NER with SUTime dates read against
 * the article's date, dependencies) and the article's {@link org.newsgraph.extract.Agent}s; gives
 * {@link org.newsgraph.extract.Event}s (mentions grouped, one readable name, participants, place,
 * date, whether anchored) and the {@link org.newsgraph.extract.EventLink}s the article states.
 * Declarative data: the catalogue {@code ontology/event-types.ttl} (types, triggers, name templates)
 * and the lists under {@code src/main/resources/extract/events/} (link cues, realis cues, support
 * verbs, place nouns), read through {@link org.newsgraph.text.WordLists}.
 *
 * <p>One class per concern: {@link org.newsgraph.extract.events.TriggerMatcher} (trigger words),
 * {@link org.newsgraph.extract.events.MentionFinder} (what a trigger names),
 * {@link org.newsgraph.extract.events.RealisFilter} (planned, possible, denied),
 * {@link org.newsgraph.extract.events.ArgumentRoles} (who, where, when),
 * {@link org.newsgraph.extract.events.EventDates} (days, never after the report),
 * {@link org.newsgraph.extract.events.MentionGrouper} (mentions of one event),
 * {@link org.newsgraph.extract.events.EventNamer} (one name),
 * {@link org.newsgraph.extract.events.EventLinker} (cause and order cues), wired by
 * {@link org.newsgraph.extract.events.EventExtractor}. Cross-article identity is not here: it is
 * {@code resolve.EventResolver}, which shares only {@link org.newsgraph.extract.EventSimilarity}.
 *
 * <p>Must not import RDF (Jena models other than reading the catalogue's Turtle), CoreNLP types,
 * or any later stage (resolve, link, rdf, store).
 */
package org.newsgraph.extract.events;
