package org.roleatlas.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roleatlas.search.SearchViews.SearchResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the search page derives from a result: folded facets, the page past the end,
 * filters.
 */
class SearchViewsTest {

	private static SearchResult result(long total, int page, Map<String, Long> roleBuckets) {
		return new SearchResult("q", total, List.of(), List.of(),
				Map.of("role", roleBuckets, "kind", Map.of(), "lang", Map.of()), page, 20, List.of(), List.of(),
				Map.of(), 0);
	}

	@Test
	void aFacetShowsItsLargestBucketsAndFoldsTheRestAwayWithoutLosingAny() {
		Map<String, Long> buckets = new LinkedHashMap<>();
		for (int i = 0; i < 130; i++) {
			buckets.put("role-" + i, 130L - i);
		}
		SearchResult result = result(1000, 0, buckets);
		assertThat(result.shownBuckets("role")).hasSize(SearchViews.SHOWN_BUCKETS)
			.first()
			.extracting(Map.Entry::getKey)
			.isEqualTo("role-0");
		assertThat(result.moreBuckets("role")).hasSize(130 - SearchViews.SHOWN_BUCKETS)
			.last()
			.extracting(Map.Entry::getKey)
			.isEqualTo("role-129");
		assertThat(result(3, 0, Map.of("po", 3L)).moreBuckets("role")).isEmpty();
	}

	@Test
	void aPagePastTheEndKnowsTheLastPage() {
		assertThat(result(12, 1, Map.of()).beyondLastPage()).isTrue();
		assertThat(result(12, 1, Map.of()).lastPage()).isZero();
		assertThat(result(41, 2, Map.of()).beyondLastPage()).isFalse();
		assertThat(result(0, 3, Map.of()).beyondLastPage()).as("no results is not a page past the end").isFalse();
	}

	@Test
	void filtersAreLowerCaseAndBlankIsNone() {
		SearchRequest request = new SearchRequest("x", " PO ", "KO", "", 0, 20);
		assertThat(request.role()).isEqualTo("po");
		assertThat(request.lang()).isEqualTo("ko");
		assertThat(request.kind()).isNull();
		assertThat(request.hasFilters()).isTrue();
		assertThat(request.withoutFilters().hasFilters()).isFalse();
	}

}
