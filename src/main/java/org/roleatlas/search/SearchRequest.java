package org.roleatlas.search;

import java.util.Locale;
import java.util.List;
import java.util.stream.Stream;

import org.roleatlas.corpus.ItemKind;
import org.roleatlas.web.BadRequestException;

/**
 * What was asked; {@code page} is 0-based. Filters are slugs, language codes and kind
 * names, all lower case, so {@code lang=KO} filters as {@code lang=ko}; a blank filter is
 * no filter. The request knows its bounds: {@link #bounded()} is the only way to a query
 * the index is asked. The API holds a request to its contract first
 * ({@link #withinContract()}: a number out of range is a bad request), while the page,
 * read by people who typed or edited an address, answers with the nearest page and size.
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

	/** What {@code kind} can filter by: every item kind, and definitions. */
	static final List<String> KINDS = Stream
		.concat(Stream.of(ItemKind.values()).map(ItemKind::label), Stream.of("definition"))
		.toList();

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
	 * This request, when its numbers and kind are what the API's contract allows: a size
	 * of 1 to {@value #MAX_SIZE}, a page of 0 or more, a known kind. The query itself and
	 * the depth of the page are checked by {@link #bounded()}, as for the page.
	 * @throws BadRequestException naming the first parameter out of bounds
	 */
	SearchRequest withinContract() {
		if (size < 1 || size > MAX_SIZE) {
			throw new BadRequestException("error.search.size", "'size' is 1 to " + MAX_SIZE + " hits per page.",
					MAX_SIZE);
		}
		if (page < 0) {
			throw new BadRequestException("error.search.page", "'page' counts from 0; it cannot be negative.");
		}
		if (kind != null && !KINDS.contains(kind)) {
			throw new BadRequestException("error.search.kind", "'kind' is one of " + String.join(", ", KINDS) + ".",
					String.join(", ", KINDS));
		}
		return this;
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
