package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.SectionKind;
import org.roleatlas.taxonomy.Taxonomy.SectionVocabulary;
import org.roleatlas.taxonomy.TextNormalizer;

/**
 * Tells what a heading (or a sentence introducing a list) is about from the heading
 * vocabulary: question forms first, then phrases per kind, then the same words with one
 * typo. Role names are taken out first, so a heading that is only a role's name is a
 * definition.
 */
final class SectionClassifier {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[.!?。:]+$");

	/** A vocabulary word a heading word may match with one typo. */
	private record TypoTarget(String word, SectionKind kind) {
	}

	private final SectionVocabulary vocabulary;

	private final RoleMatcher roles;

	private final List<Map.Entry<SectionKind, List<String>>> questionsByPriority;

	private final List<Map.Entry<SectionKind, List<String>>> kindsByPriority;

	/**
	 * The typo targets by themselves and by every form with one character left out: two
	 * words one edit apart share one of these keys, so a heading word is compared with
	 * the few targets it shares a key with instead of with every word of the vocabulary.
	 */
	private final Map<String, List<TypoTarget>> typoTargetsByKey = new HashMap<>();

	/**
	 * Classifications of the article being read, whose headings the structure reader, the
	 * title finder, the sections and the candidates each classify again.
	 */
	private final Map<String, Optional<SectionKind>> classified = new HashMap<>();

	public SectionClassifier(SectionVocabulary vocabulary, RoleMatcher roles) {
		this.vocabulary = vocabulary;
		this.roles = roles;
		this.questionsByPriority = byPriority(vocabulary.questions());
		this.kindsByPriority = byPriority(vocabulary.kinds());
		for (var entry : kindsByPriority) {
			for (String phrase : entry.getValue()) {
				if (!phrase.contains(" ") && longEnough(phrase)) {
					TypoTarget target = new TypoTarget(phrase, entry.getKey());
					oneEditKeys(phrase)
						.forEach(key -> typoTargetsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(target));
				}
			}
		}
	}

	private static List<Map.Entry<SectionKind, List<String>>> byPriority(Map<SectionKind, List<String>> phrases) {
		return phrases.entrySet().stream().sorted(Map.Entry.comparingByKey(SectionClassifier::priority)).toList();
	}

	/** The word and every form of it with one character left out. */
	private static Set<String> oneEditKeys(String word) {
		Set<String> keys = new HashSet<>();
		keys.add(word);
		for (int i = 0; i < word.length(); i++) {
			keys.add(word.substring(0, i) + word.substring(i + 1));
		}
		return keys;
	}

	/** Starts a new article: what the last one's headings were is forgotten. */
	void startArticle() {
		classified.clear();
	}

	public Optional<SectionKind> classify(String text) {
		return classified.computeIfAbsent(text, this::read);
	}

	private Optional<SectionKind> read(String text) {
		String rest = PhraseMatch.fold(roles.withoutRoleNames(text));
		if (!WORD.matcher(rest).find()) {
			return Optional.of(SectionKind.DEFINITION);
		}
		Optional<SectionKind> kind = firstMatch(rest, questionsByPriority);
		if (kind.isEmpty()) {
			kind = firstMatch(rest, kindsByPriority);
		}
		return kind.isPresent() ? kind : withOneTypo(rest);
	}

	/** Whether a paragraph's last sentence announces the list that follows it. */
	public boolean introducesList(String paragraph) {
		String folded = PhraseMatch.fold(paragraph);
		if (folded.endsWith(":")) {
			return true;
		}
		String last = lastSentence(folded);
		return vocabulary.listIntroducers()
			.stream()
			.filter(p -> !p.equals(":"))
			.anyMatch(p -> PhraseMatch.indexOf(last, p, 0) >= 0);
	}

	static String lastSentence(String text) {
		String trimmed = text.strip();
		String body = CLOSING_PUNCTUATION.matcher(trimmed).replaceAll("");
		int cut = Math.max(Math.max(body.lastIndexOf(". "), body.lastIndexOf("? ")), body.lastIndexOf("! "));
		return cut < 0 ? trimmed : trimmed.substring(cut + 2);
	}

	private static Optional<SectionKind> firstMatch(String text, List<Map.Entry<SectionKind, List<String>>> phrases) {
		for (var entry : phrases) {
			if (entry.getValue().stream().anyMatch(p -> PhraseMatch.indexOf(text, p, 0) >= 0)) {
				return Optional.of(entry.getKey());
			}
		}
		return Optional.empty();
	}

	/** Specific kinds win over general ones: "skills" in a heading beats "role". */
	private static int priority(SectionKind a, SectionKind b) {
		return Integer.compare(rank(a), rank(b));
	}

	private static int rank(SectionKind kind) {
		return switch (kind) {
			case SKILLS -> 0;
			case METRICS -> 1;
			case SALARY -> 2;
			case CAREER -> 3;
			case COMPARISON -> 4;
			case RESPONSIBILITIES -> 5;
			case DEFINITION -> 6;
			case OTHER -> 7;
		};
	}

	/**
	 * The most specific kind one of whose words a word of the text spells with one typo.
	 */
	private Optional<SectionKind> withOneTypo(String text) {
		SectionKind best = null;
		for (String word : WORD.matcher(text).results().map(m -> m.group()).toList()) {
			for (String key : oneEditKeys(word)) {
				for (TypoTarget target : typoTargetsByKey.getOrDefault(key, List.of())) {
					if ((best == null || priority(target.kind(), best) < 0) && withinOneEdit(word, target.word())) {
						best = target.kind();
					}
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Typos are only trusted on words long enough not to become other words: 3+ Hangul
	 * syllables (one edit turns 정의 into 팀의), 5+ letters.
	 */
	private static boolean longEnough(String word) {
		return TextNormalizer.isHangul(word.codePointAt(0)) ? word.length() >= 3 : word.length() >= 5;
	}

	static boolean withinOneEdit(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
			return a.equals(b);
		}
		int i = 0;
		int j = 0;
		int edits = 0;
		while (i < a.length() && j < b.length()) {
			if (a.charAt(i) == b.charAt(j)) {
				i++;
				j++;
				continue;
			}
			if (++edits > 1) {
				return false;
			}
			if (a.length() > b.length()) {
				i++;
			}
			else if (a.length() < b.length()) {
				j++;
			}
			else {
				i++;
				j++;
			}
		}
		return edits + (a.length() - i) + (b.length() - j) <= 1;
	}

}
