package org.roleatlas.taxonomy;

import java.util.Locale;

/**
 * The taxonomies name roles and concepts in two UI languages: Korean, and English for
 * every other locale. Here so that every package can choose between the two the same way
 * (the taxonomy imports nothing of the others).
 */
public final class Labels {

	private static final String KOREAN = "ko";

	private Labels() {
	}

	/** The Korean label for a Korean locale, else (or when there is none) the English. */
	public static String label(Locale locale, String en, String ko) {
		return labelIn(locale.getLanguage(), en, ko);
	}

	/** As {@link #label(Locale, String, String)}, for a language code. */
	public static String labelIn(String lang, String en, String ko) {
		return KOREAN.equals(lang) && ko != null ? ko : en;
	}

	/**
	 * The label in the other UI language, shown beside the chosen one: the English for a
	 * Korean locale, else the Korean (null when there is none).
	 */
	public static String otherLabel(Locale locale, String en, String ko) {
		return KOREAN.equals(locale.getLanguage()) ? en : ko;
	}

}
