package org.roleatlas.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which analysed fields a piece of query text is looked for in. Every entry is indexed
 * under the neutral analyzer and its own language's, so a word can only match in the
 * fields of languages written in its script: "roadmap" is never in the Korean, Japanese
 * or Chinese analysis of a text unless it is in its neutral one too. Asking each word in
 * all thirteen fields made queries of hundreds of clauses, whose rewriting and
 * highlighting was most of a search's cost.
 */
final class SearchFields {

	/** Languages written in each script the analyzers cover, by ISO 639-1 code. */
	private static final Map<Character.UnicodeScript, List<String>> LANGUAGES_BY_SCRIPT = Map.of(
			Character.UnicodeScript.HANGUL, List.of("ko"), Character.UnicodeScript.HIRAGANA, List.of("ja"),
			Character.UnicodeScript.KATAKANA, List.of("ja"), Character.UnicodeScript.HAN, List.of("zh", "ja"),
			Character.UnicodeScript.LATIN, List.of("en", "sv", "pt", "de", "fr", "es", "it", "nl", "pl"));

	private SearchFields() {
	}

	/** The fields of {@code prefix} (text or description) that may hold {@code text}. */
	static String[] forText(String prefix, String text) {
		Set<String> analyzers = new LinkedHashSet<>();
		analyzers.add(AtlasAnalysisConfigurer.NEUTRAL);
		text.codePoints()
			.filter(Character::isLetter)
			.mapToObj(Character.UnicodeScript::of)
			.distinct()
			.forEach(script -> LANGUAGES_BY_SCRIPT.getOrDefault(script, List.of())
				.forEach(lang -> analyzers.add(AtlasAnalysisConfigurer.BY_LANGUAGE.get(lang))));
		return analyzers.stream().map(analyzer -> prefix + analyzer).toArray(String[]::new);
	}

	/** The fields of {@code prefix} that text written in {@code lang} is analysed in. */
	static String[] forLanguage(String prefix, String lang) {
		return SearchEntryBinder.analyzersFor(lang).stream().map(analyzer -> prefix + analyzer).toArray(String[]::new);
	}

}
