/**
 * CoreNLP behind the project's own small document model ({@link org.newsgraph.nlp.Document},
 * {@link org.newsgraph.nlp.Sentence}, {@link org.newsgraph.nlp.Token},
 * {@link org.newsgraph.nlp.Dependency}, {@link org.newsgraph.nlp.EntityMention}).
 *
 * <p>Takes an article's cleaned text and publication date; gives tokens with POS, lemma, NER label and
 * normalised dates, entity mentions, and basic dependencies. What runs is in
 * {@link org.newsgraph.nlp.NlpSettings}; {@link org.newsgraph.nlp.TimeSelection} decides which
 * sentences SUTime reads, {@link org.newsgraph.nlp.ParseSelection} which get a dependency parse (a sentence without one has an empty dependency list, and
 * {@code head()} / {@code children()} answer null / empty for it).
 *
 * <p>The tagger and parser read quotation marks as the LaTeX marks they were trained on, one token per mark
 * ({@link org.newsgraph.nlp.QuoteMarkTokens}); a {@link org.newsgraph.nlp.Token}'s word is still the text's own.
 *
 * <p>The dependency parser is CoreNLP's model and parse, run by {@link org.newsgraph.nlp.BasicDependencyParser}
 * so that it loads from a binary copy of the model ({@link org.newsgraph.nlp.ParserModelCache}, a file under
 * the user's cache folder or {@code -Dnewsgraph.modelCache=DIR}, written on first use).
 *
 * <p>Must not import extract or any later stage (it reads extraction's word-list resources as plain
 * files through {@code org.newsgraph.text.WordLists}, never its classes); no CoreNLP type leaves this
 * package.
 */
package org.newsgraph.nlp;
