/**
 * Serving: the built graph over HTTP with embedded Apache Jena Fuseki and its web UI, plus the
 * read-only explorer at {@code /explore/}.
 *
 * <p>Takes a {@link org.apache.jena.sparql.core.DatasetGraph} (from the store) and
 * {@link org.newsgraph.server.ServerOptions}; gives a running {@link org.newsgraph.server.NewsServer}
 * with the dataset {@code /news}. The explorer's pages (classpath {@code /explore/}) are static files
 * whose data all comes from SPARQL against {@code /news/sparql}; the queries they issue live in
 * {@code /explore/sparql/*.rq}. Saved queries come from {@link org.newsgraph.query.NamedQueries}.
 *
 * <p>Must not import the build stages (ingest, nlp, extract, resolve, link, rdf) or the CLI: serving
 * reads a finished graph and never writes one.
 */
package org.newsgraph.server;
