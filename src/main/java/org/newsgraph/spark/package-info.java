/**
 * newsgraph on Apache Spark ({@code spark-build}). Takes the inputs of {@code build} (folders of
 * .txt/.html/.json/.jsonl as local paths or on any Hadoop file system, read with the {@code ingest}
 * readers and given {@code build}'s identity) and Parquet files with a text column;
 * gives a folder of gzip N-Quads parts ({@code part-NNNNN.nq.gz}), one named graph per article plus
 * the resolution graph, with the IRIs and quads a single-machine {@code build} of the same inputs
 * gives, for {@code load}.
 *
 * <p>Ingest, NLP and extraction, the expensive per-article part, run on the executors with the code
 * {@code build} uses (one CoreNLP pipeline per executor JVM, loaded lazily inside the partition
 * function, never serialised). Cross-article resolution runs as keyed stages on the executors with the
 * round functions {@code build} uses ({@code resolve.AgentRounds}, {@code resolve.ResolutionRounds}):
 * agent groups (connected components of the agents' state keys, {@link org.newsgraph.spark.Components};
 * {@link org.newsgraph.spark.AgentStages}), then speakers, event types and entities
 * ({@link org.newsgraph.spark.RoundStages}); each article meets its ids and its entities' names and is mapped
 * (offline-gazetteer linking, RDF) on the executors with {@code pipeline.ArticleMapper}
 * ({@link org.newsgraph.spark.ResolutionPasses}). The driver gets counts, the names of repeated inputs and
 * the N-Quads blocks, which it writes as the parts.
 *
 * <p>Sits above the stages (ingest … store) and must not import {@code server}, {@code eval} or
 * {@code bench}, nor {@code cli} (which imports this package for the {@code spark-build} command). It runs
 * the stages through {@code pipeline.BuildPipeline}. {@link org.newsgraph.spark.JdkStax} keeps Jena's XML
 * parsing working with Spark's Hadoop on the class path (for every command of the jar).
 */
package org.newsgraph.spark;
