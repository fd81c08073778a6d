package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.Taxonomy.Cues;

/**
 * The duty clauses of a prose sentence whose subject is a role or a pronoun for it ("The
 * engineering manager hires the team, sets goals and removes blockers"): the sentence
 * without its subject, split on the language's coordination, a fragment that only
 * continues the one before (an object, a prepositional phrase) joined back to it.
 */
final class ProseClauses {

	/**
	 * One clause of a sentence, with the roles its subject named (none for a pronoun).
	 */
	record Clause(String text, int offset, Set<String> roles) {
	}

	private static final Pattern QUESTION = Pattern.compile("[?？]\\s*$");

	private static final int MIN_LATIN_WORDS = 2;

	private static final int MIN_CJK_CHARS = 3;

	private final RoleMatcher roles;

	private final Cues cues;

	private final Map<String, Pattern> separators = new ConcurrentHashMap<>();

	private final List<String> definitionMarkers;

	private final SentenceSubjects subjects;

	private final DutyPredicates predicates;

	/**
	 * @param definitionMarkers the copulas of a sentence defining a role (phrases.yaml):
	 * such a sentence says what the role is, not what it does
	 */
	ProseClauses(RoleMatcher roles, Cues cues, List<String> definitionMarkers) {
		this.roles = roles;
		this.cues = cues;
		this.definitionMarkers = definitionMarkers;
		this.subjects = new SentenceSubjects(roles, cues);
		this.predicates = new DutyPredicates(roles, cues);
	}

	/**
	 * The clauses of the sentence, or none when its subject is not one of the roles (any
	 * role when none is given) or a pronoun, or when it asks a question; a sentence
	 * without such a subject that ends by saying it states the role's job
	 * ({@link DutyPredicates}) gives the clauses before that ending.
	 */
	List<Clause> of(String sentence, String lang, Set<String> subjects) {
		if (QUESTION.matcher(sentence).find()) {
			return List.of();
		}
		int[] subject = this.subjects.of(sentence, lang, subjects);
		if (subject == null) {
			DutyPredicates.Duties duties = predicates.of(sentence, lang, subjects);
			return duties == null ? List.of() : split(duties.text(), 0, lang, duties.roles());
		}
		if (saysNoDuty(sentence)) {
			return List.of();
		}
		Set<String> named = roles.rolesNamedWithin(sentence, subject[0], subject[1]);
		if (named.isEmpty()) {
			named = this.subjects.meantBy(sentence, subject[0], subject[1], subjects);
		}
		return split(sentence, subject[2], lang, named);
	}

	/**
	 * The clauses of a sentence that goes on about the role of the sentence before it
	 * without naming a subject ("Successivamente predispone il piano di progetto"), in a
	 * language that drops such a subject; none when the sentence opens with a subject of
	 * its own or names a role.
	 */
	List<Clause> continuing(String sentence, String lang, Set<String> named) {
		List<String> openers = cues.ownSubjectOpeners().get(lang);
		if (openers == null || saysNoDuty(sentence) || speaksOfARole(sentence, lang, Set.of())) {
			return List.of();
		}
		String first = PhraseMatch.fold(sentence).split("[^\\p{L}]+", 2)[0];
		if (first.isEmpty() || openers.contains(first)) {
			return List.of();
		}
		List<Clause> clauses = split(sentence, 0, lang, named);
		// a phrase fronted to the verb ("Nella fase di chiusura, infine, verifica …") is
		// no clause of its own
		boolean fronted = clauses.size() > 1 && Cues.in(cues.continuations(), lang)
			.contains(PhraseMatch.fold(clauses.get(0).text()).split("[\\s']+")[0]);
		return fronted ? clauses.subList(1, clauses.size()) : clauses;
	}

	/**
	 * Whether the sentence's subject is one of the roles (any role when none is given) or
	 * a pronoun for it.
	 */
	boolean speaksOfARole(String sentence, String lang, Set<String> subjects) {
		return this.subjects.of(sentence, lang, subjects) != null;
	}

	private boolean saysNoDuty(String sentence) {
		return QUESTION.matcher(sentence).find()
				|| PhraseMatch.containsAny(" " + PhraseMatch.fold(sentence) + " ", definitionMarkers);
	}

	private List<Clause> split(String sentence, int start, String lang, Set<String> named) {
		List<int[]> spans = new ArrayList<>();
		Matcher separator = separator(lang).matcher(sentence);
		int from = start;
		while (separator.find(from)) {
			if (insideBrackets(sentence, start, separator.start())) {
				from = separator.end();
				continue;
			}
			if (separator.start() > from) {
				spans.add(new int[] { from, separator.start() });
			}
			from = Math.max(separator.end(), from + 1);
			if (from >= sentence.length()) {
				break;
			}
		}
		if (from < sentence.length()) {
			spans.add(new int[] { from, sentence.length() });
		}
		List<int[]> joined = new ArrayList<>();
		for (int[] span : spans) {
			String fragment = sentence.substring(span[0], span[1]).strip();
			if (!joined.isEmpty() && continues(fragment, lang)) {
				joined.get(joined.size() - 1)[1] = span[1];
			}
			else {
				joined.add(span);
			}
		}
		List<Clause> clauses = new ArrayList<>();
		for (int[] span : joined) {
			String text = sentence.substring(span[0], span[1]).strip().replaceAll("[.!?。！？]+$", "");
			if (!text.isEmpty()) {
				clauses.add(new Clause(text, span[0], named));
			}
		}
		return clauses;
	}

	/** A separator inside brackets or quotes ("(Product Manager, PM)") splits nothing. */
	static boolean insideBrackets(String sentence, int from, int at) {
		int depth = 0;
		for (int i = from; i < at; i++) {
			char c = sentence.charAt(i);
			if ("(（「“《[".indexOf(c) >= 0) {
				depth++;
			}
			else if (")）」”》]".indexOf(c) >= 0 && depth > 0) {
				depth--;
			}
		}
		return depth > 0;
	}

	/**
	 * A fragment continues the clause before it when it opens with a continuation word or
	 * is too short to say a duty of its own.
	 */
	private boolean continues(String fragment, String lang) {
		boolean cjk = fragment.codePoints().anyMatch(ProseClauses::isCjk);
		if (cjk) {
			return fragment.length() < MIN_CJK_CHARS;
		}
		if (fragment.split("\\s+").length < MIN_LATIN_WORDS) {
			return true;
		}
		String first = PhraseMatch.fold(fragment).split("[\\s']+")[0];
		return Cues.in(cues.continuations(), lang).contains(first);
	}

	private Pattern separator(String lang) {
		return separators.computeIfAbsent(lang, this::separatorOf);
	}

	private Pattern separatorOf(String lang) {
		List<String> alternatives = new ArrayList<>();
		alternatives.add(lang.equals("zh") ? "[,;，；]\\s*" : "[,;，；、]\\s*");
		for (String word : Cues.in(cues.coordinators(), lang)) {
			String w = word.startsWith("~") ? word.substring(1) : word;
			alternatives.add(word.startsWith("~") ? Pattern.quote(w)
					: "(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])\\s*");
		}
		for (String ending : Cues.in(cues.clauseEndings(), lang)) {
			alternatives.add("(?<=\\p{L}" + Pattern.quote(ending) + ")\\s+");
		}
		return Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	static boolean isCjk(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

}
