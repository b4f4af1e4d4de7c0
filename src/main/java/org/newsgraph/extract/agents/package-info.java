/**
 * People, organisations and places of one article.
 *
 * <p>Takes: the article's {@link org.newsgraph.nlp.Document} (tokens, sentences, NER mentions). Gives:
 * {@link org.newsgraph.extract.Agent}s with their in-article short forms, alternate names and stated
 * job titles. {@link org.newsgraph.extract.agents.MentionCleaner} turns NER mentions into names (or
 * rejects them), {@link org.newsgraph.extract.agents.PersonGrouper} groups person mentions,
 * {@link org.newsgraph.extract.agents.NameVariants} groups organisation and place variants,
 * {@link org.newsgraph.extract.agents.TitleFinder} finds job titles; word lists are under
 * {@code src/main/resources/extract/agents/} ({@link org.newsgraph.extract.agents.AgentLexicon}).
 *
 * <p>Must not import CoreNLP, RDF (Jena) or later stages (link, rdf, store, cli …).
 */
package org.newsgraph.extract.agents;
