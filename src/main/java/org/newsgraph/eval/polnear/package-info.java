/**
 * PolNeAR evaluation: reads a split's BRAT standoff attributions ({@link org.newsgraph.eval.polnear.PolnearReader})
 * and scores statements read back from the graph against them ({@link org.newsgraph.eval.polnear.PolnearScorer})
 * with the reference scorer's text rules ({@link org.newsgraph.eval.polnear.ReferenceText}).
 *
 * <p>Takes: a split directory and {@link org.newsgraph.eval.SystemStatement}s. Gives: a
 * {@link org.newsgraph.eval.polnear.PolnearReport}. Must not import the pipeline stages or the CLI;
 * building the texts is the caller's job.
 */
package org.newsgraph.eval.polnear;
