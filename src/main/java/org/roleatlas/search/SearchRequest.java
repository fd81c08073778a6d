package org.roleatlas.search;

import java.util.Locale;

import org.roleatlas.web.BadRequestException;

/**
 * What was asked; {@code page} is 0-based. Filters are slugs, language codes and kind
 * names, all lower case, so {@code lang=KO} filters as {@code lang=ko}; a blank filter is
 * no filter. The request knows its bounds: {@link #bounded()} is the only way to a query
 * the index is asked.
 */
public record SearchRequest(String q, String role, String lang, String kind, int page, int size) {

	static final int MAX_QUERY_LENGTH = 200;

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	/**
	 * How deep results can be paged. Lucene collects offset + size hits to serve a page,
	 * and Elasticsearch and OpenSearch refuse more than 10,000 by default
	 * ({@code index.max_result_window}), so both backends answer the same: a deeper page
	 * is a bad request, not an overflow or a huge allocation.
	 */
	static final int MAX_RESULT_WINDOW = 10_000;

	public SearchRequest {
		role = filter(role);
		lang = filter(lang);
		kind = filter(kind);
	}

	private static String filter(String value) {
		return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
	}

	boolean hasFilters() {
		return role != null || lang != null || kind != null;
	}

	SearchRequest withoutFilters() {
		return new SearchRequest(q, null, null, null, page, size);
	}

	/**
	 * The query stripped, a size of 1 to {@value #MAX_SIZE} (0 or less means
	 * {@value #DEFAULT_SIZE}) and a page of 0 or more.
	 * @throws BadRequestException when the query is empty or too long, or the page lies
	 * beyond {@value #MAX_RESULT_WINDOW} results
	 */
	Bounded bounded() {
		String query = q == null ? "" : q.strip();
		if (query.isEmpty()) {
			throw new BadRequestException("error.search.empty", "Type a word to search for.");
		}
		if (query.length() > MAX_QUERY_LENGTH) {
			throw new BadRequestException("error.search.tooLong",
					"A search is at most " + MAX_QUERY_LENGTH + " characters long.", MAX_QUERY_LENGTH);
		}
		int boundedSize = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		int boundedPage = Math.max(0, page);
		if ((long) boundedPage * boundedSize + boundedSize > MAX_RESULT_WINDOW) {
			throw new BadRequestException("error.search.pageTooDeep",
					"Results can be paged up to result " + MAX_RESULT_WINDOW + "; narrow the search instead.",
					MAX_RESULT_WINDOW);
		}
		return new Bounded(query, boundedPage, boundedSize);
	}

	/** A request within bounds: the stripped query and the page and size served. */
	record Bounded(String query, int page, int size) {

		int offset() {
			return page * size;
		}

	}

}
