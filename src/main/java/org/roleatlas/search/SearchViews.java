package org.roleatlas.search;

import java.util.List;
import java.util.Map;

/** Records the search page and API show. */
public final class SearchViews {

	private SearchViews() {
	}

	/** What was asked; {@code page} is 0-based. */
	public record SearchRequest(String q, String role, String lang, String kind, int page, int size) {
	}

	public record RoleMatch(String slug, String name) {
	}

	/**
	 * One hit: an item or a definition. {@code snippet} is HTML-escaped text with {@code <mark>} around matches;
	 * {@code descriptionSnippet} is set when the match is in the item's description.
	 */
	public record Hit(List<String> roles, String kind, String text, String snippet, String descriptionSnippet,
			String lang, String file, int line, String section, List<String> concepts, float score) {
	}

	public record ConceptLink(String id, String label) {
	}

	public record SearchResult(String query, long total, List<RoleMatch> roleMatches, List<Hit> hits,
			Map<String, Map<String, Long>> facets, int page, int size, List<String> suggestions,
			List<ConceptLink> concepts, Map<String, String> roleNames) {

		public int pages() {
			return size == 0 ? 0 : (int) ((total + size - 1) / size);
		}

	}

}
