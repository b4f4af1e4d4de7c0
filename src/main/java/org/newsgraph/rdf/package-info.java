/**
 * Stage 6, RDF: resolved articles and Wikidata links in, quads out — emitted into a
 * {@link org.newsgraph.rdf.QuadSink} (one named graph per article, cross-article results in
 * {@code <base>graph/resolution}). Also the vocabulary constants ({@link org.newsgraph.rdf.Vocab}, the
 * only place namespace IRIs live), IRI minting, export formats, SHACL validation and the ontology
 * resources. Imports earlier stages (ingest, extract, resolve, link) and text; never store, pipeline
 * or anything above.
 */
package org.newsgraph.rdf;
