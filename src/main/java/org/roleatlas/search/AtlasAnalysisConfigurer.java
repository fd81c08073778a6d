package org.roleatlas.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerOptionalComponentsStep;
import org.roleatlas.taxonomy.LanguageAnalysis.Chain;
import org.roleatlas.taxonomy.LanguageAnalysis.Step;
import org.roleatlas.taxonomy.LanguageAnalysis;

/**
 * The analyzers of the search index, defined once and named by constants: one per
 * language with a chain of its own in {@link LanguageAnalysis} (the chains the loader's
 * concept matching uses too), plus a neutral one. Synonyms (aliases, concept keywords)
 * are not here: the search service expands them per query from the loaded taxonomies, so
 * a reload changes them, and every language's field gets the same expansion. This and
 * {@link AtlasElasticsearchAnalysisConfigurer}, which defines the same analyzers for an
 * Elasticsearch or OpenSearch cluster, are the only backend-specific search code
 * ({@code atlas.search.backend} picks one).
 */
public class AtlasAnalysisConfigurer implements LuceneAnalysisConfigurer {

	public static final String KOREAN = "korean";

	public static final String ENGLISH = "english";

	public static final String SWEDISH = "swedish";

	public static final String PORTUGUESE = "portuguese";

	public static final String JAPANESE = "japanese";

	public static final String CHINESE = "chinese";

	public static final String GERMAN = "german";

	public static final String FRENCH = "french";

	public static final String SPANISH = "spanish";

	public static final String ITALIAN = "italian";

	public static final String DUTCH = "dutch";

	public static final String POLISH = "polish";

	/**
	 * Matches in any language, without stemming: the field every query also runs against.
	 */
	public static final String NEUTRAL = "neutral";

	/** The analyzer of each language that has one, by ISO 639-1 code. */
	static final Map<String, String> BY_LANGUAGE = byLanguage();

	private static Map<String, String> byLanguage() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("en", ENGLISH);
		names.put("sv", SWEDISH);
		names.put("pt", PORTUGUESE);
		names.put("ko", KOREAN);
		names.put("ja", JAPANESE);
		names.put("zh", CHINESE);
		names.put("de", GERMAN);
		names.put("fr", FRENCH);
		names.put("es", SPANISH);
		names.put("it", ITALIAN);
		names.put("nl", DUTCH);
		names.put("pl", POLISH);
		return Collections.unmodifiableMap(names);
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		BY_LANGUAGE.forEach((lang, name) -> define(context, name, LanguageAnalysis.byLanguage().get(lang)));
		define(context, NEUTRAL, LanguageAnalysis.neutral());
	}

	private static void define(LuceneAnalysisConfigurationContext context, String name, Chain chain) {
		if (chain == null) {
			throw new IllegalStateException("No analysis chain for the analyzer " + name);
		}
		LuceneAnalyzerOptionalComponentsStep tokenizer = context.analyzer(name)
			.custom()
			.tokenizer(chain.tokenizer().factory());
		chain.tokenizer().params().forEach(tokenizer::param);
		for (Step<TokenFilterFactory> filter : chain.filters()) {
			LuceneAnalysisComponentParametersStep filterStep = tokenizer.tokenFilter(filter.factory());
			filter.params().forEach(filterStep::param);
		}
	}

}
