/**
 * Who said what in one article: quotations found from their marks ({@link
 * org.newsgraph.extract.statements.QuoteFinder}), speech cues found in the dependency parse
 * ({@link org.newsgraph.extract.statements.ReportedSpeechFinder}, their speakers by {@link
 * org.newsgraph.extract.statements.SpeakerSearch} and {@link org.newsgraph.extract.statements.CueSubjects},
 * those that say nothing by {@link org.newsgraph.extract.statements.UnsaidCues}, what they report by {@link
 * org.newsgraph.extract.statements.ReportedContent} and, where the parser took a clause's subject for the
 * cue's object, {@link org.newsgraph.extract.statements.ObjectAsSubject}), quotes tied to their cues
 * ({@link org.newsgraph.extract.statements.Attribution}, from the words alone where the parse failed:
 * {@link org.newsgraph.extract.statements.QuoteThenSpeaker}) and speakers resolved to the article's agents,
 * unnamed sources or, for pronouns, role nouns, labels and cue-less follow-on quotes, the discourse ({@link
 * org.newsgraph.extract.statements.SpeakerResolver}, names by {@link org.newsgraph.extract.statements.NamedSpeakers},
 * {@link org.newsgraph.extract.statements.ReferredAgents},
 * {@link org.newsgraph.extract.statements.DiscourseSpeaker}, {@link org.newsgraph.extract.statements.SpeakerLabels}).
 *
 * <p>Takes an {@link org.newsgraph.nlp.Document} and the article's {@link org.newsgraph.extract.Agent}s;
 * gives {@link org.newsgraph.extract.Statement} records (a quotation whose speaker is not resolved has a
 * null speaker). Word lists come from {@code src/main/resources/extract/statements/} through
 * {@link org.newsgraph.text.WordLists}. Must not import CoreNLP, Jena, RDF4J or any later stage
 * (resolve, link, rdf, store).
 */
package org.newsgraph.extract.statements;
