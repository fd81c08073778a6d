package org.roleatlas.taxonomy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.de.GermanLightStemFilterFactory;
import org.apache.lucene.analysis.de.GermanNormalizationFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.it.ItalianLightStemFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilterFactory;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseTokenizerFactory;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilterFactory;
import org.apache.lucene.analysis.ko.KoreanTokenizerFactory;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.stempel.StempelPolishStemFilterFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;

/**
 * The analysis chain of each language with one of its own: the single definition both the
 * loader's concept matching ({@link TextAnalyzers}) and the search index build their
 * analyzers from, so a concept match at ingest is a match in search. Parameters name
 * classpath resources where they load files.
 */
public final class LanguageAnalysis {

	/** A tokenizer or token filter factory with its parameters. */
	public record Step<T>(Class<? extends T> factory, Map<String, String> params) {

		static <T> Step<T> of(Class<? extends T> factory, String... keysAndValues) {
			Map<String, String> params = new LinkedHashMap<>();
			for (int i = 0; i < keysAndValues.length; i += 2) {
				params.put(keysAndValues[i], keysAndValues[i + 1]);
			}
			return new Step<>(factory, Map.copyOf(params));
		}

	}

	/** A tokenizer and the filters after it, in order. */
	public record Chain(Step<TokenizerFactory> tokenizer, List<Step<TokenFilterFactory>> filters) {
	}

	private static final Step<TokenizerFactory> STANDARD = Step.of(StandardTokenizerFactory.class);

	private static final Step<TokenFilterFactory> LOWER_CASE = Step.of(LowerCaseFilterFactory.class);

	/**
	 * The neutral analysis every text is indexed under besides its own language's: words
	 * as written, lower-cased, full-width forms and accents folded ("análise" is found by
	 * "analise": accents are often dropped when typing).
	 */
	private static final Chain NEUTRAL = new Chain(STANDARD,
			List.of(Step.of(CJKWidthFilterFactory.class), LOWER_CASE, Step.of(ASCIIFoldingFilterFactory.class)));

	private static final Map<String, Chain> CHAINS = chains();

	private LanguageAnalysis() {
	}

	/** Chains by ISO 639-1 language code. */
	public static Map<String, Chain> byLanguage() {
		return CHAINS;
	}

	public static Chain neutral() {
		return NEUTRAL;
	}

	private static Map<String, Chain> chains() {
		Map<String, Chain> chains = new LinkedHashMap<>();
		// Decompound and keep only the parts (요구사항 → 요구 + 사항), role nouns such as 기획자
		// kept whole by the user dictionary; particles and endings (를, 은, 합니다) dropped by
		// part of speech; Hanja read as Hangul, so both spellings match.
		chains.put("ko",
				new Chain(
						Step.of(KoreanTokenizerFactory.class, "decompoundMode", "discard", "userDictionary",
								TextAnalyzers.USER_DICTIONARY),
						List.of(Step.of(KoreanPartOfSpeechStopFilterFactory.class),
								Step.of(KoreanReadingFormFilterFactory.class), LOWER_CASE)));
		// "strategies" and "strategy" share a stem.
		chains.put("en", new Chain(STANDARD, List.of(Step.of(EnglishPossessiveFilterFactory.class), LOWER_CASE,
				Step.of(StopFilterFactory.class), Step.of(PorterStemFilterFactory.class))));
		chains.put("sv", snowball("Swedish"));
		chains.put("pt", new Chain(STANDARD, List.of(LOWER_CASE, Step.of(PortugueseLightStemFilterFactory.class))));
		// Words segmented by the morphological dictionary and read in their base form
		// (作った → 作る); particles and auxiliaries dropped; the long-vowel mark of katakana
		// words ignored (マネージャー = マネージャ).
		chains.put("ja", new Chain(Step.of(JapaneseTokenizerFactory.class, "mode", "search"),
				List.of(Step.of(JapaneseBaseFormFilterFactory.class),
						Step.of(JapanesePartOfSpeechStopFilterFactory.class, "tags",
								"org/apache/lucene/analysis/ja/stoptags.txt"),
						Step.of(CJKWidthFilterFactory.class), Step.of(JapaneseKatakanaStemFilterFactory.class),
						LOWER_CASE)));
		// Words segmented by the hidden Markov model rather than single characters.
		chains.put("zh", new Chain(Step.of(HMMChineseTokenizerFactory.class), List.of(LOWER_CASE)));
		// Umlauts and ß normalised (Aufgaben, Aufgabe and Äufgabe meet).
		chains.put("de", new Chain(STANDARD, List.of(LOWER_CASE, Step.of(GermanNormalizationFilterFactory.class),
				Step.of(GermanLightStemFilterFactory.class))));
		// l'équipe is équipe.
		chains.put("fr", new Chain(STANDARD,
				List.of(Step.of(ElisionFilterFactory.class), LOWER_CASE, Step.of(FrenchLightStemFilterFactory.class))));
		chains.put("es", new Chain(STANDARD, List.of(LOWER_CASE, Step.of(SpanishLightStemFilterFactory.class))));
		chains.put("it", new Chain(STANDARD, List.of(
				Step.of(ElisionFilterFactory.class, "articles", "search/italian-elisions.txt", "ignoreCase", "true"),
				LOWER_CASE, Step.of(ItalianLightStemFilterFactory.class))));
		chains.put("nl", snowball("Dutch"));
		chains.put("pl", new Chain(STANDARD, List.of(LOWER_CASE, Step.of(StempelPolishStemFilterFactory.class))));
		return Collections.unmodifiableMap(chains);
	}

	private static Chain snowball(String language) {
		return new Chain(STANDARD,
				List.of(LOWER_CASE, Step.of(SnowballPorterFilterFactory.class, "language", language)));
	}

}
