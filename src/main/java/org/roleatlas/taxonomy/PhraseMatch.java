package org.roleatlas.taxonomy;

import java.util.Collection;
import java.util.Locale;

/**
 * Finds vocabulary phrases in text, as the taxonomy files describe: a plain phrase
 * matches whole words, "-x" matches a word ending in x, "~x" matches anywhere. A phrase
 * ending in Hangul may be followed by more Hangul, because Korean particles and endings
 * attach to the word ("역할은").
 */
public final class PhraseMatch {

	private PhraseMatch() {
	}

	/** Lower-cased compatibility form, the form phrases are matched in. */
	public static String fold(String text) {
		return TextNormalizer.compatibilityForm(text).toLowerCase(Locale.ROOT);
	}

	public static boolean containsAny(String foldedText, Collection<String> phrases) {
		return phrases.stream().anyMatch(phrase -> indexOf(foldedText, phrase, 0) >= 0);
	}

	/** Start of the first match of the phrase at or after {@code from}, or -1. */
	public static int indexOf(String foldedText, String phrase, int from) {
		String p = phrase.trim().toLowerCase(Locale.ROOT);
		if (p.isEmpty()) {
			return -1;
		}
		if (p.startsWith("~")) {
			return foldedText.indexOf(p.substring(1).trim(), from);
		}
		boolean suffix = p.startsWith("-") && p.length() > 1;
		String needle = suffix ? p.substring(1) : p;
		for (int at = foldedText.indexOf(needle, from); at >= 0; at = foldedText.indexOf(needle, at + 1)) {
			int end = at + needle.length();
			boolean startOk = suffix || at == 0 || !isWordChar(foldedText.codePointBefore(at))
					|| !isWordChar(needle.codePointAt(0));
			boolean endOk = end == foldedText.length() || !isWordChar(foldedText.codePointAt(end))
					|| !isWordChar(needle.codePointBefore(needle.length()))
					|| (TextNormalizer.isHangul(needle.codePointBefore(needle.length()))
							&& TextNormalizer.isHangul(foldedText.codePointAt(end)));
			if (startOk && endOk) {
				return at;
			}
		}
		return -1;
	}

	/**
	 * Whether the phrase opens the text: a plain or "-x" phrase must stand at its start,
	 * a "~" phrase (CJK, no word boundaries) may stand anywhere in it.
	 */
	public static boolean opens(String foldedText, String phrase) {
		int at = indexOf(foldedText, phrase, 0);
		return phrase.startsWith("~") ? at >= 0 : at == 0;
	}

	public static int lengthOf(String phrase) {
		String p = phrase.trim();
		return (p.startsWith("~") || (p.startsWith("-") && p.length() > 1)) ? p.substring(1).trim().length()
				: p.length();
	}

	public static boolean isWordChar(int codePoint) {
		if (codePoint < 0x80) {
			return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
					|| (codePoint >= '0' && codePoint <= '9');
		}
		return Character.isLetterOrDigit(codePoint);
	}

}
