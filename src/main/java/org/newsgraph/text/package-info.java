/**
 * Neutral text helpers shared by every stage: the one reader of declarative word lists
 * ({@link org.newsgraph.text.WordLists}), the one name folding ({@link org.newsgraph.text.NameFolding})
 * and the gender a name shows ({@link org.newsgraph.text.NameGender}). Takes strings and class-path
 * resources, gives strings; imports nothing from org.newsgraph, so any stage may use it.
 */
package org.newsgraph.text;
