/**
 * The benchmark: synthetic corpora (bundled paragraphs recombined with invented names and dates),
 * built through the same code path as {@code build}, with throughput, heap and start-up figures and
 * the stock CoreNLP pipeline as a side-by-side reference. Takes a corpus size; gives a Markdown and
 * JSON report under {@code target/bench/}. The stock pipeline runs with CoreNLP's default and with its
 * statistical coreference. NLP measurement tools with their own {@code main}: {@link
 * org.newsgraph.bench.AnnotatorProfile} (per-annotator thread CPU and allocation), {@link
 * org.newsgraph.bench.NlpParity} (lean against full NLP settings), {@link org.newsgraph.bench.ModelLoad}
 * (model load in a fresh JVM). Sits above the build stages; must not import cli.
 */
package org.newsgraph.bench;
