package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

	/**
	 * Japanese writes its particles and endings in kana, so at least one CJK letter in
	 * ten is kana; Chinese text with a stray kana (a brand, a quoted の) stays Chinese.
	 */
	private static final int KANA_SHARE_OF_JAPANESE = 10;

	/**
	 * Below the Hangul Jamo no letter is Hangul, kana or Han, so the script lookup (a
	 * binary search) is skipped for the Latin letters that make up most text.
	 */
	private static final int FIRST_HANGUL_KANA_OR_HAN = 0x1100;

	/** The languages with function words, in alphabetical order: ties go to the first. */
	private final String[] languages;

	/**
	 * The positions in {@link #languages} of the languages that list each function word.
	 */
	private final Map<String, int[]> languagesByWord = new HashMap<>();

	public LanguageDetector(Map<String, Set<String>> stopwords) {
		this.languages = stopwords.keySet().stream().sorted().toArray(String[]::new);
		Map<String, List<Integer>> listing = new HashMap<>();
		for (int i = 0; i < languages.length; i++) {
			for (String word : stopwords.get(languages[i])) {
				listing.computeIfAbsent(word, any -> new ArrayList<>()).add(i);
			}
		}
		listing
			.forEach((word, langs) -> languagesByWord.put(word, langs.stream().mapToInt(Integer::intValue).toArray()));
	}

	public Detection detect(String text) {
		int hangul = 0;
		int kana = 0;
		int han = 0;
		int letters = 0;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			int cp = text.codePointAt(i);
			if (!Character.isLetter(cp)) {
				continue;
			}
			letters++;
			if (cp < FIRST_HANGUL_KANA_OR_HAN) {
				continue;
			}
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
		String lower = text.toLowerCase(Locale.ROOT);
		double[] scores = new double[languages.length];
		int wordStart = -1;
		for (int i = 0; i <= lower.length();) {
			int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
			if (cp == '\'' || Character.isLetter(cp)) {
				wordStart = wordStart < 0 ? i : wordStart;
			}
			else if (wordStart >= 0) {
				int[] langs = languagesByWord.get(lower.substring(wordStart, i));
				if (langs != null) {
					for (int lang : langs) {
						scores[lang] += 1.0 / langs.length;
					}
				}
				wordStart = -1;
			}
			i += Character.charCount(cp);
		}
		String best = "en";
		double bestScore = 0;
		double secondScore = 0;
		for (int lang = 0; lang < languages.length; lang++) {
			double score = scores[lang];
			if (score > bestScore) {
				secondScore = bestScore;
				bestScore = score;
				best = languages[lang];
			}
			else if (score > secondScore) {
				secondScore = score;
			}
		}
		boolean confident = bestScore >= 2 && bestScore >= secondScore * 1.5;
		return new Detection(best, confident);
	}

}
