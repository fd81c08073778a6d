package org.roleatlas.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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

	private final SectionVocabulary vocabulary;

	private final RoleMatcher roles;

	public SectionClassifier(SectionVocabulary vocabulary, RoleMatcher roles) {
		this.vocabulary = vocabulary;
		this.roles = roles;
	}

	public Optional<SectionKind> classify(String text) {
		String rest = PhraseMatch.fold(roles.withoutRoleNames(text));
		if (!WORD.matcher(rest).find()) {
			return Optional.of(SectionKind.DEFINITION);
		}
		Optional<SectionKind> kind = firstMatch(rest, vocabulary.questions());
		if (kind.isEmpty()) {
			kind = firstMatch(rest, vocabulary.kinds());
		}
		return kind.isPresent() ? kind : withOneTypo(rest);
	}

	/** Whether a paragraph's last sentence announces the list that follows it. */
	public boolean introducesList(String paragraph) {
		String folded = PhraseMatch.fold(paragraph);
		return folded.endsWith(":") || vocabulary.listIntroducers()
			.stream()
			.filter(p -> !p.equals(":"))
			.anyMatch(p -> PhraseMatch.indexOf(lastSentence(folded), p, 0) >= 0);
	}

	static String lastSentence(String text) {
		String trimmed = text.strip();
		String body = trimmed.replaceAll("[.!?。:]+$", "");
		int cut = Math.max(Math.max(body.lastIndexOf(". "), body.lastIndexOf("? ")), body.lastIndexOf("! "));
		return cut < 0 ? trimmed : trimmed.substring(cut + 2);
	}

	private static Optional<SectionKind> firstMatch(String text, Map<SectionKind, List<String>> phrases) {
		for (var entry : phrases.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(SectionClassifier::priority))
			.toList()) {
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

	private Optional<SectionKind> withOneTypo(String text) {
		List<String> words = WORD.matcher(text).results().map(m -> m.group()).toList();
		for (var entry : vocabulary.kinds()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(SectionClassifier::priority))
			.toList()) {
			for (String phrase : entry.getValue()) {
				if (phrase.contains(" ") || !longEnough(phrase)) {
					continue;
				}
				if (words.stream().anyMatch(word -> withinOneEdit(word, phrase))) {
					return Optional.of(entry.getKey());
				}
			}
		}
		return Optional.empty();
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
