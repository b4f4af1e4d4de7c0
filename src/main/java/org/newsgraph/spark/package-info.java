/**
 * newsgraph on Apache Spark ({@code spark-build}). Takes the inputs of {@code build} (folders of
 * .txt/.html/.json/.jsonl on a local or shared file system) and Parquet files with a text column;
 * gives a folder of gzip N-Quads parts ({@code part-NNNNN.nq.gz}), one named graph per article plus
 * the resolution graph, with the IRIs and quads a single-machine {@code build} of the same inputs
 * gives, for {@code load}.
 *
 * <p>Ingest, NLP and extraction, the expensive per-article part, run on the executors with the code
 * {@code build} uses (one CoreNLP pipeline per executor JVM, loaded lazily inside the partition
 * function, never serialised). Cross-article resolution runs as {@code build}'s two passes
 * ({@link org.newsgraph.spark.ResolutionPasses}): the text-free facts are collected and frozen into one
 * index on the driver, which is broadcast; linking (offline gazetteer) and the RDF mapping then run per
 * partition on the executors with {@code pipeline.ArticleMapper}, and the driver writes the parts.
 *
 * <p>Sits above the stages (ingest … store) and must not import {@code server}, {@code eval} or
 * {@code bench}. It runs the stages through {@code pipeline.BuildPipeline}; it uses {@code cli.JdkStax},
 * so {@code cli} looks this package up by name instead of importing it.
 */
package org.newsgraph.spark;
