package org.roleatlas.search;

import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilterFactory;
import org.apache.lucene.analysis.ko.KoreanTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.roleatlas.taxonomy.TextAnalyzers;

/**
 * The analyzers of the search index, defined once and named by constants. Synonyms
 * (aliases, concept keywords) are not here: the search service expands them per query
 * from the loaded taxonomies, so a reload changes them. This is the only Lucene-specific
 * search code. The project ships no Elasticsearch backend: switching to it means writing
 * an {@code ElasticsearchAnalysisConfigurer} that defines these analyzer names (README,
 * "Switching to Elasticsearch/OpenSearch").
 */
public class AtlasAnalysisConfigurer implements LuceneAnalysisConfigurer {

	public static final String KOREAN = "korean";

	public static final String ENGLISH = "english";

	public static final String SWEDISH = "swedish";

	public static final String PORTUGUESE = "portuguese";

	/**
	 * Matches in any language, without stemming: the field every query also runs against.
	 */
	public static final String NEUTRAL = "neutral";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(KOREAN)
			.custom()
			// Decompound and keep only the parts (요구사항 → 요구 + 사항), with role nouns such
			// as 기획자 kept
			// whole by the user dictionary, as the loader's concept matching does.
			.tokenizer(KoreanTokenizerFactory.class)
			.param("decompoundMode", "discard")
			.param("userDictionary", TextAnalyzers.USER_DICTIONARY)
			// Particles and endings (를, 은, 합니다) carry no meaning for search.
			.tokenFilter(KoreanPartOfSpeechStopFilterFactory.class)
			// Hanja read as Hangul, so both spellings match.
			.tokenFilter(KoreanReadingFormFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class);
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			// "strategies" and "strategy" share a stem.
			.tokenFilter(PorterStemFilterFactory.class);
		context.analyzer(SWEDISH)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(SnowballPorterFilterFactory.class)
			.param("language", "Swedish");
		context.analyzer(PORTUGUESE)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(PortugueseLightStemFilterFactory.class);
		context.analyzer(NEUTRAL)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			// Full-width Latin and half-width kana fold to their usual forms.
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			// "análise" is found by "analise": accents are often dropped when typing.
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

}
