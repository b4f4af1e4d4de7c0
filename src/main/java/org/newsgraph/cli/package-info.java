/**
 * The picocli commands, one class each. Commands are thin: they parse options, call the library
 * (pipeline, store, query, server, eval, bench, spark: {@code spark-build} is
 * {@code spark.SparkBuild}, and {@code spark.JdkStax} is set before any command runs) and print its summary; no domain logic lives here,
 * and nothing below the command line imports this package.
 */
package org.newsgraph.cli;
