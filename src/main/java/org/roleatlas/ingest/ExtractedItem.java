package org.roleatlas.ingest;

import java.util.List;
import java.util.Set;

import org.roleatlas.corpus.ItemKind;
import org.roleatlas.corpus.Occurrence;

/**
 * An item found in an article, before it is stored: identical statements already merged
 * into one.
 *
 * @param roles the roles whose item it is, as its section or sentence names them; empty
 * for the article's subjects
 * @param cue what decided that it is an item of its kind
 */
record ExtractedItem(ItemKind kind, String text, String description, String lang, List<Occurrence> occurrences,
		Set<String> concepts, Set<String> roles, String cue) {
}
