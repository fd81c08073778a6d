package org.roleatlas.taxonomy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

	private final TextAnalyzers analyzers;

	/**
	 * Per language, the keywords by their first token, so that a text is looked up token
	 * by token instead of searched for every keyword.
	 */
	private final Map<String, Map<String, List<Keyword>>> keywordsByFirstToken = new LinkedHashMap<>();

	private final List<String> conceptsByRank = new ArrayList<>();

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
	}

	/**
	 * Concept ids the text names, in taxonomy order (of the first keyword of each that
	 * matches).
	 */
	public Set<String> match(String text) {
		BitSet matched = new BitSet(conceptsByRank.size());
		Map<String, List<String>> tokensByLang = analyzers.tokensByLanguage(keywordsByFirstToken.keySet(), text);
		keywordsByFirstToken.forEach((lang, byFirstToken) -> {
			List<String> tokens = tokensByLang.get(lang);
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
