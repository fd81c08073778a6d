package org.roleatlas.ingest;

/**
 * The language a fact is written in: its own when the detector is confident, else its
 * article's (a short sentence says too little to tell).
 */
final class FactLanguage {

	private final LanguageDetector languages;

	FactLanguage(LanguageDetector languages) {
		this.languages = languages;
	}

	String of(String text, ParsedArticle article) {
		var detection = languages.detect(text);
		return detection.confident() ? detection.lang() : article.lang();
	}

}
