package org.roleatlas.search;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.corpus.PerContentVersion;

/**
 * The answers to the most recent searches of the served content version, least recently
 * asked first out. A search's answer depends on nothing but the request, its UI language
 * and the content (index, taxonomies and roles all change with the version), and the same
 * few queries make most of the traffic, so asking the index again is wasted work. A newer
 * version starts an empty set, so no answer outlives the content it was read from.
 */
final class SearchAnswers {

	/** What an answer depends on besides the content: the request as bounded. */
	record Key(SearchRequest.Bounded bounded, String role, String lang, String kind, String locale) {

		static Key of(SearchRequest request, SearchRequest.Bounded bounded, Locale locale) {
			return new Key(bounded, request.role(), request.lang(), request.kind(), locale.getLanguage());
		}

	}

	private final int capacity;

	private final PerContentVersion<Recent> recent;

	SearchAnswers(ContentVersions versions, int capacity) {
		this.capacity = capacity;
		this.recent = new PerContentVersion<>(versions, () -> new Recent(capacity));
	}

	/**
	 * The answer kept under this key, else the one {@code answer} computes (and that is
	 * kept). Two requests missing the same key at once both compute it: a lock held for a
	 * search would queue every other search behind it.
	 */
	SearchViews.SearchResult get(Key key, Supplier<SearchViews.SearchResult> answer) {
		if (capacity == 0) {
			return answer.get();
		}
		Recent answers = recent.get();
		SearchViews.SearchResult kept = answers.get(key);
		if (kept != null) {
			return kept;
		}
		SearchViews.SearchResult computed = answer.get();
		answers.put(key, computed);
		return computed;
	}

	/** The answers of one version, in access order. */
	private static final class Recent {

		private final Map<Key, SearchViews.SearchResult> answers;

		Recent(int capacity) {
			this.answers = new LinkedHashMap<>(64, 0.75f, true) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<Key, SearchViews.SearchResult> eldest) {
					return size() > capacity;
				}

			};
		}

		synchronized SearchViews.SearchResult get(Key key) {
			return answers.get(key);
		}

		synchronized void put(Key key, SearchViews.SearchResult answer) {
			answers.put(key, answer);
		}

	}

}
