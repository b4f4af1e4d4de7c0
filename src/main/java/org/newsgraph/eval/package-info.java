/**
 * Scoring the graph against annotated news: gold files in the project's format
 * ({@link org.newsgraph.eval.GoldFile}, {@link org.newsgraph.eval.Scorer}) and, in
 * {@code eval.polnear}, PolNeAR's BRAT attributions. System output is read back from the store by
 * SPARQL ({@link org.newsgraph.eval.GraphOutput}), so the scores measure what users query.
 *
 * <p>Takes: a built {@link org.newsgraph.store.GraphStore} and gold annotations. Gives: reports with
 * P/R/F1 per article and overall (text or JSON). Sits above the pipeline stages; must not import the
 * CLI. Building the articles is the caller's job (the {@code eval} command).
 */
package org.newsgraph.eval;
