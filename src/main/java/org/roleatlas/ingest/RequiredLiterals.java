package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap test of which of several regular expressions cannot match a text: per pattern,
 * the literals one of which every match must contain (as RE2 and Hyperscan prefilter),
 * read off the pattern's syntax. A chrome rule such as {@code (?i)(©|all rights
 * reserved|…)} is otherwise tried at every position of every line; most lines contain
 * none of its words. The literals of all the patterns are looked for in one pass over the
 * text, by their first characters, so the test costs about the same for a thousand
 * literals as for ten (looking for each with {@link String#indexOf} took two thirds of
 * the chrome rules' time). Literals are compared case-folded the way
 * {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} compares characters,
 * so the test holds with or without those flags. Syntax it does not read (classes,
 * escapes such as {@code \p{L}}, back references) only weakens the test, never makes it
 * wrong; a pattern it cannot read at all ({@code \Q}, comments mode) may match any text.
 */
final class RequiredLiterals {

	/**
	 * Every character's fold, looked up once: two case-table lookups for each character
	 * of each line (Hangul, Han and kana among them) cost more than the lookup of the
	 * literals that follows.
	 */
	private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

	static {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			FOLDED[c] = Character.toLowerCase(Character.toUpperCase((char) c));
		}
	}

	/** Characters a literal is looked up by. */
	private static final int KEY_LENGTH = 3;

	/** The patterns without literals of their own: they may match any text. */
	private final BitSet anyText = new BitSet();

	/** Literals of one and of two characters, by those characters. */
	private final LiteralTable shortLiterals;

	/**
	 * Whether a character opens a literal of {@link #shortLiterals}: a handful of
	 * characters (©, →, "ad"), so the table is seldom asked.
	 */
	private final boolean[] opensShortLiteral = new boolean[Character.MAX_VALUE + 1];

	/**
	 * Longer literals, by their first three characters (two alone left a score of
	 * literals to try at each "re" or "co").
	 */
	private final LiteralTable longLiterals;

	private RequiredLiterals(List<Pattern> patterns) {
		Map<Long, List<Literal>> shortByKey = new LinkedHashMap<>();
		Map<Long, List<Literal>> longByKey = new LinkedHashMap<>();
		for (int index = 0; index < patterns.size(); index++) {
			Set<String> literals = literalsOf(patterns.get(index));
			if (literals == null || literals.contains("")) {
				anyText.set(index);
				continue;
			}
			for (String literal : literals) {
				boolean isShort = literal.length() < KEY_LENGTH;
				if (isShort) {
					opensShortLiteral[literal.charAt(0)] = true;
				}
				long key = key(literal, 0, Math.min(literal.length(), KEY_LENGTH));
				(isShort ? shortByKey : longByKey).computeIfAbsent(key, k -> new ArrayList<>())
					.add(new Literal(literal, index));
			}
		}
		this.shortLiterals = new LiteralTable(shortByKey);
		this.longLiterals = new LiteralTable(longByKey);
	}

	/** The test of the patterns, which {@link #mayMatch} names by their index here. */
	static RequiredLiterals of(List<Pattern> patterns) {
		return new RequiredLiterals(patterns);
	}

	/** One literal set, or null when any text may match. */
	private static Set<String> literalsOf(Pattern pattern) {
		if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
			return null;
		}
		try {
			return LiteralReader.required(pattern.pattern());
		}
		catch (UnsupportedOperationException unreadable) {
			return null;
		}
	}

	/**
	 * The indexes of the patterns a match is possible for in the text, given in
	 * {@link #fold}ed form.
	 */
	BitSet mayMatch(String foldedText) {
		BitSet possible = (BitSet) anyText.clone();
		int length = foldedText.length();
		for (int i = 0; i < length; i++) {
			char first = foldedText.charAt(i);
			if (opensShortLiteral[first]) {
				markFound(shortLiterals.get(first), foldedText, i, possible);
				if (i + 1 < length) {
					markFound(shortLiterals.get(key(foldedText, i, 2)), foldedText, i, possible);
				}
			}
			if (i + KEY_LENGTH <= length) {
				markFound(longLiterals.get(key(foldedText, i, KEY_LENGTH)), foldedText, i, possible);
			}
		}
		return possible;
	}

	private static void markFound(Literal[] candidates, String text, int at, BitSet possible) {
		if (candidates == null) {
			return;
		}
		for (Literal literal : candidates) {
			if (!possible.get(literal.pattern()) && text.startsWith(literal.text(), at)) {
				possible.set(literal.pattern());
			}
		}
	}

	/** The characters from {@code start}, {@code length} of them, as one number. */
	private static long key(String text, int start, int length) {
		long key = 0;
		for (int k = 0; k < length; k++) {
			key = key << Character.SIZE | text.charAt(start + k);
		}
		return key;
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
		return FOLDED[c];
	}

	private record Literal(String text, int pattern) {
	}

	/**
	 * Literals by a key in open addressing: it is asked at every character of every line,
	 * where a {@link java.util.HashMap} would box each key.
	 */
	private static final class LiteralTable {

		private final long[] keys;

		private final Literal[][] literals;

		private final int mask;

		/** Fibonacci hashing: the high bits of the key times the golden ratio. */
		private final int shift;

		LiteralTable(Map<Long, List<Literal>> byKey) {
			int capacity = Integer.highestOneBit(Math.max(1, byKey.size()) * 4);
			this.keys = new long[capacity];
			this.literals = new Literal[capacity][];
			this.mask = capacity - 1;
			this.shift = Long.SIZE - Integer.numberOfTrailingZeros(capacity);
			byKey.forEach((key, list) -> {
				int slot = slot(key);
				while (literals[slot] != null) {
					slot = (slot + 1) & mask;
				}
				keys[slot] = key;
				literals[slot] = list.toArray(Literal[]::new);
			});
		}

		Literal[] get(long key) {
			for (int slot = slot(key); literals[slot] != null; slot = (slot + 1) & mask) {
				if (keys[slot] == key) {
					return literals[slot];
				}
			}
			return null;
		}

		private int slot(long key) {
			return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
		}

	}

}
