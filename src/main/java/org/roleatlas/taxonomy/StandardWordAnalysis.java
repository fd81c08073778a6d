package org.roleatlas.taxonomy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.roleatlas.taxonomy.LanguageAnalysis.Chain;
import org.roleatlas.taxonomy.LanguageAnalysis.Step;

/**
 * The analysis of the languages whose chains start with the standard tokenizer, with one
 * tokenization for all of them. Their filters (case, elision, possessive, stop words,
 * stemming) read each word on its own, so a text's tokens in such a language are its
 * standard words each filtered; and a word's filtered form is remembered, since a loader
 * meets the same vocabulary in article after article.
 */
final class StandardWordAnalysis implements AutoCloseable {

	/**
	 * Words remembered with their filtered forms before the memory starts afresh: some
	 * ten MB, more than the vocabulary of a large corpus.
	 */
	private static final int MAX_REMEMBERED_WORDS = 100_000;

	private final Analyzer tokenizer;

	/**
	 * Per covered language, its filters after a tokenizer that takes the whole input as
	 * one word.
	 */
	private final Map<String, Analyzer> wordFilters = new LinkedHashMap<>();

	/**
	 * Per word, its tokens in each covered language, in the order of
	 * {@link #wordFilters}.
	 */
	private final Map<String, List<List<String>>> filteredWords = new HashMap<>();

	/**
	 * @param chains the chains by language; those starting with the standard tokenizer
	 * are covered
	 * @param build how an analyzer is built from a chain
	 */
	StandardWordAnalysis(Map<String, Chain> chains, Function<Chain, Analyzer> build) {
		Step<TokenizerFactory> standard = Step.of(StandardTokenizerFactory.class);
		this.tokenizer = build.apply(new Chain(standard, List.of()));
		Step<TokenizerFactory> wholeInput = Step.of(KeywordTokenizerFactory.class);
		chains.forEach((lang, chain) -> {
			if (chain.tokenizer().equals(standard)) {
				wordFilters.put(lang, build.apply(new Chain(wholeInput, chain.filters())));
			}
		});
	}

	boolean covers(String lang) {
		return wordFilters.containsKey(lang);
	}

	/**
	 * The text's tokens in every covered language: its standard words, each filtered in
	 * each language.
	 */
	Map<String, List<String>> tokensByLanguage(String text) {
		if (filteredWords.size() > MAX_REMEMBERED_WORDS) {
			filteredWords.clear();
		}
		List<String> words = terms(tokenizer, text);
		List<List<String>> tokens = new ArrayList<>(wordFilters.size());
		wordFilters.forEach((lang, filters) -> tokens.add(new ArrayList<>(words.size())));
		for (String word : words) {
			List<List<String>> forms = filteredWords.computeIfAbsent(word, this::filteredInEachLanguage);
			for (int i = 0; i < forms.size(); i++) {
				tokens.get(i).addAll(forms.get(i));
			}
		}
		Map<String, List<String>> byLanguage = new HashMap<>();
		int i = 0;
		for (String lang : wordFilters.keySet()) {
			byLanguage.put(lang, tokens.get(i++));
		}
		return byLanguage;
	}

	private List<List<String>> filteredInEachLanguage(String word) {
		return wordFilters.values().stream().map(filters -> List.copyOf(terms(filters, word))).toList();
	}

	/** The terms the analyzer makes of the text, in order. */
	static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	@Override
	public void close() {
		tokenizer.close();
		wordFilters.values().forEach(Analyzer::close);
	}

}
