package org.roleatlas.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the language of a text. Scripts decide Korean and Japanese outright; Latin-script
 * languages are told apart by their function words (languages.yaml). Chosen over a
 * statistical library such as Lingua because the content is a handful of languages with
 * very different function words, the rule is explainable in the ingest report, and it
 * needs no hundred-megabyte models in memory; its limit is short Latin text, which is
 * reported as not confident so that it takes its article's language.
 */
final class LanguageDetector {

	/**
	 * Detected language and whether the evidence is strong enough to overrule the
	 * article's language.
	 */
	public record Detection(String lang, boolean confident) {
	}

	private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

	private final Map<String, Set<String>> stopwords;

	public LanguageDetector(Map<String, Set<String>> stopwords) {
		this.stopwords = stopwords;
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
		if (kana > 0 && kana + han >= letters * 0.3) {
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

	private Detection latin(String text) {
		var words = WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).toList();
		String best = "en";
		int bestScore = 0;
		int secondScore = 0;
		for (var entry : stopwords.entrySet()) {
			int score = (int) words.stream().filter(entry.getValue()::contains).count();
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
