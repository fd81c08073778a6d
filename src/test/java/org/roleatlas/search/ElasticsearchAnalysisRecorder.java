package org.roleatlas.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentParametersStep;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentTypeStep;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisOptionalComponentsStep;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalyzerOptionalComponentsStep;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalyzerTokenizerStep;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalyzerTypeStep;
import org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchNormalizerTypeStep;
import org.roleatlas.search.RecordedAnalysis.Chain;
import org.roleatlas.search.RecordedAnalysis.Component;

/**
 * An Elasticsearch analysis context that sends nothing to a cluster and writes down what
 * a configurer asks for. An analyzer names its components; a name the configurer defined
 * (a tokenizer or filter with a type and parameters) is recorded as that type with those
 * parameters, any other name as the cluster's built-in component of that name.
 */
final class ElasticsearchAnalysisRecorder implements ElasticsearchAnalysisConfigurationContext {

	private final Map<String, AnalyzerRecording> analyzers = new LinkedHashMap<>();

	private final Map<String, Definition> tokenizers = new LinkedHashMap<>();

	private final Map<String, Definition> charFilters = new LinkedHashMap<>();

	private final Map<String, Definition> tokenFilters = new LinkedHashMap<>();

	static Map<String, Chain> record(ElasticsearchAnalysisConfigurer configurer) {
		ElasticsearchAnalysisRecorder recorder = new ElasticsearchAnalysisRecorder();
		configurer.configure(recorder);
		Map<String, Chain> chains = new LinkedHashMap<>();
		recorder.analyzers.forEach((name, analyzer) -> chains.put(name,
				new Chain(resolve(analyzer.charFilters, recorder.charFilters),
						resolve(analyzer.tokenizer, recorder.tokenizers),
						resolve(analyzer.tokenFilters, recorder.tokenFilters))));
		return chains;
	}

	private static List<Component> resolve(List<String> names, Map<String, Definition> defined) {
		return names.stream().map(name -> resolve(name, defined)).toList();
	}

	private static Component resolve(String name, Map<String, Definition> defined) {
		Definition definition = defined.get(name);
		return definition == null ? new Component(name, Map.of())
				: new Component(definition.type, Map.copyOf(definition.params));
	}

	@Override
	public ElasticsearchAnalyzerTypeStep analyzer(String name) {
		AnalyzerRecording analyzer = new AnalyzerRecording();
		analyzers.put(name, analyzer);
		return analyzer;
	}

	@Override
	public ElasticsearchNormalizerTypeStep normalizer(String name) {
		throw new UnsupportedOperationException("normalizer " + name + ": the recorder knows analyzers only");
	}

	@Override
	public ElasticsearchAnalysisComponentTypeStep tokenizer(String name) {
		return define(tokenizers, name);
	}

	@Override
	public ElasticsearchAnalysisComponentTypeStep charFilter(String name) {
		return define(charFilters, name);
	}

	@Override
	public ElasticsearchAnalysisComponentTypeStep tokenFilter(String name) {
		return define(tokenFilters, name);
	}

	private static Definition define(Map<String, Definition> definitions, String name) {
		Definition definition = new Definition();
		definitions.put(name, definition);
		return definition;
	}

	private static final class AnalyzerRecording implements ElasticsearchAnalyzerTypeStep,
			ElasticsearchAnalyzerTokenizerStep, ElasticsearchAnalyzerOptionalComponentsStep {

		private final List<String> charFilters = new ArrayList<>();

		private String tokenizer;

		private final List<String> tokenFilters = new ArrayList<>();

		@Override
		public ElasticsearchAnalyzerTokenizerStep custom() {
			return this;
		}

		@Override
		public ElasticsearchAnalysisComponentParametersStep type(String type) {
			throw new UnsupportedOperationException("a built-in analyzer (" + type + ") cannot be compared");
		}

		@Override
		public ElasticsearchAnalyzerOptionalComponentsStep tokenizer(String name) {
			tokenizer = name;
			return this;
		}

		@Override
		public ElasticsearchAnalysisOptionalComponentsStep charFilters(String... names) {
			charFilters.addAll(Arrays.asList(names));
			return this;
		}

		@Override
		public ElasticsearchAnalysisOptionalComponentsStep tokenFilters(String... names) {
			tokenFilters.addAll(Arrays.asList(names));
			return this;
		}

	}

	/** A tokenizer or filter defined by the configurer: its type and parameters. */
	private static final class Definition
			implements ElasticsearchAnalysisComponentTypeStep, ElasticsearchAnalysisComponentParametersStep {

		private String type;

		private final Map<String, List<String>> params = new LinkedHashMap<>();

		@Override
		public ElasticsearchAnalysisComponentParametersStep type(String type) {
			this.type = type;
			return this;
		}

		@Override
		public ElasticsearchAnalysisComponentParametersStep param(String name, String value) {
			return put(name, List.of(value));
		}

		@Override
		public ElasticsearchAnalysisComponentParametersStep param(String name, String... values) {
			return put(name, List.of(values));
		}

		@Override
		public ElasticsearchAnalysisComponentParametersStep param(String name, boolean value) {
			return put(name, List.of(String.valueOf(value)));
		}

		@Override
		public ElasticsearchAnalysisComponentParametersStep param(String name, boolean... values) {
			List<String> strings = new ArrayList<>();
			for (boolean value : values) {
				strings.add(String.valueOf(value));
			}
			return put(name, strings);
		}

		@Override
		public ElasticsearchAnalysisComponentParametersStep param(String name, Number value) {
			return put(name, List.of(String.valueOf(value)));
		}

		@Override
		public ElasticsearchAnalysisComponentParametersStep param(String name, Number... values) {
			return put(name, Arrays.stream(values).map(String::valueOf).toList());
		}

		private ElasticsearchAnalysisComponentParametersStep put(String name, List<String> values) {
			params.put(name, List.copyOf(values));
			return this;
		}

	}

}
