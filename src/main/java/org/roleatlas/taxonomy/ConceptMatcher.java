package org.roleatlas.taxonomy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps an item's text to concepts by its analysed tokens: a keyword matches when its
 * tokens appear in the item's tokens consecutively (a phrase), both analysed in the
 * keyword's language. So 요구사항 (요구+사항) matches "제품 요구사항 정의" but 요구 alone would not be
 * needed to, "strategies" matches "strategy", and an English phrase inside a Swedish
 * article ("Product Vision") still matches its English keyword.
 */
public final class ConceptMatcher {

	private record Keyword(int rank, String concept, List<String> tokens) {

		boolean matchesAt(List<String> text, int start) {
			return start + tokens.size() <= text.size() && text.subList(start, start + tokens.size()).equals(tokens);
		}

	}

	private static final char LATIN_1_END = '\u00FF';

	private final TextAnalyzers analyzers;

	/**
	 * Per language, the keywords by their first token, so that a text is looked up token
	 * by token instead of searched for every keyword.
	 */
	private final Map<String, Map<String, List<Keyword>>> keywordsByFirstToken = new LinkedHashMap<>();

	private final List<String> conceptsByRank = new ArrayList<>();

	/**
	 * Per language, the first tokens of its keywords written in Latin-1 letters and
	 * digits: the only ones a text of Latin-1 characters can hold among its letter
	 * tokens.
	 */
	private final Map<String, List<String>> latin1FirstTokens = new HashMap<>();

	/**
	 * Languages with a keyword whose first token holds more than letters and digits (the
	 * Chinese segmenter reads every punctuation mark as ","): read whatever the text.
	 */
	private final Set<String> punctuationFirstTokens = new HashSet<>();

	public ConceptMatcher(List<ConceptEntry> concepts, TextAnalyzers analyzers) {
		this.analyzers = analyzers;
		for (ConceptEntry concept : concepts) {
			concept.keywordsByLang().forEach((lang, words) -> words.forEach(word -> {
				List<String> tokens = analyzers.tokens(lang, TextNormalizer.normalize(word));
				if (!tokens.isEmpty()) {
					Keyword keyword = new Keyword(conceptsByRank.size(), concept.id(), tokens);
					conceptsByRank.add(concept.id());
					keywordsByFirstToken.computeIfAbsent(lang, l -> new HashMap<>())
						.computeIfAbsent(tokens.get(0), t -> new ArrayList<>())
						.add(keyword);
				}
			}));
		}
		keywordsByFirstToken.forEach((lang, byFirstToken) -> {
			latin1FirstTokens.put(lang, byFirstToken.keySet().stream().filter(ConceptMatcher::isLatin1).toList());
			if (!byFirstToken.keySet().stream().allMatch(t -> t.chars().allMatch(Character::isLetterOrDigit))) {
				punctuationFirstTokens.add(lang);
			}
		});
	}

	private static boolean isLatin1(String text) {
		return text.chars().allMatch(c -> c <= LATIN_1_END);
	}

	/**
	 * The keyword languages whose analysis could match the text: all, but for a text of
	 * Latin-1 characters a language whose tokens are pieces of the text
	 * ({@link TextAnalyzers#piecesOfLatin1Text}) only when one of its keywords' first
	 * tokens stands in it: a Korean, Chinese or Japanese keyword never matches English
	 * text, and their segmenters are the dearest analyses.
	 */
	private List<String> languagesToRead(String compatible) {
		if (!isLatin1(compatible)) {
			return List.copyOf(keywordsByFirstToken.keySet());
		}
		String lowerCase = compatible.toLowerCase(Locale.ROOT);
		return keywordsByFirstToken.keySet()
			.stream()
			.filter(lang -> !analyzers.piecesOfLatin1Text(lang) || punctuationFirstTokens.contains(lang)
					|| latin1FirstTokens.get(lang).stream().anyMatch(lowerCase::contains))
			.toList();
	}

	/**
	 * Concept ids the text names, in taxonomy order (of the first keyword of each that
	 * matches).
	 */
	public Set<String> match(String text) {
		BitSet matched = new BitSet(conceptsByRank.size());
		String compatible = TextNormalizer.compatibilityForm(text);
		Map<String, List<String>> tokensByLang = analyzers.compatibleTokensByLanguage(languagesToRead(compatible),
				compatible);
		keywordsByFirstToken.forEach((lang, byFirstToken) -> {
			List<String> tokens = tokensByLang.getOrDefault(lang, List.of());
			for (int i = 0; i < tokens.size(); i++) {
				for (Keyword keyword : byFirstToken.getOrDefault(tokens.get(i), List.of())) {
					if (keyword.matchesAt(tokens, i)) {
						matched.set(keyword.rank());
					}
				}
			}
		});
		Set<String> concepts = new LinkedHashSet<>();
		matched.stream().forEach(rank -> concepts.add(conceptsByRank.get(rank)));
		return concepts;
	}

}
