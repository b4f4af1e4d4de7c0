/**
 * The build as a library: {@link org.newsgraph.pipeline.BuildPipeline} takes files and folders and
 * writes their articles into a {@link org.newsgraph.store.GraphStore}, running the stages in their one
 * direction: readers (ingest) → NLP → extract (in parallel) → resolve pass 1 (every article's facts,
 * frozen into one index) → resolve pass 2 → link → RDF ({@link org.newsgraph.pipeline.ArticleMapper})
 * → store (in input order, one transaction; no article graph is rewritten after it is written). It decides which inputs are new, changed, unchanged or duplicates, and
 * gives every article a readable identifier unique in the database.
 *
 * <p>Takes: paths, a store, settings from its builder (base IRI, linker, threads, file size limit) and a
 * {@link org.newsgraph.pipeline.BuildListener}. Gives: a {@link org.newsgraph.pipeline.BuildReport}.
 * Sits above the stages: it may import any of them, but must not import {@code cli}, {@code server},
 * {@code eval} or {@code bench} (they use it), nor picocli.
 */
package org.newsgraph.pipeline;
