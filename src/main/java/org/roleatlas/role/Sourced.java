package org.roleatlas.role;

/**
 * A row of a role query with the file of its source article, read without loading the
 * article: its raw text, the largest column of the corpus, is never shown on a role page.
 *
 * @param <T> the entity of the row
 * @param row the entity
 * @param file the source article's path in the content folder
 */
record Sourced<T>(T row, String file) {
}
