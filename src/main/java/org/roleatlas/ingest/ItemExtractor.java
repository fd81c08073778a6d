package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.corpus.ItemKind;
import org.roleatlas.corpus.Occurrence;
import org.roleatlas.ingest.Block.Type;
import org.roleatlas.ingest.ParsedArticle.Section;
import org.roleatlas.taxonomy.ConceptMatcher;
import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.SectionKind;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TextNormalizer;

/**
 * Finds the responsibilities, skills and metrics of an article: list items of sections
 * (or lists) of those kinds, short lines heading prose in a responsibilities section, and
 * inline enumerations ("includes a, b and c"). An item phrased as an ability is a skill
 * wherever it stands; a list introduced as measures is metrics.
 */
final class ItemExtractor {

	private static final Set<SectionKind> ITEM_SECTIONS = EnumSet.of(SectionKind.RESPONSIBILITIES, SectionKind.SKILLS,
			SectionKind.METRICS);

	/** "Head: description" or "Head – description"; the head is short. */
	private static final Pattern COLON_OR_SPACED_DASH = Pattern
		.compile("^(.{1,100}?)(?:\\s*[:：]\\s+|\\s+[–—-]\\s+)(.+)$");

	/**
	 * "ledarskapsförmåga-förmågan att …": an unspaced hyphen only splits off a
	 * sentence-long description.
	 */
	private static final Pattern UNSPACED_HYPHEN = Pattern.compile("^([^\\s-]+(?:\\s[^\\s-]+){0,3})-(\\p{L}.*)$");

	/**
	 * A letter of a word a Japanese particle can join: kanji, katakana, Latin, but not
	 * kana-only words (こと).
	 */
	private static final String NOT_KANA_LETTER = "[\\p{L}&&[^\\p{IsHiragana}]]";

	private static final int MAX_ENUMERATED_WORDS = 6;

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?。](?:\\s|$)");

	private final Taxonomy.Phrases phrases;

	private final SectionClassifier classifier;

	private final LanguageDetector languages;

	private final ConceptMatcher concepts;

	private final Pattern listSeparator;

	public ItemExtractor(Taxonomy.Phrases phrases, SectionClassifier classifier, LanguageDetector languages,
			ConceptMatcher concepts) {
		this.phrases = phrases;
		this.classifier = classifier;
		this.languages = languages;
		this.concepts = concepts;
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
		punctuation.forEach(p -> all.add("\\s*" + p + "\\s*" + conjunctionAfter));
		if (!words.isEmpty()) {
			all.add("\\s+" + conjunction + "\\s+");
		}
		all.addAll(alternatives);
		return Pattern.compile(String.join("|", all), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	public List<ExtractedItem> extract(ParsedArticle article) {
		Map<String, Draft> drafts = new LinkedHashMap<>();
		for (Section section : article.sections()) {
			extract(article, section, drafts);
		}
		return drafts.values().stream().map(Draft::toItem).toList();
	}

	private void extract(ParsedArticle article, Section section, Map<String, Draft> drafts) {
		List<Block> blocks = section.blocks();
		SectionKind listKind = section.kind();
		boolean looseList = false;
		Draft lastItem = null;
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			switch (block.type()) {
				case PARAGRAPH -> {
					if (classifier.introducesList(block.text())) {
						listKind = classifier.classify(SectionClassifier.lastSentence(block.text()))
							.orElse(section.kind());
						lastItem = null;
						looseList = false;
					}
					else if (lastItem != null && (looseList || nextIsItem(blocks, i))) {
						looseList = true;
						lastItem.describe(block.text());
					}
					else {
						lastItem = null;
						if (section.kind() == SectionKind.RESPONSIBILITIES) {
							enumeration(article, section, block, drafts);
						}
					}
				}
				case LIST_ITEM -> {
					lastItem = listItem(article, section, block, listKind, drafts);
				}
				case HEADING -> {
					// A short line heading prose inside a responsibilities or skills
					// section is an item.
					ItemKind kind = ITEM_SECTIONS.contains(listKind) ? kindOf(listKind) : ItemKind.RESPONSIBILITY;
					lastItem = add(article, section, block.text(), null, block.line(), kind, drafts);
					looseList = true;
				}
			}
		}
	}

	/**
	 * Whether the same list goes on after this paragraph (a paragraph introducing a new
	 * list ends it).
	 */
	private boolean nextIsItem(List<Block> blocks, int i) {
		for (int j = i + 1; j < blocks.size(); j++) {
			Block next = blocks.get(j);
			if (next.type() != Type.PARAGRAPH) {
				return next.type() == Type.LIST_ITEM;
			}
			if (classifier.introducesList(next.text())) {
				return false;
			}
		}
		return false;
	}

	private Draft listItem(ParsedArticle article, Section section, Block block, SectionKind listKind,
			Map<String, Draft> drafts) {
		String[] headAndRest = splitHead(block.text());
		String description = join(headAndRest[1], block.detail());
		if (ITEM_SECTIONS.contains(listKind)) {
			return add(article, section, headAndRest[0], description, block.line(), kindOf(listKind), drafts);
		}
		if (isAbility(headAndRest[0])) {
			return add(article, section, headAndRest[0], description, block.line(), ItemKind.SKILL, drafts);
		}
		return null;
	}

	private void enumeration(ParsedArticle article, Section section, Block block, Map<String, Draft> drafts) {
		String text = block.text();
		String folded = PhraseMatch.fold(text);
		for (String marker : phrases.enumerationMarkers()) {
			for (int at = PhraseMatch.indexOf(folded, marker, 0); at >= 0;) {
				int start = at + PhraseMatch.lengthOf(marker);
				int end = sentenceEnd(text, start);
				enumerated(article, section, block, start, listSeparator.split(text.substring(start, end).strip()),
						drafts);
				at = PhraseMatch.indexOf(folded, marker, end);
			}
		}
		for (String closer : phrases.enumerationClosers()) {
			for (int at = PhraseMatch.indexOf(folded, closer, 0); at >= 0; at = PhraseMatch.indexOf(folded, closer,
					at + 1)) {
				int start = sentenceStart(text, at);
				List<String> parts = new ArrayList<>(List.of(listSeparator.split(text.substring(start, at).strip())));
				int longestOther = parts.stream().skip(1).mapToInt(ItemExtractor::wordCount).max().orElse(0);
				String[] firstWords = parts.get(0).strip().split("\\s+");
				parts.set(0, String.join(" ", Arrays.asList(firstWords)
					.subList(Math.max(0, firstWords.length - longestOther), firstWords.length)));
				enumerated(article, section, block, start, parts.toArray(String[]::new), drafts);
			}
		}
	}

	/** Three or more short parts are a list; each becomes a responsibility. */
	private void enumerated(ParsedArticle article, Section section, Block block, int from, String[] parts,
			Map<String, Draft> drafts) {
		boolean isList = parts.length >= 3
				&& Arrays.stream(parts).allMatch(p -> !p.isBlank() && wordCount(p) <= MAX_ENUMERATED_WORDS);
		if (!isList) {
			return;
		}
		int offset = from;
		for (String part : parts) {
			int partAt = block.text().indexOf(part, offset);
			offset = Math.max(offset, partAt);
			add(article, section, part, null, block.lineAt(offset), ItemKind.RESPONSIBILITY, drafts);
		}
	}

	private static int wordCount(String part) {
		return part.strip().split("\\s+").length;
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

	private Draft add(ParsedArticle article, Section section, String text, String description, int line, ItemKind kind,
			Map<String, Draft> drafts) {
		String itemText = TextNormalizer.stripTrailingPunctuation(text);
		if (itemText.isEmpty()) {
			return null;
		}
		ItemKind itemKind = isAbility(itemText) ? ItemKind.SKILL : kind;
		String key = itemKind + "|" + TextNormalizer.comparisonKey(itemText);
		Draft draft = drafts.get(key);
		if (draft == null) {
			var detection = languages.detect(itemText);
			String lang = detection.confident() ? detection.lang() : article.lang();
			draft = new Draft(itemKind, itemText, lang, concepts.match(itemText));
			drafts.put(key, draft);
		}
		draft.occurrences.add(new Occurrence(line, section.heading()));
		draft.describe(description);
		return draft;
	}

	boolean isAbility(String text) {
		return PhraseMatch.containsAny(PhraseMatch.fold(text), phrases.abilityMarkers());
	}

	private static ItemKind kindOf(SectionKind kind) {
		return switch (kind) {
			case SKILLS -> ItemKind.SKILL;
			case METRICS -> ItemKind.METRIC;
			default -> ItemKind.RESPONSIBILITY;
		};
	}

	/**
	 * Splits a bullet into its head and the rest: a colon or a spaced dash wins over an
	 * unspaced hyphen, so "Managing the cross-functional product team: …" keeps
	 * "cross-functional" whole.
	 */
	static String[] splitHead(String text) {
		Matcher colon = COLON_OR_SPACED_DASH.matcher(text);
		if (colon.matches()) {
			return new String[] { colon.group(1).strip(), colon.group(2).strip() };
		}
		Matcher hyphen = UNSPACED_HYPHEN.matcher(text);
		if (hyphen.matches() && hyphen.group(2).split(" ").length >= 5) {
			return new String[] { hyphen.group(1).strip(), hyphen.group(2).strip() };
		}
		return new String[] { text, null };
	}

	private static String join(String a, String b) {
		if (a == null || a.isBlank()) {
			return b;
		}
		return b == null || b.isBlank() ? a : a + " " + b;
	}

	/** An item while its article is read: occurrences and description still growing. */
	private static final class Draft {

		private final ItemKind kind;

		private final String text;

		private final String lang;

		private final Set<String> concepts;

		private final List<Occurrence> occurrences = new ArrayList<>();

		private String description;

		Draft(ItemKind kind, String text, String lang, Set<String> concepts) {
			this.kind = kind;
			this.text = text;
			this.lang = lang;
			this.concepts = concepts;
		}

		void describe(String more) {
			if (more != null && !more.isBlank() && (description == null || !description.contains(more))) {
				description = join(description, TextNormalizer.normalize(more));
			}
		}

		ExtractedItem toItem() {
			return new ExtractedItem(kind, text, description, lang, List.copyOf(occurrences), concepts);
		}

	}

}
