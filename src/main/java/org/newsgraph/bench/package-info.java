/**
 * The benchmark: synthetic corpora (bundled paragraphs recombined with invented names and dates),
 * built through the same code path as {@code build}, with throughput, heap and start-up figures and
 * the stock CoreNLP pipeline as a side-by-side reference. Takes a corpus size; gives a Markdown and
 * JSON report under {@code target/bench/}. Sits above the build stages; must not import cli.
 */
package org.newsgraph.bench;
