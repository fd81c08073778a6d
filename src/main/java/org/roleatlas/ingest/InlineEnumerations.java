package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TextNormalizer;

/**
 * Lists written inside a sentence: "includes a, b and c" after an enumeration marker, or
 * "a, b and c are part of the job" before a closer. Three or more short parts are a list.
 */
final class InlineEnumerations {

	/** A part of an enumeration and where it starts in the block's text. */
	record Part(String text, int offset) {
	}

	/**
	 * A letter of a word a Japanese particle can join: kanji, katakana, Latin, but not
	 * kana-only words (こと).
	 */
	private static final String NOT_KANA_LETTER = "[\\p{L}&&[^\\p{IsHiragana}]]";

	private static final int MAX_ENUMERATED_WORDS = 6;

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？](?:\\s|$)");

	/**
	 * A sentence's end (before or after its footnote mark: "behalten.[3] In"; a CJK stop
	 * needs no space after it), or a semicolon that ends one of its clauses.
	 */
	private static final Pattern SENTENCE_OR_CLAUSE_END = Pattern
		.compile("[.!?](?:\\[\\d+\\])?(?:\\s|$)|[。！？](?:\\[\\d+\\])?\\s*|[;；]\\s*");

	private static final Pattern ASIDE = Pattern.compile("[(（][^)）]*[)）]|“[^”]*”|「[^」]*」");

	/** A part of a skills sentence longer than this is prose, not a listed skill. */
	private static final int MAX_LISTED_WORDS = 12;

	/**
	 * How many words may lead into the first part of a skills sentence ("Tra queste
	 * spiccano la capacità di …", "Hinzu kommen Methodenkenntnisse …").
	 */
	private static final int MAX_LEAD_WORDS = 4;

	/** An ability named in so few words says what it is of after the comma. */
	private static final int MAX_BARE_ABILITY_WORDS = 2;

	private final Taxonomy.Phrases phrases;

	private final Pattern listSeparator;

	InlineEnumerations(Taxonomy.Phrases phrases) {
		this.phrases = phrases;
		this.listSeparator = listSeparator(
				phrases.listSeparators().values().stream().flatMap(List::stream).distinct().toList());
	}

	/**
	 * One pattern for the separators of every language (phrases.yaml explains their
	 * forms): an enumeration borrows words from other languages less often than a
	 * separator could be mistaken.
	 */
	static Pattern listSeparator(List<String> separators) {
		List<String> punctuation = new ArrayList<>();
		List<String> words = new ArrayList<>();
		List<String> alternatives = new ArrayList<>();
		for (String separator : separators) {
			String text = separator.strip();
			if (text.startsWith("~") && text.length() > 1) {
				alternatives.add("(?<=" + NOT_KANA_LETTER + ")" + Pattern.quote(text.substring(1)) + "(?="
						+ NOT_KANA_LETTER + ")");
			}
			else if (text.startsWith("-") && text.length() > 1) {
				alternatives.add("(?<=\\p{L}{2})" + Pattern.quote(text.substring(1)) + "\\s+");
			}
			else if (text.codePoints().anyMatch(Character::isLetter)) {
				words.add(Pattern.quote(text));
			}
			else {
				punctuation.add(Pattern.quote(text));
			}
		}
		String conjunction = "(?:" + String.join("|", words) + ")";
		List<String> all = new ArrayList<>();
		String conjunctionAfter = words.isEmpty() ? "" : "(?:" + conjunction + "\\s+)?";
		// a comma between digits ("2,000") separates nothing
		punctuation.forEach(p -> all.add("\\s*" + p + "(?!(?<=\\d" + p + ")\\d)\\s*" + conjunctionAfter));
		if (!words.isEmpty()) {
			all.add("\\s+" + conjunction + "\\s+");
		}
		all.addAll(alternatives);
		return Pattern.compile(String.join("|", all), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** Every enumeration of the text, part by part. */
	List<Part> find(String text) {
		List<Part> found = new ArrayList<>();
		String folded = PhraseMatch.fold(text);
		for (String marker : phrases.enumerationMarkers()) {
			for (int at = PhraseMatch.indexOf(folded, marker, 0); at >= 0;) {
				int start = at + PhraseMatch.lengthOf(marker);
				int end = sentenceEnd(text, start);
				parts(text, start, listSeparator.split(text.substring(start, end).strip()), found);
				at = PhraseMatch.indexOf(folded, marker, end);
			}
		}
		for (String closer : phrases.enumerationClosers()) {
			for (int at = PhraseMatch.indexOf(folded, closer, 0); at >= 0; at = PhraseMatch.indexOf(folded, closer,
					at + 1)) {
				int start = sentenceStart(text, at);
				List<String> parts = new ArrayList<>(List.of(listSeparator.split(text.substring(start, at).strip())));
				int longestOther = parts.stream().skip(1).mapToInt(TextNormalizer::wordCount).max().orElse(0);
				String[] firstWords = parts.get(0).strip().split("\\s+");
				parts.set(0, String.join(" ", Arrays.asList(firstWords)
					.subList(Math.max(0, firstWords.length - longestOther), firstWords.length)));
				parts(text, start, parts.toArray(String[]::new), found);
			}
		}
		return found;
	}

	/**
	 * The skills a paragraph about skills states in prose, sentence by sentence: the
	 * parts of a sentence that lists two or more ("combine a lot of patience, a thick
	 * skin and genuine curiosity"), from after a colon, the first part with the words
	 * that lead into it; a short sentence that lists nothing but names an ability ("Von
	 * Projektleitern wird ein ausgeprägtes Organisationstalent erwartet") is one part.
	 */
	List<Part> listedSkills(String text) {
		List<Part> found = new ArrayList<>();
		Matcher end = SENTENCE_OR_CLAUSE_END.matcher(text);
		for (int start = 0; start < text.length();) {
			int stop = end.find(start) ? end.start() : text.length();
			String sentence = text.substring(start, stop);
			int colon = Math.max(sentence.lastIndexOf(':'), sentence.lastIndexOf('：'));
			int from = start + colon + 1;
			String listed = text.substring(from, stop).strip();
			String[] parts = outsideBrackets(listed);
			// an aside or a quoted word ("（経験・能力を考慮の上）", "“权力”") states no ability
			boolean namesAbility = PhraseMatch.containsAny(PhraseMatch.fold(ASIDE.matcher(sentence).replaceAll(" ")),
					phrases.abilityMarkers());
			boolean isList = parts.length >= 2 && !parts[0].isBlank()
					&& TextNormalizer.wordCount(parts[0]) <= MAX_LISTED_WORDS + MAX_LEAD_WORDS
					&& Arrays.stream(parts)
						.skip(1)
						.allMatch(p -> !p.isBlank() && TextNormalizer.wordCount(p) <= MAX_LISTED_WORDS);
			boolean single = parts.length == 1 && !listed.isBlank()
					&& TextNormalizer.wordCount(listed) <= MAX_LISTED_WORDS;
			if ((isList || single) && namesAbility) {
				int offset = from;
				for (String part : parts) {
					offset = Math.max(offset, text.indexOf(part, offset));
					found.add(new Part(part.strip(), offset));
				}
			}
			start = stop == text.length() ? stop : end.end();
		}
		return found;
	}

	/**
	 * The parts of a listing, split by separators outside brackets only; an ability named
	 * bare before a comma keeps what it is the ability of ("die Fähigkeit, auch unter
	 * Zeitdruck den Überblick zu behalten").
	 */
	private String[] outsideBrackets(String listed) {
		List<String> parts = new ArrayList<>();
		Matcher separator = listSeparator.matcher(listed);
		int from = 0;
		while (separator.find()) {
			String part = listed.substring(from, separator.start());
			// CJK writes no spaces: its parts are no bare words
			boolean bareAbility = TextNormalizer.wordCount(part) <= MAX_BARE_ABILITY_WORDS
					&& part.codePoints().noneMatch(ProseClauses::isCjk)
					&& PhraseMatch.containsAny(PhraseMatch.fold(part), phrases.abilityMarkers());
			if (!bareAbility && !ProseClauses.insideBrackets(listed, from, separator.start())) {
				parts.add(listed.substring(from, separator.start()));
				from = separator.end();
			}
		}
		parts.add(listed.substring(from));
		return parts.toArray(String[]::new);
	}

	private static void parts(String text, int from, String[] parts, List<Part> found) {
		boolean isList = parts.length >= 3 && Arrays.stream(parts)
			.allMatch(p -> !p.isBlank() && TextNormalizer.wordCount(p) <= MAX_ENUMERATED_WORDS);
		if (!isList) {
			return;
		}
		int offset = from;
		for (String part : parts) {
			offset = Math.max(offset, text.indexOf(part, offset));
			found.add(new Part(part, offset));
		}
	}

	private static int sentenceStart(String text, int before) {
		Matcher m = SENTENCE_END.matcher(text);
		int start = 0;
		while (m.find() && m.end() <= before) {
			start = m.end();
		}
		return start;
	}

	private static int sentenceEnd(String text, int from) {
		Matcher m = SENTENCE_END.matcher(text);
		return m.find(from) ? m.start() : text.length();
	}

}
