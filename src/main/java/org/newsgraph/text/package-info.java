/**
 * Neutral text helpers shared by every stage: the one reader of declarative word lists
 * ({@link org.newsgraph.text.WordLists}) and the one name folding ({@link org.newsgraph.text.NameFolding}).
 * Takes strings and class-path resources, gives strings; imports nothing from org.newsgraph, so any
 * stage may use it.
 */
package org.newsgraph.text;
