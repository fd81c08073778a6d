package org.roleatlas.ingest;

import java.util.List;
import java.util.Set;

import org.roleatlas.corpus.ItemKind;
import org.roleatlas.corpus.Occurrence;

/**
 * An item found in an article, before it is stored: identical statements already merged
 * into one.
 */
record ExtractedItem(ItemKind kind, String text, String description, String lang, List<Occurrence> occurrences,
		Set<String> concepts) {
}
