package org.roleatlas.taxonomy;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds vocabulary phrases in text, as the taxonomy files describe: a plain phrase
 * matches whole words, "-x" matches a word ending in x, "~x" matches anywhere. A phrase
 * ending in Hangul may be followed by more Hangul, because Korean particles and endings
 * attach to the word ("역할은").
 */
public final class PhraseMatch {

	/**
	 * Phrases read into needles, as the vocabulary is asked for again and again (every
	 * ability marker of every candidate item: trimming, lower-casing and cutting the
	 * marker each time was half the cost of the search); the vocabulary is a few thousand
	 * phrases, and the memory starts afresh past {@link #MAX_NEEDLES} in case a caller
	 * passes text of its own.
	 */
	private static final Map<String, Needle> NEEDLES = new ConcurrentHashMap<>();

	private static final int MAX_NEEDLES = 20_000;

	private PhraseMatch() {
	}

	/** Lower-cased compatibility form, the form phrases are matched in. */
	public static String fold(String text) {
		return TextNormalizer.compatibilityForm(text).toLowerCase(Locale.ROOT);
	}

	public static boolean containsAny(String foldedText, Collection<String> phrases) {
		for (String phrase : phrases) {
			if (indexOf(foldedText, phrase, 0) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** Start of the first match of the phrase at or after {@code from}, or -1. */
	public static int indexOf(String foldedText, String phrase, int from) {
		Needle needle = needleOf(phrase);
		if (needle.anywhere()) {
			return foldedText.indexOf(needle.text(), from);
		}
		if (needle.text().isEmpty()) {
			return -1;
		}
		String text = needle.text();
		for (int at = foldedText.indexOf(text, from); at >= 0; at = foldedText.indexOf(text, at + 1)) {
			int end = at + text.length();
			boolean startOk = needle.suffix() || at == 0 || !isWordChar(foldedText.codePointBefore(at))
					|| !isWordChar(text.codePointAt(0));
			boolean endOk = end == foldedText.length() || !isWordChar(foldedText.codePointAt(end))
					|| !isWordChar(text.codePointBefore(text.length()))
					|| (TextNormalizer.isHangul(text.codePointBefore(text.length()))
							&& TextNormalizer.isHangul(foldedText.codePointAt(end)));
			if (startOk && endOk) {
				return at;
			}
		}
		return -1;
	}

	/**
	 * What a phrase looks for: the text, and whether anywhere ("~x") or at a word's end
	 * ("-x").
	 */
	private record Needle(String text, boolean anywhere, boolean suffix) {
	}

	private static Needle needleOf(String phrase) {
		Needle needle = NEEDLES.get(phrase);
		if (needle == null) {
			if (NEEDLES.size() > MAX_NEEDLES) {
				NEEDLES.clear();
			}
			needle = readNeedle(phrase);
			NEEDLES.put(phrase, needle);
		}
		return needle;
	}

	private static Needle readNeedle(String phrase) {
		String p = phrase.trim().toLowerCase(Locale.ROOT);
		if (p.startsWith("~")) {
			return new Needle(p.substring(1).trim(), true, false);
		}
		boolean suffix = p.startsWith("-") && p.length() > 1;
		return new Needle(suffix ? p.substring(1) : p, false, suffix);
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
