/**
 * Saved SPARQL queries and running them: the {@code queries/*.rq} files bundled in the jar (each
 * opening with {@code # title:} and {@code # description:}) and a runner that binds parameters
 * safely and formats results as table, CSV, TSV or SPARQL 1.1 JSON.
 * Takes a Jena dataset; gives result rows. Sits above the build stages; must not import cli or server.
 */
package org.newsgraph.query;
