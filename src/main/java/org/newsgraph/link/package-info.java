/**
 * Links resolved entities to Wikidata items, with evidence a researcher can audit.
 *
 * <p>Takes {@link org.newsgraph.link.LinkCandidate}s built from a resolved article
 * ({@link org.newsgraph.link.LinkCandidates}: names, titles, the article's date, the words around the
 * mentions, party tags such as "(D-Minn.)") and gives {@link org.newsgraph.link.EntityLink}s: a link with
 * its confidence and evidence, or no link with the candidates weighed. Linkers are chosen by name
 * from {@link org.newsgraph.link.LinkerRegistry} ("offline", "online", "off"). The offline linker reads the
 * gazetteers kept in the database folder ({@link org.newsgraph.link.GazetteerStore}, imported through
 * {@link org.newsgraph.link.GazetteerFormats}) plus the bundled verified list; reviewed decisions
 * ({@link org.newsgraph.link.ReviewedLinks}) come first.
 *
 * <p>May import ingest, nlp-free extract records, resolve and the neutral {@code org.newsgraph.text};
 * must not import rdf, store, pipeline, cli or CoreNLP and Jena RDF types (the online linker uses
 * Jena's JSON parser only).
 */
package org.newsgraph.link;
