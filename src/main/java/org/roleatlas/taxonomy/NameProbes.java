package org.roleatlas.taxonomy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a list of names a text may hold, found in one pass over the text so that the
 * regular expression of a name runs only where it can match. A name can start only where
 * its first word stands, as its pattern compares it (case folded, or as written for an
 * acronym), after no Latin letter or digit: so "PM" is not tried on "development", nor
 * "IT Manager" on "with". The test never turns away a text its pattern matches; it may
 * let through one the pattern does not.
 */
final class NameProbes {

	/**
	 * A first word, as written when {@code literal}, else case folded as the patterns
	 * fold it, with the positions of the names that start with it.
	 */
	private record Probe(String word, boolean literal, BitSet names) {

		boolean standsAt(String text, char[] folded, int at) {
			if (at + word.length() > text.length()) {
				return false;
			}
			for (int i = 0; i < word.length(); i++) {
				char c = word.charAt(i);
				if (text.charAt(at + i) != c && (literal || folded[at + i] != c)) {
					return false;
				}
			}
			return true;
		}

	}

	private static final int ASCII = 0x80;

	private final int count;

	/** Names without a word to look for: tried on every text. */
	private final BitSet alwaysTried = new BitSet();

	/**
	 * The probes by the folded first character of their word: an ASCII one looked up in
	 * an array, since the text is scanned character by character.
	 */
	private final Probe[][] byAsciiFirstChar = new Probe[ASCII][];

	private final Map<Character, Probe[]> byOtherFirstChar = new HashMap<>();

	/**
	 * @param firstWords per name, in order, the first word of its pattern
	 * @param literal per name, whether its pattern compares case as written
	 */
	NameProbes(List<String> firstWords, List<Boolean> literal) {
		this.count = firstWords.size();
		Map<String, Probe> probes = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			boolean asWritten = literal.get(i);
			char[] folded = foldedOrNull(firstWords.get(i));
			if (firstWords.get(i).isEmpty() || (!asWritten && folded == null)) {
				alwaysTried.set(i);
				continue;
			}
			String word = asWritten ? firstWords.get(i) : new String(folded);
			probes.computeIfAbsent((asWritten ? "=" : "~") + word, key -> new Probe(word, asWritten, new BitSet()))
				.names()
				.set(i);
		}
		Map<Character, List<Probe>> byFirstChar = new HashMap<>();
		probes.values()
			.forEach(probe -> byFirstChar.computeIfAbsent((char) fold(probe.word().charAt(0)), c -> new ArrayList<>())
				.add(probe));
		byFirstChar.forEach((first, withIt) -> {
			Probe[] array = withIt.toArray(Probe[]::new);
			if (first < ASCII) {
				byAsciiFirstChar[first] = array;
			}
			else {
				byOtherFirstChar.put(first, array);
			}
		});
	}

	/** The positions of the names that may stand in the text. */
	BitSet namesPossiblyIn(String text) {
		char[] folded = foldedOrNull(text);
		BitSet names = (BitSet) alwaysTried.clone();
		if (folded == null) {
			names.set(0, count);
			return names;
		}
		for (int at = 0; at < folded.length; at++) {
			char first = folded[at];
			Probe[] probes = first < ASCII ? byAsciiFirstChar[first] : byOtherFirstChar.get(first);
			if (probes == null || (at > 0 && endsAWord(text.charAt(at - 1)))) {
				continue;
			}
			for (Probe probe : probes) {
				if (probe.standsAt(text, folded, at)) {
					names.or(probe.names());
				}
			}
		}
		return names;
	}

	/**
	 * A Latin letter or a digit, after which no name pattern starts (each looks behind
	 * for one of them, or for any letter or digit); a surrogate is let through.
	 */
	private static boolean endsAWord(char c) {
		if (c < ASCII) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		}
		if (Character.isSurrogate(c)) {
			return false;
		}
		int type = Character.getType(c);
		return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
	}

	/**
	 * The case folding of {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE}, code
	 * point by code point, so that positions stay those of the text; null in the unlikely
	 * case that folding changes the length of a code point, when every name is tried.
	 */
	private static char[] foldedOrNull(String text) {
		char[] folded = new char[text.length()];
		for (int at = 0; at < text.length();) {
			char c = text.charAt(at);
			if (c < ASCII) {
				// what fold gives an ASCII character, without two case tables
				folded[at++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
				continue;
			}
			int codePoint = text.codePointAt(at);
			int fold = fold(codePoint);
			if (Character.charCount(fold) != Character.charCount(codePoint)) {
				return null;
			}
			at += Character.toChars(fold, folded, at);
		}
		return folded;
	}

	private static int fold(int codePoint) {
		return Character.toLowerCase(Character.toUpperCase(codePoint));
	}

}
