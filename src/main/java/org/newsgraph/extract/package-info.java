/**
 * Stage 3, extraction: an {@link org.newsgraph.ingest.Article} and its {@code nlp.Document} in,
 * {@link org.newsgraph.extract.ArticleFacts} out — plain immutable records (agents, statements with
 * their speakers and cues, events, event links) with character spans into the article's text.
 * {@link org.newsgraph.extract.ArticleExtractor} runs the three extractors in
 * {@code agents}, {@code statements} and {@code events}. Imports only ingest, nlp and text: never
 * CoreNLP, Jena, RDF4J or a later stage, so extractors are testable with hand-made documents and run
 * unchanged inside the Spark job.
 */
package org.newsgraph.extract;
