package org.roleatlas.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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

	private record Keyword(String concept, String lang, List<String> tokens) {
	}

	private final TextAnalyzers analyzers;

	private final List<Keyword> keywords = new ArrayList<>();

	public ConceptMatcher(List<ConceptEntry> concepts, TextAnalyzers analyzers) {
		this.analyzers = analyzers;
		for (ConceptEntry concept : concepts) {
			concept.keywordsByLang().forEach((lang, words) -> words.forEach(word -> {
				List<String> tokens = analyzers.tokens(lang, TextNormalizer.normalize(word));
				if (!tokens.isEmpty()) {
					keywords.add(new Keyword(concept.id(), lang, tokens));
				}
			}));
		}
	}

	/** Concept ids the text names, in taxonomy order. */
	public Set<String> match(String text) {
		Map<String, List<String>> tokensByLang = new HashMap<>();
		Set<String> concepts = new LinkedHashSet<>();
		for (Keyword keyword : keywords) {
			if (concepts.contains(keyword.concept())) {
				continue;
			}
			List<String> tokens = tokensByLang.computeIfAbsent(keyword.lang(), lang -> analyzers.tokens(lang, text));
			if (Collections.indexOfSubList(tokens, keyword.tokens()) >= 0) {
				concepts.add(keyword.concept());
			}
		}
		return concepts;
	}

}
