package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Tells the language of a text. Scripts decide Korean, Japanese and Chinese (Han without
 * kana); Latin-script languages are told apart by their function words (languages.yaml).
 * Chosen over a statistical library such as Lingua because the content is a handful of
 * languages with very different function words, the rule is explainable in the ingest
 * report, and it needs no hundred-megabyte models in memory; its limit is short Latin
 * text, which is reported as not confident so that it takes its article's language.
 */
final class LanguageDetector {

	/**
	 * Detected language and whether the evidence is strong enough to overrule the
	 * article's language.
	 */
	public record Detection(String lang, boolean confident) {
	}

	private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

	/**
	 * Japanese writes its particles and endings in kana, so at least one CJK letter in
	 * ten is kana; Chinese text with a stray kana (a brand, a quoted の) stays Chinese.
	 */
	private static final int KANA_SHARE_OF_JAPANESE = 10;

	/** The languages that list each function word. */
	private final Map<String, List<String>> languagesByWord = new HashMap<>();

	public LanguageDetector(Map<String, Set<String>> stopwords) {
		stopwords.forEach((lang, words) -> words
			.forEach(word -> languagesByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(lang)));
	}

	public Detection detect(String text) {
		int hangul = 0;
		int kana = 0;
		int han = 0;
		int letters = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			int cp = text.codePointAt(i);
			if (!Character.isLetter(cp)) {
				continue;
			}
			letters++;
			switch (Character.UnicodeScript.of(cp)) {
				case HANGUL -> hangul++;
				case HIRAGANA, KATAKANA -> kana++;
				case HAN -> han++;
				default -> {
				}
			}
		}
		if (letters == 0) {
			return new Detection("und", false);
		}
		if (kana > 0 && kana * KANA_SHARE_OF_JAPANESE >= kana + han && kana + han >= letters * 0.3) {
			return new Detection("ja", true);
		}
		if (hangul >= letters * 0.3) {
			return new Detection("ko", hangul >= 2);
		}
		if (han >= letters * 0.5) {
			// Han characters alone are written in Japanese too: never confident enough to
			// overrule an article.
			return new Detection("zh", false);
		}
		return latin(text);
	}

	/**
	 * Each function word scores for every language that lists it, by an equal share, so
	 * that words common to several languages ("de", "en", "la") do not decide between
	 * them. Ties go to the alphabetically first language, so a result never depends on
	 * map order.
	 */
	private Detection latin(String text) {
		Map<String, Double> scores = new TreeMap<>();
		WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).forEach(word -> {
			List<String> langs = languagesByWord.getOrDefault(word, List.of());
			langs.forEach(lang -> scores.merge(lang, 1.0 / langs.size(), Double::sum));
		});
		String best = "en";
		double bestScore = 0;
		double secondScore = 0;
		for (var entry : scores.entrySet()) {
			double score = entry.getValue();
			if (score > bestScore) {
				secondScore = bestScore;
				bestScore = score;
				best = entry.getKey();
			}
			else if (score > secondScore) {
				secondScore = score;
			}
		}
		boolean confident = bestScore >= 2 && bestScore >= secondScore * 1.5;
		return new Detection(best, confident);
	}

}
