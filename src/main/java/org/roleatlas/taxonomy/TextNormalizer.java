package org.roleatlas.taxonomy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises text before it is stored or compared: Unicode NFKC, every kind of whitespace
 * (the seeds use U+00A0) collapsed to one space, trimmed.
 */
public final class TextNormalizer {

	private static final Pattern ANY_WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.。,，;:：!！]+$");

	private TextNormalizer() {
	}

	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		return ANY_WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ").trim();
	}

	/** Normalised, without the punctuation a sentence or list item ends with. */
	public static String stripTrailingPunctuation(String text) {
		return TRAILING_PUNCTUATION.matcher(normalize(text)).replaceAll("");
	}

	/**
	 * The form two texts are compared in: normalised, lower case, trailing punctuation
	 * ignored.
	 */
	public static String comparisonKey(String text) {
		return stripTrailingPunctuation(text).toLowerCase(Locale.ROOT);
	}

	public static boolean isBlank(String text) {
		return normalize(text).isEmpty();
	}

	/** Leading whitespace of a raw line, counting no-break and other Unicode spaces. */
	public static int indentOf(String rawLine) {
		int indent = 0;
		while (indent < rawLine.length()
				&& (Character.isWhitespace(rawLine.charAt(indent)) || Character.isSpaceChar(rawLine.charAt(indent)))) {
			indent++;
		}
		return indent;
	}

	public static boolean isHangul(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
	}

}
