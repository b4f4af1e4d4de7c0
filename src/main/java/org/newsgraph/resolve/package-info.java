/**
 * Stage 4, cross-article identity: {@code extract.ArticleFacts} in (plus what earlier builds
 * established), a {@link org.newsgraph.resolve.ResolvedArticle} out that carries every content-derived
 * id the RDF mapping needs — one person across articles (spelling variants folded, surname-only
 * mentions resolved to a clearly dominant namesake), one statement reported by several outlets, one
 * event mentioned by several articles ({@link org.newsgraph.resolve.EventResolver}). Ids are derived
 * from content, never from input order ({@link org.newsgraph.resolve.Ids}). Imports extract and text
 * only; never link, rdf, store or anything above.
 */
package org.newsgraph.resolve;
