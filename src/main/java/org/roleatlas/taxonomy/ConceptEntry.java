package org.roleatlas.taxonomy;

import java.util.List;
import java.util.Map;

/** A concept of the taxonomy with its keywords, by the language they are written in. */
public record ConceptEntry(String id, String labelEn, String labelKo, Map<String, List<String>> keywordsByLang) {

	public ConceptEntry {
		keywordsByLang = Map.copyOf(keywordsByLang);
	}

	/** Every keyword, whatever its language. */
	public List<String> keywords() {
		return keywordsByLang.values().stream().flatMap(List::stream).distinct().toList();
	}

}
