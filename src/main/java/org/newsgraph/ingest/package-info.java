/**
 * The first stage: files to {@link org.newsgraph.ingest.Article}s. {@code SourceFinder} finds input files;
 * one {@link org.newsgraph.ingest.ArticleReader} per format (txt, html, json, jsonl), found by extension
 * through {@link org.newsgraph.ingest.ArticleReaders} ({@code ServiceLoader}), reads a file; the
 * {@link org.newsgraph.ingest.ArticleAssembler} cleans the text and completes the metadata; {@code TextDecoder}
 * detects the encoding and {@code Mojibake} repairs text misread on its way ("â€™" for "’"). Each article
 * carries its {@link org.newsgraph.ingest.Origin}: its identity (URL, else id, else file path) and the
 * source it was derived from.
 *
 * <p>Takes: paths, or an {@link org.newsgraph.ingest.InputFile} (a URI of any file system, e.g. HDFS, read
 * by the caller) and its bytes. Gives: articles with cleaned text and metadata, and one-line problems for
 * what could not be read (a bad record costs only itself). Imports no other newsgraph stage (only
 * neutral helpers); never RDF, CoreNLP or store types.
 */
package org.newsgraph.ingest;
