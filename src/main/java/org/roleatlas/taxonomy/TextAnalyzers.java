package org.roleatlas.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilterFactory;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseTokenizerFactory;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilterFactory;
import org.apache.lucene.analysis.ko.KoreanTokenizerFactory;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.roleatlas.taxonomy.LanguageAnalysis.Chain;
import org.roleatlas.taxonomy.LanguageAnalysis.Step;

/**
 * The per-language analysis the loader compares text with, built from the chains of
 * {@link LanguageAnalysis} that the search index uses too, so a concept match here is a
 * match there: Korean through Nori, Japanese through Kuromoji, Chinese through the smart
 * Chinese segmenter, Polish through Stempel, other languages stemmed.
 */
public final class TextAnalyzers implements AutoCloseable {

	public static final String USER_DICTIONARY = "search/nori-userdict.txt";

	/** A few words each segmenter reads with its dictionary. */
	private static final String DICTIONARY_SAMPLE = "제품 책임자 製品の責任者 产品负责人 odpowiedzialny";

	private final Map<String, Analyzer> byLanguage;

	/**
	 * Tokenizers whose tokens are pieces of their input (a Nori decompound's parts too,
	 * and Kuromoji's search-mode parts).
	 */
	private static final Set<Class<?>> SEGMENTING_TOKENIZERS = Set.of(KoreanTokenizerFactory.class,
			HMMChineseTokenizerFactory.class, JapaneseTokenizerFactory.class);

	/**
	 * Filters that leave a token of Latin-1 text a lower-cased piece of it, or drop it.
	 * Kuromoji's dictionary holds no word of Latin-1 letters or digits (only a few
	 * symbols such as £ and ×), so such a token is an unknown word whose base form is
	 * itself; width folding and the katakana stemmer touch no Latin-1 character.
	 */
	private static final Set<Class<?>> PIECE_KEEPING_FILTERS = Set.of(KoreanPartOfSpeechStopFilterFactory.class,
			KoreanReadingFormFilterFactory.class, LowerCaseFilterFactory.class, JapaneseBaseFormFilterFactory.class,
			JapanesePartOfSpeechStopFilterFactory.class, CJKWidthFilterFactory.class,
			JapaneseKatakanaStemFilterFactory.class);

	/** The languages of {@link #piecesOfLatin1Text}. */
	private final Set<String> piecewise;

	private final Analyzer fallback = new StandardAnalyzer();

	private final Analyzer neutral = analyzer(LanguageAnalysis.neutral());

	private final StandardWordAnalysis standardWords = new StandardWordAnalysis(LanguageAnalysis.byLanguage(),
			TextAnalyzers::analyzer);

	/** An analysed token and where it stands in the text, end exclusive. */
	public record Token(String term, int start, int end) {
	}

	public TextAnalyzers() {
		Map<String, Analyzer> analyzers = new HashMap<>();
		LanguageAnalysis.byLanguage().forEach((lang, chain) -> analyzers.put(lang, analyzer(chain)));
		this.byLanguage = Map.copyOf(analyzers);
		this.piecewise = LanguageAnalysis.byLanguage()
			.entrySet()
			.stream()
			.filter(e -> SEGMENTING_TOKENIZERS.contains(e.getValue().tokenizer().factory())
					&& e.getValue().filters().stream().allMatch(f -> PIECE_KEEPING_FILTERS.contains(f.factory())))
			.map(Map.Entry::getKey)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Analyses a short text in every language once, which loads the dictionaries their
	 * tokenizers and stemmers hold per JVM.
	 */
	public static void loadDictionaries() {
		try (TextAnalyzers analyzers = new TextAnalyzers()) {
			LanguageAnalysis.byLanguage().keySet().forEach(lang -> analyzers.tokens(lang, DICTIONARY_SAMPLE));
		}
	}

	private static Analyzer analyzer(Chain chain) {
		try {
			CustomAnalyzer.Builder builder = CustomAnalyzer
				.builder(new ClasspathResourceLoader(TextAnalyzers.class.getClassLoader()))
				.withTokenizer(chain.tokenizer().factory(), new HashMap<>(chain.tokenizer().params()));
			for (Step<TokenFilterFactory> filter : chain.filters()) {
				builder.addTokenFilter(filter.factory(), new HashMap<>(filter.params()));
			}
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The analysed tokens of the text in the given language, in order, read in the
	 * compatibility form: tokens are comparison keys, so ① and 1 are one token.
	 */
	public List<String> tokens(String lang, String text) {
		return compatibleTokens(lang, TextNormalizer.compatibilityForm(text));
	}

	/**
	 * {@link #tokens} of one text in each of the languages, its compatibility form made
	 * once, and its words split once for all the languages that split them alike
	 * ({@link StandardWordAnalysis}).
	 */
	public Map<String, List<String>> tokensByLanguage(Collection<String> langs, String text) {
		return compatibleTokensByLanguage(langs, TextNormalizer.compatibilityForm(text));
	}

	/** {@link #tokensByLanguage} of a text already in the compatibility form. */
	public Map<String, List<String>> compatibleTokensByLanguage(Collection<String> langs, String compatible) {
		Map<String, List<String>> standard = langs.stream().anyMatch(standardWords::covers)
				? standardWords.tokensByLanguage(compatible) : Map.of();
		Map<String, List<String>> tokens = new LinkedHashMap<>();
		langs.forEach(lang -> tokens.put(lang,
				standardWords.covers(lang) ? standard.get(lang) : compatibleTokens(lang, compatible)));
		return tokens;
	}

	/**
	 * Whether every token of letters and digits the language's analysis makes of a text
	 * of Latin-1 characters is a lower-cased piece of that text: true of the Korean,
	 * Chinese and Japanese tokenizers (the Chinese one reads punctuation as ","), which
	 * segment their input, under filters that only drop tokens, lower-case them, read
	 * Hanja or fold widths and katakana (absent from such a text) or give base forms
	 * (none for such a token, see {@link #PIECE_KEEPING_FILTERS}).
	 */
	public boolean piecesOfLatin1Text(String lang) {
		return piecewise.contains(lang);
	}

	private List<String> compatibleTokens(String lang, String compatible) {
		return StandardWordAnalysis.terms(byLanguage.getOrDefault(lang, fallback), compatible);
	}

	/**
	 * The tokens of the text under its language's own analysis, with their offsets in the
	 * text as given (no compatibility folding, which would move them); none for a
	 * language without an analysis of its own.
	 */
	public List<Token> ownTokens(String lang, String text) {
		Analyzer analyzer = byLanguage.get(lang);
		return analyzer == null ? List.of() : tokensWithOffsets(analyzer, text);
	}

	/** The tokens of the text under the neutral analysis, with their offsets. */
	public List<Token> neutralTokens(String text) {
		return tokensWithOffsets(neutral, text);
	}

	private static List<Token> tokensWithOffsets(Analyzer analyzer, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	@Override
	public void close() {
		byLanguage.values().forEach(Analyzer::close);
		fallback.close();
		neutral.close();
		standardWords.close();
	}

}
