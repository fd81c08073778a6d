package org.roleatlas.taxonomy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises text before it is stored or compared. Stored text is Unicode NFC, so it
 * keeps what the author wrote (① stays ①, ⁶ stays ⁶, the full-width （ ） ， ： of CJK prose
 * stay full-width), with only the width variants of letters and digits folded (ＣＰＯ is
 * CPO, ｶﾞ is ガ), since they differ in typography, not in meaning; the patterns that read
 * punctuation accept both widths. Texts are compared on NFKC keys, where ① and 1 are the
 * same. Every kind of whitespace (the seeds use U+00A0) is collapsed to one space and
 * trimmed.
 */
public final class TextNormalizer {

	/**
	 * The letters and digits of the Halfwidth and Fullwidth Forms block: full-width Latin
	 * letters and digits, half-width katakana and Hangul.
	 */
	private static final Pattern WIDTH_VARIANTS = Pattern
		.compile("[\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFFDC]+");

	private static final Pattern LATIN_DIACRITIC = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.。,，;；:：!！、]+$");

	private TextNormalizer() {
	}

	/**
	 * The form text is stored in: NFC, width variants of letters folded, whitespace
	 * collapsed.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String folded = hasWidthVariantBlock(text)
				? WIDTH_VARIANTS.matcher(text)
					.replaceAll(m -> Matcher.quoteReplacement(Normalizer.normalize(m.group(), Normalizer.Form.NFKC)))
				: text;
		return collapse(folded, Normalizer.Form.NFC);
	}

	/**
	 * Whether a character of the block {@link #WIDTH_VARIANTS} folds stands in the text:
	 * almost no text holds one, and the scan costs less than the matcher.
	 */
	private static boolean hasWidthVariantBlock(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= '\uFF10') {
				return true;
			}
		}
		return false;
	}

	/**
	 * The compatibility form (NFKC, whitespace collapsed) texts and vocabulary are
	 * compared in; never stored.
	 */
	public static String compatibilityForm(String text) {
		return collapse(text, Normalizer.Form.NFKC);
	}

	private static String collapse(String text, Normalizer.Form form) {
		if (text == null) {
			return "";
		}
		String normalized = isAscii(text) ? text : Normalizer.normalize(text, form);
		return collapseWhitespace(normalized).trim();
	}

	/**
	 * Whether every character is ASCII, which both forms leave as it is (no ASCII
	 * character decomposes or composes): the normalizer's own check looks each character
	 * up in its tables, and every text of an article passes here several times.
	 */
	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Every run of whitespace (ASCII, the separators of category Z, zero-width space,
	 * BOM) as one space; written out rather than as a regular expression because every
	 * text of an article passes here several times.
	 */
	static String collapseWhitespace(String text) {
		StringBuilder out = null;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (!isCollapsedWhitespace(c)) {
				if (out != null) {
					out.append(c);
				}
				i++;
				continue;
			}
			int end = i + 1;
			while (end < text.length() && isCollapsedWhitespace(text.charAt(end))) {
				end++;
			}
			if (out == null && (end > i + 1 || c != ' ')) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(' ');
			}
			i = end;
		}
		return out == null ? text : out.toString();
	}

	/**
	 * The words of the text as {@code text.strip().split("\\s+")} counts them (one for a
	 * blank text): one more than the runs of ASCII whitespace inside the stripped text.
	 * Written out because the ingest counts the words of every candidate item.
	 */
	public static int wordCount(String text) {
		String stripped = text.strip();
		int words = 1;
		for (int i = 1; i < stripped.length(); i++) {
			if (isAsciiSpace(stripped.charAt(i)) && !isAsciiSpace(stripped.charAt(i - 1))) {
				words++;
			}
		}
		return words;
	}

	/** {@code \\s} of {@link java.util.regex.Pattern} without UNICODE_CHARACTER_CLASS. */
	private static boolean isAsciiSpace(char c) {
		return c == ' ' || (c >= '\t' && c <= '\r');
	}

	private static boolean isCollapsedWhitespace(char c) {
		if (c < '\u2000') {
			return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u1680';
		}
		// The separators of category Z past U+1680, written out: a category lookup for
		// every dash and quotation mark of General Punctuation cost more than the rest
		// of the test (the test of every character holds the list to the category).
		return c <= '\u200B' || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000'
				|| c == '\uFEFF';
	}

	/** Normalised, without the punctuation a sentence or list item ends with. */
	public static String stripTrailingPunctuation(String text) {
		return TRAILING_PUNCTUATION.matcher(normalize(text)).replaceAll("");
	}

	/**
	 * The form two texts are compared in: compatibility form, lower case, trailing
	 * punctuation ignored.
	 */
	public static String comparisonKey(String text) {
		return TRAILING_PUNCTUATION.matcher(compatibilityForm(text)).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/**
	 * Lower-case words joined by hyphens, in the compatibility form; letters of any
	 * script are kept (a Korean role keeps its name) and only the diacritics of Latin
	 * letters are stripped (é → e), since in other scripts a combining mark is part of
	 * the letter (the voicing marks of プロダクト).
	 */
	public static String slugify(String text) {
		String decomposed = Normalizer.normalize(compatibilityForm(text), Normalizer.Form.NFD);
		return Normalizer.normalize(LATIN_DIACRITIC.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", "-")
			.replaceAll("^-+|-+$", "")
			.replaceAll("^(.{1,100}).*$", "$1");
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
