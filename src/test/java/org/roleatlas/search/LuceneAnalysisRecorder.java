package org.roleatlas.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.search.similarities.Similarity;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerOptionalComponentsStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerTokenizerStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerTypeStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneNormalizerTypeStep;
import org.roleatlas.search.RecordedAnalysis.Chain;
import org.roleatlas.search.RecordedAnalysis.Component;

/**
 * A Lucene analysis context that builds nothing and writes down what a configurer asks
 * for, components by their SPI names (a factory class is recorded as the name Lucene
 * registers it under). Only custom analyzers are supported: the configurers define no
 * other kind.
 */
final class LuceneAnalysisRecorder implements LuceneAnalysisConfigurationContext {

	private final Map<String, AnalyzerRecording> analyzers = new LinkedHashMap<>();

	static Map<String, Chain> record(LuceneAnalysisConfigurer configurer) {
		LuceneAnalysisRecorder recorder = new LuceneAnalysisRecorder();
		configurer.configure(recorder);
		Map<String, Chain> chains = new LinkedHashMap<>();
		recorder.analyzers.forEach((name, analyzer) -> chains.put(name, analyzer.chain()));
		return chains;
	}

	@Override
	public LuceneAnalyzerTypeStep analyzer(String name) {
		AnalyzerRecording analyzer = new AnalyzerRecording();
		analyzers.put(name, analyzer);
		return analyzer;
	}

	@Override
	public LuceneNormalizerTypeStep normalizer(String name) {
		throw new UnsupportedOperationException("normalizer " + name + ": the recorder knows analyzers only");
	}

	@Override
	public void similarity(Similarity similarity) {
		throw new UnsupportedOperationException("similarity: the recorder knows analyzers only");
	}

	@Override
	public Set<String> availableTokenizers() {
		return TokenizerFactory.availableTokenizers();
	}

	@Override
	public Set<String> availableCharFilters() {
		return CharFilterFactory.availableCharFilters();
	}

	@Override
	public Set<String> availableTokenFilters() {
		return TokenFilterFactory.availableTokenFilters();
	}

	private static final class Mutable {

		private final String name;

		private final Map<String, List<String>> params = new LinkedHashMap<>();

		Mutable(String name) {
			this.name = name;
		}

		Component freeze() {
			return new Component(name, Map.copyOf(params));
		}

	}

	private static final class AnalyzerRecording
			implements LuceneAnalyzerTypeStep, LuceneAnalyzerTokenizerStep, LuceneAnalyzerOptionalComponentsStep {

		private final List<Mutable> charFilters = new ArrayList<>();

		private Mutable tokenizer;

		private final List<Mutable> tokenFilters = new ArrayList<>();

		Chain chain() {
			return new Chain(charFilters.stream().map(Mutable::freeze).toList(), tokenizer.freeze(),
					tokenFilters.stream().map(Mutable::freeze).toList());
		}

		@Override
		public LuceneAnalyzerTokenizerStep custom() {
			return this;
		}

		@Override
		public LuceneAnalysisConfigurationContext instance(Analyzer analyzer) {
			throw new UnsupportedOperationException("an analyzer instance cannot be compared");
		}

		@Override
		public LuceneAnalyzerOptionalComponentsStep tokenizer(String name) {
			tokenizer = new Mutable(name);
			return this;
		}

		@Override
		public LuceneAnalyzerOptionalComponentsStep tokenizer(Class<? extends TokenizerFactory> factory) {
			return tokenizer(TokenizerFactory.findSPIName(factory));
		}

		/**
		 * On the analyzer step, Hibernate Search's DSL gives the tokenizer's parameters.
		 */
		@Override
		public LuceneAnalyzerOptionalComponentsStep param(String name, String value) {
			tokenizer.params.put(name, List.of(value));
			return this;
		}

		@Override
		public LuceneAnalysisComponentParametersStep charFilter(String name) {
			return add(charFilters, name);
		}

		@Override
		public LuceneAnalysisComponentParametersStep charFilter(Class<? extends CharFilterFactory> factory) {
			return charFilter(CharFilterFactory.findSPIName(factory));
		}

		@Override
		public LuceneAnalysisComponentParametersStep tokenFilter(String name) {
			return add(tokenFilters, name);
		}

		@Override
		public LuceneAnalysisComponentParametersStep tokenFilter(Class<? extends TokenFilterFactory> factory) {
			return tokenFilter(TokenFilterFactory.findSPIName(factory));
		}

		private LuceneAnalysisComponentParametersStep add(List<Mutable> components, String name) {
			Mutable component = new Mutable(name);
			components.add(component);
			return new ComponentRecording(this, component);
		}

	}

	/** The parameters of the char or token filter just added; further filters go on. */
	private record ComponentRecording(AnalyzerRecording analyzer,
			Mutable component) implements LuceneAnalysisComponentParametersStep {

		@Override
		public LuceneAnalysisComponentParametersStep param(String name, String value) {
			component.params.put(name, List.of(value));
			return this;
		}

		@Override
		public LuceneAnalysisComponentParametersStep charFilter(String name) {
			return analyzer.charFilter(name);
		}

		@Override
		public LuceneAnalysisComponentParametersStep charFilter(Class<? extends CharFilterFactory> factory) {
			return analyzer.charFilter(factory);
		}

		@Override
		public LuceneAnalysisComponentParametersStep tokenFilter(String name) {
			return analyzer.tokenFilter(name);
		}

		@Override
		public LuceneAnalysisComponentParametersStep tokenFilter(Class<? extends TokenFilterFactory> factory) {
			return analyzer.tokenFilter(factory);
		}

	}

}
