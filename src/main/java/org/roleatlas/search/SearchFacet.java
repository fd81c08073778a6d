package org.roleatlas.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;

/** A facet of the results: its name in the response, its field and bucket count. */
record SearchFacet(String name, String field, int maxBuckets) {

	/** Hibernate Search's default bucket count of a terms aggregation. */
	private static final int DEFAULT_BUCKETS = 100;

	/**
	 * The facets of a search. Every role can be a bucket, so the role facet asks for as
	 * many as there are roles: a cut-off would drop roles silently on a large corpus.
	 * Kinds and languages are a handful, well under the default 100.
	 */
	static List<SearchFacet> all(int roles) {
		return List.of(new SearchFacet("role", SearchEntryBinder.ROLES, Math.max(1, roles)),
				new SearchFacet("kind", SearchEntryBinder.KIND, DEFAULT_BUCKETS),
				new SearchFacet("lang", SearchEntryBinder.LANG, DEFAULT_BUCKETS));
	}

	/** Every facet with no bucket, for a query that asks the index nothing. */
	static Map<String, Map<String, Long>> none() {
		Map<String, Map<String, Long>> none = new LinkedHashMap<>();
		all(1).forEach(facet -> none.put(facet.name(), Map.of()));
		return none;
	}

	AggregationKey<Map<String, Long>> key() {
		return AggregationKey.of(field);
	}

	AggregationFinalStep<Map<String, Long>> counts(SearchAggregationFactory f) {
		return f.terms().field(field, String.class).maxTermCount(maxBuckets);
	}

	/** The buckets by count, the largest first, ties by name. */
	static Map<String, Long> sorted(Map<String, Long> counts) {
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

}
