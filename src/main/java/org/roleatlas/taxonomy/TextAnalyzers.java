package org.roleatlas.taxonomy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The per-language analysis the loader compares text with: Korean through Nori (compounds
 * split, particles and endings dropped by part of speech, role nouns kept whole by the
 * user dictionary), Japanese and Chinese as bigrams, other languages stemmed. Search
 * analyses with the same choices, so a concept match here is a match there.
 */
public final class TextAnalyzers implements AutoCloseable {

	public static final String USER_DICTIONARY = "search/nori-userdict.txt";

	private final Map<String, Analyzer> byLanguage;

	private final Analyzer fallback = new StandardAnalyzer();

	public TextAnalyzers() {
		this.byLanguage = Map.of("ko", korean(), "en", new EnglishAnalyzer(), "sv", new SwedishAnalyzer(), "pt",
				new PortugueseAnalyzer(), "de", new GermanAnalyzer(), "es", new SpanishAnalyzer(), "fr",
				new FrenchAnalyzer(), "ja", new CJKAnalyzer(), "zh", new CJKAnalyzer());
	}

	static KoreanAnalyzer korean() {
		return new KoreanAnalyzer(userDictionary(), DecompoundMode.DISCARD,
				KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false);
	}

	public static UserDictionary userDictionary() {
		try (Reader reader = new InputStreamReader(
				TextAnalyzers.class.getClassLoader().getResourceAsStream(USER_DICTIONARY), StandardCharsets.UTF_8)) {
			return UserDictionary.open(reader);
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
		Analyzer analyzer = byLanguage.getOrDefault(lang, fallback);
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", TextNormalizer.compatibilityForm(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
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
	}

}
