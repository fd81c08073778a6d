package org.roleatlas.search;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;

import jakarta.annotation.Nullable;

/** Records the search page and API show. */
public final class SearchViews {

	/** Buckets a facet shows before the rest fold away under "N more". */
	static final int SHOWN_BUCKETS = 10;

	private SearchViews() {
	}

	/**
	 * What the search page shows: nothing yet (no query), the results, or in their place
	 * the problem with the query, a message the page words in the UI language.
	 */
	public record SearchPage(SearchResult result, MessageSourceResolvable problem) {
	}

	public record RoleMatch(String slug, String name) {
	}

	/**
	 * One hit: an item or a definition. {@code snippet} is HTML-escaped text with
	 * {@code <mark>} around matches; {@code descriptionSnippet} is set when the match is
	 * in the item's description.
	 */
	public record Hit(List<String> roles, String kind, String text, String snippet, @Nullable String descriptionSnippet,
			String lang, String file, int line, @Nullable String section, List<String> concepts, float score) {

		/**
		 * Where the hit stands on its role page (ids from {@code roles/show.html} and
		 * {@code fragments/items.html}): items under their first concept's group, as an
		 * item of two concepts is listed under both.
		 */
		public String roleAnchor() {
			String group = concepts.isEmpty() ? "uncategorised" : concepts.get(0);
			return switch (kind) {
				case "responsibility" -> "resp-" + group;
				case "skill" -> "skills-" + group;
				case "metric" -> "metrics-h";
				default -> "definitions-h";
			};
		}

	}

	public record ConceptLink(String id, String label) {
	}

	/**
	 * @param excludedByFilters when the filters exclude every hit, how many there are
	 * without them; else 0
	 */
	public record SearchResult(String query, long total, List<RoleMatch> roleMatches, List<Hit> hits,
			Map<String, Map<String, Long>> facets, int page, int size, List<String> suggestions,
			List<ConceptLink> concepts, Map<String, String> roleNames, long excludedByFilters) {

		public int pages() {
			return size == 0 ? 0 : (int) ((total + size - 1) / size);
		}

		/** The 0-based page the results end on. */
		public int lastPage() {
			return Math.max(0, pages() - 1);
		}

		/**
		 * A page past the end (an old link, a hand-made address): there are results, just
		 * not here.
		 */
		public boolean beyondLastPage() {
			return total > 0 && page > lastPage();
		}

		public List<Map.Entry<String, Long>> shownBuckets(String facet) {
			List<Map.Entry<String, Long>> buckets = List.copyOf(facets.get(facet).entrySet());
			return buckets.subList(0, Math.min(SHOWN_BUCKETS, buckets.size()));
		}

		public List<Map.Entry<String, Long>> moreBuckets(String facet) {
			List<Map.Entry<String, Long>> buckets = List.copyOf(facets.get(facet).entrySet());
			return buckets.subList(Math.min(SHOWN_BUCKETS, buckets.size()), buckets.size());
		}

	}

}
