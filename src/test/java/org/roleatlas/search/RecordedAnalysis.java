package org.roleatlas.search;

import java.util.List;
import java.util.Map;

/**
 * What an analysis configurer defined, in one form for both backends: per analyzer, its
 * char filters, tokenizer and token filters, each a component name with its parameters
 * (every value a list, as Elasticsearch parameters may be).
 */
final class RecordedAnalysis {

	private RecordedAnalysis() {
	}

	record Component(String name, Map<String, List<String>> params) {

		@Override
		public String toString() {
			return params.isEmpty() ? name : name + params;
		}

	}

	record Chain(List<Component> charFilters, Component tokenizer, List<Component> tokenFilters) {

		@Override
		public String toString() {
			return charFilters + " " + tokenizer + " " + tokenFilters;
		}

	}

}
