/**
 * Stage 4, cross-article identity: {@code extract.ArticleFacts} in (plus what earlier builds
 * established), a {@link org.newsgraph.resolve.ResolvedArticle} out that carries every content-derived
 * id the RDF mapping needs — one person across articles (spelling variants folded, surname-only
 * mentions resolved to a clearly dominant namesake), one statement reported by several outlets, one
 * event mentioned by several articles ({@link org.newsgraph.resolve.EventResolver}) — and the one
 * canonical name of every entity an article names.
 *
 * <p>Two passes, order-free. Pass 1, {@link org.newsgraph.resolve.CorpusResolver#index}, sees every
 * article of the build (facts without texts) and freezes a {@link org.newsgraph.resolve.ResolutionIndex};
 * it takes the articles sorted by id, named agents of all articles before any surname-only person, so
 * every decision depends on content and article ids only (never on input order or partitioning) and
 * the surname rule decides with everything the build saw. Each round is work per key that needs nothing
 * of other keys ({@link org.newsgraph.resolve.AgentRounds}: agent groups sharing resolver state;
 * {@link org.newsgraph.resolve.ResolutionRounds}: statements by speaker, events by type, names by entity):
 * {@code build} groups the keys in memory, {@code spark-build} in keyed Spark stages, with these same
 * functions and the same result. Pass 2,
 * {@link org.newsgraph.resolve.ResolutionIndex#resolve}, gives one article its ids and names from the
 * frozen index alone, so articles can be mapped in any order, in parallel, on any machine (the index
 * is serialisable). Names: the canonical (fullest) name is decided here and written once into the
 * resolution graph; an article graph keeps its own forms ({@link org.newsgraph.resolve.ResolvedArticle#names}).
 * Ids are derived from content ({@link org.newsgraph.resolve.Ids}). {@link org.newsgraph.resolve.CorpusResolver#resolve}
 * is the streaming, order-dependent form kept for tools and tests.
 *
 * <p>Imports extract and text only; never link, rdf, store or anything above.
 */
package org.newsgraph.resolve;
