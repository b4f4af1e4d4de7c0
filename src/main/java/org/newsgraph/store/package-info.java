/**
 * Storage only: the TDB2 database ({@link org.newsgraph.store.GraphStore}: one named graph per article,
 * the default graph as their union, one write transaction per build), and what it already holds,
 * read back for a build ({@link org.newsgraph.store.ArticleIndex}: identifiers, content hashes and
 * identities of stored articles; {@link org.newsgraph.store.KnownFacts}: people, statements and events
 * earlier builds established).
 *
 * <p>Takes quads and SPARQL; gives query results. The last stage: it may import {@code resolve} types
 * for what it reads back, but never {@code pipeline}, {@code cli}, {@code server}, {@code eval} or
 * {@code bench}, and it does not drive ingestion, NLP or extraction (that is
 * {@link org.newsgraph.pipeline.BuildPipeline}).
 */
package org.newsgraph.store;
