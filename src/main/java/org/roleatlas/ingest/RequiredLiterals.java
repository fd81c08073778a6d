package org.roleatlas.ingest;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap test that a regular expression cannot match a text: the literals one of which
 * every match must contain (as RE2 and Hyperscan prefilter), read off the pattern's
 * syntax. A chrome rule such as {@code (?i)(©|all rights reserved|…)} is otherwise tried
 * at every position of every line; most lines contain none of its words, and
 * {@link String#indexOf} says so many times faster. Literals are compared case-folded the
 * way {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} compares
 * characters, so the test holds with or without those flags. Syntax it does not read
 * (classes, escapes such as {@code \p{L}}, back references) only weakens the test, never
 * makes it wrong; a pattern it cannot read at all ({@code \Q}, comments mode) gets no
 * test.
 */
final class RequiredLiterals {

	/**
	 * Above this many literals, looking for each costs about what the pattern does (a
	 * list of navigation words anchored at the line's start fails on its first letter).
	 */
	private static final int MAX_LITERALS = 64;

	private static final RequiredLiterals ANY_TEXT = new RequiredLiterals(null);

	/** Null when any text may match; an array, as every line runs through it per rule. */
	private final String[] literals;

	private RequiredLiterals(String[] literals) {
		this.literals = literals;
	}

	static RequiredLiterals of(Pattern pattern) {
		if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
			return ANY_TEXT;
		}
		try {
			Set<String> required = LiteralReader.required(pattern.pattern());
			boolean usable = required != null && required.size() <= MAX_LITERALS;
			return usable ? new RequiredLiterals(required.toArray(String[]::new)) : ANY_TEXT;
		}
		catch (UnsupportedOperationException unreadable) {
			return ANY_TEXT;
		}
	}

	/** Whether a match is possible in the text, given in {@link #fold}ed form. */
	boolean mayMatch(String foldedText) {
		if (literals == null) {
			return true;
		}
		for (String literal : literals) {
			if (foldedText.indexOf(literal) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** The text with each character folded as case-insensitive matching compares it. */
	static String fold(String text) {
		char[] folded = new char[text.length()];
		for (int i = 0; i < folded.length; i++) {
			folded[i] = fold(text.charAt(i));
		}
		return new String(folded);
	}

	static char fold(char c) {
		if (c < 0x80) {
			// what the case tables give an ASCII character
			return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
		}
		return Character.toLowerCase(Character.toUpperCase(c));
	}

}
