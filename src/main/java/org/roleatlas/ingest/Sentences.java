package org.roleatlas.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a block's text into sentences, each with the source line it starts on, by the
 * sentence rules of {@link BreakIterator} for the article's language (Japanese and
 * Chinese full stops end a sentence without a space after them; "3.5" and "e.g. the" do
 * not). The JDK rules still end a sentence at an abbreviation followed by a capital ("vs.
 * Project", "U.S. Department"), so such boundaries are joined again.
 */
final class Sentences {

	record Sentence(String text, int line) {
	}

	/** Dotted initialisms and single initials: "e.g.", "U.S.", "z.B.", "J.". */
	private static final Pattern INITIALISM = Pattern
		.compile("(?:^|[\\s(])(?:\\p{L}{1,2}\\.){2,}$|(?:^|\\s)\\p{Lu}\\.$");

	/**
	 * Words whose period abbreviates them rather than ending a sentence, by language (""
	 * for all Latin-script languages), lower case and without the period. Only words that
	 * hardly ever end a sentence themselves: "etc." often does, so it is not here.
	 */
	private static final Map<String, Set<String>> ABBREVIATIONS = Map.of("",
			Set.of("vs", "cf", "ca", "approx", "dr", "mr", "mrs", "ms", "prof", "nr"), "de",
			Set.of("bzw", "usw", "ggf", "inkl", "evtl", "sog", "vgl", "abs", "hr", "fr"), "fr",
			Set.of("env", "mme", "mlle", "chap"), "es", Set.of("sr", "sra", "srta", "aprox", "pág", "ej"), "pt",
			Set.of("sr", "sra", "aprox", "pág", "ex"), "it", Set.of("sig", "dott", "ing", "ecc", "pag"), "nl",
			Set.of("bijv", "dhr", "mevr", "ca", "o.a"), "sv", Set.of("bl.a", "t.ex", "ca", "resp"), "pl",
			Set.of("np", "tzw", "ok", "itp", "itd", "dr", "inż"));

	private static final Pattern LAST_WORD = Pattern.compile("(?:^|\\s)([\\p{L}.]+)\\.$");

	private Sentences() {
	}

	static List<Sentence> of(Block block, String lang) {
		String text = block.text();
		BreakIterator boundaries = BreakIterator.getSentenceInstance(locale(lang));
		boundaries.setText(text);
		List<Sentence> sentences = new ArrayList<>();
		int start = 0;
		for (int end = boundaries.following(0); end != BreakIterator.DONE; end = boundaries.next()) {
			if (end < text.length() && endsWithAbbreviation(text.substring(start, end).strip(), lang)) {
				continue;
			}
			add(block, start, end, sentences);
			start = end;
		}
		add(block, start, text.length(), sentences);
		return sentences;
	}

	private static Locale locale(String lang) {
		return lang == null || lang.isBlank() ? Locale.ROOT : Locale.forLanguageTag(lang);
	}

	private static boolean endsWithAbbreviation(String sentence, String lang) {
		if (INITIALISM.matcher(sentence).find()) {
			return true;
		}
		var word = LAST_WORD.matcher(sentence);
		if (!word.find()) {
			return false;
		}
		String abbreviation = word.group(1).toLowerCase(Locale.ROOT);
		return ABBREVIATIONS.get("").contains(abbreviation)
				|| ABBREVIATIONS.getOrDefault(lang == null ? "" : lang, Set.of()).contains(abbreviation);
	}

	private static void add(Block block, int start, int end, List<Sentence> sentences) {
		String raw = block.text().substring(start, end);
		String text = raw.strip();
		if (!text.isEmpty()) {
			int leadingSpace = raw.length() - raw.stripLeading().length();
			sentences.add(new Sentence(text, block.lineAt(start + leadingSpace)));
		}
	}

}
